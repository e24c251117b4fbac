package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.validation.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget convert IN --to json|csv -o OUT}: a disclosure from one form to another. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a disclosure (extracted text, JSON or a CSV package) to canonical JSON or to a CSV package.",
            "A CSV package is a folder: datapackage.json (descriptor), disclosure.json (all but the tables),"
                    + " facts.csv (one row per cell) and tables/KIND.csv (each table with its Chinese headers).",
            "Import findings of extracted text are printed to the standard error, as by 'budget import'."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:converted", "2:the input could not be read, or the arguments are wrong"})
public final class ConvertCommand implements Callable<Integer> {
    /** The forms a disclosure is converted to. */
    enum Target {
        JSON,
        CSV
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "the disclosure: a file, or a CSV package folder")
    private String in;

    @Option(names = "--to", required = true, paramLabel = "json|csv", description = "the form to write")
    private Target to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "the JSON file (default: the standard output), or the folder of the CSV package (required)")
    private Path output;

    @Option(
            names = "--input-format",
            paramLabel = "text|json|csv|pdf",
            description = "read IN in this format instead of telling it by content")
    private InputFormat inputFormat;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            converter = Options.LanguageConverter.class,
            description = "the language of the import findings (default: zh)",
            defaultValue = "zh")
    private Language language;

    ConvertCommand() {}

    @Override
    public Integer call() throws IOException {
        if (to == Target.CSV && output == null) {
            throw new ParameterException(spec.commandLine(), "--to csv writes a folder: give it with -o FOLDER");
        }
        if (to == Target.CSV && Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), output + " is a file, not a folder for the CSV package");
        }
        List<Input> inputs = Input.expand(in, Optional.ofNullable(inputFormat));
        if (Input.isFolderOfDisclosures(in, inputs)) {
            throw new BudgetFormatException(in, 1, 0, "convert reads one disclosure, not a folder of them");
        }
        Loaded loaded = Loaded.read(inputs.get(0));
        ImportFindings.print(spec.commandLine().getErr(), in, loaded.importFindings(), language);
        if (to == Target.JSON) {
            Outputs.write(BudgetJson.standard().writeBytes(loaded.disclosure()), output, spec.commandLine());
        } else {
            CsvPackage.write(loaded.disclosure(), output);
        }
        return Exit.OK;
    }
}
