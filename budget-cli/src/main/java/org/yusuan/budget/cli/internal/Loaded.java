package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.io.text.TextEncoding;
import org.yusuan.budget.validation.Finding;

/**
 * A disclosure read from an input, with the import findings ({@code IMP-…}) when it came from
 * extracted text (none for JSON and CSV, which hold what was read).
 *
 * @param disclosure the disclosure
 * @param importFindings what the importer could not place or did not read, in line order
 */
public record Loaded(Disclosure disclosure, List<Finding> importFindings) {
    /** Checks nothing is missing and copies the findings. */
    public Loaded {
        Objects.requireNonNull(disclosure, "disclosure");
        importFindings = List.copyOf(importFindings);
    }

    /**
     * Reads an input in its format: text through {@link TextEncoding} (UTF-8 or GB18030) and
     * {@link DisclosureImporter#standard()}, JSON through {@link BudgetJson#standard()}, a CSV
     * package through {@link CsvPackage#read}.
     *
     * @param input the input
     * @return what was read
     * @throws BudgetFormatException with the input's name, line and column, if it is not a disclosure
     * @throws IOException if it cannot be read
     */
    public static Loaded read(Input input) throws IOException {
        return switch (input.format()) {
            case TEXT -> {
                String text = TextEncoding.decode(Files.readAllBytes(input.path()));
                ImportResult result = DisclosureImporter.standard().read(text, input.name());
                yield new Loaded(result.disclosure(), result.findings());
            }
            case JSON ->
                new Loaded(BudgetJson.standard().read(Files.readAllBytes(input.path()), input.name()), List.of());
            case CSV -> new Loaded(CsvPackage.read(input.path(), input.name()), List.of());
        };
    }
}
