package org.yusuan.budget.io.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.io.pdf.internal.GlyphStripper;
import org.yusuan.budget.io.pdf.internal.PageContent;
import org.yusuan.budget.io.pdf.internal.PageLayout;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.io.text.RequiredTables;

/**
 * Reads a published PDF disclosure with Apache PDFBox: rebuilds every page's printed lines from
 * the glyphs' positions and the ruling lines of its tables (a cell merged over columns or rows
 * written once, a name wrapped inside its cell joined, columns of a table without rules cut at
 * wide gaps), and hands the text to the same {@link DisclosureImporter} as extracted text, so both
 * paths share one model of what a table is. Every finding carries the page its line was printed
 * on.
 *
 * <p>An encrypted PDF, one without a text layer (scanned) and one that cannot be parsed are each a
 * {@link BudgetFormatException} saying which. Immutable and thread-safe.
 */
public final class PdfReader {
    private static final PdfReader STANDARD = new PdfReader(DisclosureImporter.standard());

    private final DisclosureImporter importer;

    private PdfReader(DisclosureImporter importer) {
        this.importer = importer;
    }

    /** The reader, with the standard importer ({@link DisclosureImporter#standard()}). */
    public static PdfReader standard() {
        return STANDARD;
    }

    /**
     * A reader that imports through the given importer (with other catalogs, say).
     *
     * @param importer the importer
     * @return the reader
     */
    public PdfReader withImporter(DisclosureImporter importer) {
        return new PdfReader(Objects.requireNonNull(importer, "importer"));
    }

    /**
     * Whether bytes are a PDF, by their content: {@code %PDF-} within the first 1,024 bytes (as
     * readers accept it), whatever the file is called.
     *
     * @param bytes the file's bytes, or its beginning
     * @return whether they start a PDF
     */
    public static boolean isPdf(byte[] bytes) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + magic.length <= Math.min(bytes.length, 1024); i++) {
            int k = 0;
            while (k < magic.length && bytes[i + k] == magic[k]) {
                k++;
            }
            if (k == magic.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and imports a PDF file.
     *
     * @param file the PDF
     * @return the disclosure and the import findings, each with its page, a required table that is
     *     missing among them ({@link RequiredTables})
     * @throws IOException if the file cannot be read
     * @throws BudgetFormatException if it is not a readable PDF disclosure
     */
    public ImportResult read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    /**
     * Reads and imports a PDF.
     *
     * @param pdf the PDF's bytes
     * @param source the name used in findings and errors
     * @return the disclosure and the import findings, each with its page, a required table that is
     *     missing among them ({@link RequiredTables})
     * @throws BudgetFormatException if it is not a readable PDF disclosure
     */
    public ImportResult read(byte[] pdf, String source) {
        return read(extract(pdf, source), source);
    }

    /**
     * Imports the text rebuilt from a PDF (so a caller who keeps the {@link PdfText} to put pages
     * on the validator's findings reads the PDF once).
     *
     * @param text the text {@link #extract} gave
     * @param source the name used in findings and errors
     * @return the disclosure and the import findings, each with its page, a required table that is
     *     missing among them ({@link RequiredTables})
     * @throws BudgetFormatException if the text is not a disclosure the importer can read
     */
    public ImportResult read(PdfText text, String source) {
        ImportResult imported = importer.read(text.text(), source);
        return new ImportResult(imported.disclosure(), text.locate(imported.findings()));
    }

    /**
     * Rebuilds the printed lines of a PDF.
     *
     * @param pdf the PDF's bytes
     * @param source the name used in errors
     * @return the text and the page of each line
     * @throws BudgetFormatException if the PDF is encrypted, has no text layer, or cannot be read
     */
    public PdfText extract(byte[] pdf, String source) {
        Objects.requireNonNull(pdf, "pdf");
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new BudgetFormatException(
                    source, 1, 0, "the PDF is encrypted and needs a password to open; decrypt it first", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(source, e);
        }
        try (document) {
            List<String> lines = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            GlyphStripper stripper = new GlyphStripper();
            PageLayout.Carry carry = new PageLayout.Carry();
            int glyphs = 0;
            boolean images = false;
            int count = document.getNumberOfPages();
            for (int p = 1; p <= count; p++) {
                PageContent content = new PageContent(document.getPage(p - 1));
                images |= content.hasImages();
                List<PageLayout.Glyph> onPage = stripper.glyphs(document, p);
                glyphs += onPage.size();
                for (PageLayout.Line line : PageLayout.lines(onPage, content.segments(), carry)) {
                    String joined = String.join("\t", line.cells());
                    if (!joined.isBlank()) {
                        lines.add(joined);
                        pages.add(p);
                    }
                }
            }
            if (glyphs == 0) {
                throw new BudgetFormatException(
                        source,
                        1,
                        0,
                        images
                                ? "the PDF is scanned (its " + count + " pages are images): no text layer; OCR it first"
                                : "the PDF has no text layer; OCR it first");
            }
            return new PdfText(lines, pages, count);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof BudgetFormatException b) {
                throw b;
            }
            throw damaged(source, e);
        }
    }

    private static BudgetFormatException damaged(String source, Throwable e) {
        return new BudgetFormatException(
                source,
                1,
                0,
                "the PDF is damaged and cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                e);
    }
}
