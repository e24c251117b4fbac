package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.pdf.PdfReader;
import org.yusuan.budget.io.pdf.PdfText;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.io.text.TextEncoding;
import org.yusuan.budget.validation.Finding;

/**
 * A disclosure read from an input, with the import findings ({@code IMP-…}) when it came from
 * extracted text or a PDF (none for JSON and CSV, which hold what was read), and for a PDF the way
 * to put the page on a finding about one of its lines.
 *
 * @param disclosure the disclosure
 * @param importFindings what the importer could not place or did not read, in line order
 * @param locate puts the page on a finding (the identity for inputs without pages)
 */
public record Loaded(Disclosure disclosure, List<Finding> importFindings, UnaryOperator<Finding> locate) {
    /** Checks nothing is missing and copies the findings. */
    public Loaded {
        Objects.requireNonNull(disclosure, "disclosure");
        importFindings = List.copyOf(importFindings);
        Objects.requireNonNull(locate, "locate");
    }

    /** What was read from a source whose lines are not on pages (text, JSON, CSV). */
    public Loaded(Disclosure disclosure, List<Finding> importFindings) {
        this(disclosure, importFindings, UnaryOperator.identity());
    }

    /**
     * Reads an input in its format: text through {@link TextEncoding} (UTF-8 or GB18030) and
     * {@link DisclosureImporter#standard()}, a PDF through {@link PdfReader#standard()}, JSON through {@link BudgetJson#standard()}, a CSV
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
            case PDF -> {
                PdfText text = PdfReader.standard().extract(Files.readAllBytes(input.path()), input.name());
                ImportResult result = PdfReader.standard().read(text, input.name());
                yield new Loaded(result.disclosure(), result.findings(), text::locate);
            }
        };
    }
}
