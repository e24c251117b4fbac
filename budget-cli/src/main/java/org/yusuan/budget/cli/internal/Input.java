package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.io.pdf.PdfReader;

/**
 * One disclosure to read: the name it is shown under (the argument as given, or the folder argument
 * joined with a file name, so that reports hold no absolute path the user did not type), where it
 * is, and its format.
 *
 * @param name the name shown in reports and errors
 * @param path the file, or the folder of a CSV package
 * @param format how it is read
 */
public record Input(String name, Path path, InputFormat format) {
    /** Checks nothing is missing. */
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    /**
     * The disclosures an argument names: a file; a CSV package (a folder with {@code
     * datapackage.json}, or that descriptor itself); or any other folder, meaning every disclosure
     * in it: its {@code .txt} and {@code .json} files and its sub-folders that are CSV packages,
     * in name order, not looking deeper.
     *
     * @param argument the argument as typed
     * @param forced the format given with {@code --input-format}, if any
     * @return the inputs, at least one
     * @throws NoSuchFileException if nothing is there
     * @throws BudgetFormatException if a folder holds no disclosure, or a forced CSV is not a package
     * @throws IOException if a folder cannot be listed
     */
    public static List<Input> expand(String argument, Optional<InputFormat> forced) throws IOException {
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(argument);
        }
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve(CsvPackage.DESCRIPTOR))
                    || forced.equals(Optional.of(InputFormat.CSV))) {
                return List.of(new Input(argument, path, InputFormat.CSV));
            }
            List<Input> inputs = new ArrayList<>();
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(path)) {
                list.forEach(entries::add);
            }
            entries.sort(null);
            String prefix = argument.endsWith("/") ? argument : argument + "/";
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                String lower = file.toLowerCase(Locale.ROOT);
                if (file.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(CsvPackage.DESCRIPTOR))) {
                    inputs.add(new Input(prefix + file, entry, InputFormat.CSV));
                } else if (Files.isRegularFile(entry)
                        && (lower.endsWith(".txt") || lower.endsWith(".json") || lower.endsWith(".pdf"))) {
                    inputs.add(new Input(prefix + file, entry, forced.orElseGet(() -> detect(entry))));
                }
            }
            if (inputs.isEmpty()) {
                throw new BudgetFormatException(
                        argument,
                        1,
                        0,
                        "the folder holds no disclosure (.txt or .json files, or folders with " + CsvPackage.DESCRIPTOR
                                + ")");
            }
            return inputs;
        }
        if (path.getFileName() != null && path.getFileName().toString().equals(CsvPackage.DESCRIPTOR)) {
            Path folder = path.toAbsolutePath().getParent();
            String name = path.getParent() == null
                    ? "."
                    : argument.substring(0, argument.length() - CsvPackage.DESCRIPTOR.length());
            return List.of(new Input(name.isEmpty() ? "." : stripSlash(name), folder, InputFormat.CSV));
        }
        if (forced.equals(Optional.of(InputFormat.CSV))) {
            throw new BudgetFormatException(
                    argument, 1, 0, "a CSV package is a folder with " + CsvPackage.DESCRIPTOR + ", not a single file");
        }
        return List.of(new Input(argument, path, forced.orElseGet(() -> detect(path))));
    }

    /**
     * Whether an argument was a folder of disclosures (not a file, nor a CSV package) once expanded.
     *
     * @param argument the argument as typed
     * @param inputs what {@link #expand} made of it
     * @return whether it stood for each disclosure in a folder
     */
    public static boolean isFolderOfDisclosures(String argument, List<Input> inputs) {
        return inputs.size() > 1
                || (Files.isDirectory(Path.of(argument))
                        && !inputs.get(0).name().equals(argument));
    }

    private static String stripSlash(String name) {
        return name.length() > 1 && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * The format of a file from its content: PDF when it starts with the PDF header; JSON when its
     * first character, after a byte order mark and white space, is <code>{</code>; extracted text
     * otherwise.
     */
    static InputFormat detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
                    ? 3
                    : 0;
            while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
                i++;
            }
            if (PdfReader.isPdf(head)) {
                return InputFormat.PDF;
            }
            return i < head.length && head[i] == '{' ? InputFormat.JSON : InputFormat.TEXT;
        } catch (IOException e) {
            // reading the whole file reports the error with its name
            return InputFormat.TEXT;
        }
    }
}
