package org.yusuan.budget.cli.internal;

import java.io.IOException;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget import FILE -o out.json}: extracted text to canonical JSON. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import the extracted text of a disclosure (UTF-8 or GB18030) and write it as canonical JSON.",
            "What the importer could not place or did not read (IMP-…) is printed to the standard error,"
                    + " one 'FILE:LINE: SEVERITY RULE message' a line."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported (import findings do not change it)", "2:the file could not be read"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the extracted text")
    private String file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write the JSON to FILE instead of the standard output")
    private Path output;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            converter = Options.LanguageConverter.class,
            description = "the language of the import findings (default: zh)",
            defaultValue = "zh")
    private Language language;

    ImportCommand() {}

    @Override
    public Integer call() throws IOException {
        List<Input> inputs = Input.expand(file, Optional.empty());
        Input input = inputs.get(0);
        if ((input.format() != InputFormat.TEXT && input.format() != InputFormat.PDF)
                || Input.isFolderOfDisclosures(file, inputs)) {
            throw new BudgetFormatException(
                    file, 1, 0, "import reads one file of extracted text or one PDF, not a folder, JSON or CSV");
        }
        Loaded loaded = Loaded.read(input);
        ImportFindings.print(spec.commandLine().getErr(), input.name(), loaded.importFindings(), language);
        Outputs.write(BudgetJson.standard().writeBytes(loaded.disclosure()), output, spec.commandLine());
        return Exit.OK;
    }
}
