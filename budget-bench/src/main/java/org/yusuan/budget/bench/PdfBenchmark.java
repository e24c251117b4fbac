package org.yusuan.budget.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.budget.io.pdf.PdfReader;
import org.yusuan.budget.io.text.ImportResult;

/**
 * PDF import of real published PDFs (budget-io's test PDFs, from the public GovBudgetChecker samples):
 * {@link PdfReader#read(byte[], String)}, which rebuilds every page's tables from the text positions
 * and ruling lines and imports them. Pages per second is the page count (printed by the setup)
 * divided by the score. The baseline is PDFBox's own {@link PDFTextStripper} on the same bytes: plain
 * text, no tables, no import. Run from the repository root (or set {@code -Dbudget.pdfs=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class PdfBenchmark {
    /** The PDF file, in {@code budget-io/src/test/resources/pdfs}. */
    @Param({"shanghai-putuo-finance-2024-final-accounts.pdf", "shanghai-final-accounts-template-2024.pdf"})
    public String pdf;

    private byte[] bytes;

    /** Loads the PDF and prints its page count. */
    @Setup
    public void setUp() {
        Path dir = Path.of(System.getProperty("budget.pdfs", "budget-io/src/test/resources/pdfs"));
        try {
            bytes = Files.readAllBytes(dir.resolve(pdf));
            try (PDDocument document = Loader.loadPDF(bytes)) {
                System.out.printf("%n%s: %d pages, %d bytes%n", pdf, document.getNumberOfPages(), bytes.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(pdf) + " (run from the repository root)", e);
        }
    }

    /** Reads the PDF into a disclosure. */
    @Benchmark
    public ImportResult importPdf() {
        return PdfReader.standard().read(bytes, pdf);
    }

    /**
     * Baseline: PDFBox extracts the plain text of every page.
     *
     * @return the text
     * @throws IOException never for these files
     */
    @Benchmark
    public String stripText() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
