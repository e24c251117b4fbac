package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.io.pdf.PdfReader;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;

/**
 * Seed 000 printed to a simple PDF (its tables ruled as grids, or unruled with the columns apart,
 * going on over pages) and read back by {@link PdfReader} gives the disclosure the text importer
 * reads from the seed: the reader on a known layout.
 */
class PdfRoundTripTest {
    /** PDFBox's warnings about the hostile and damaged input these tests feed it, kept out of the build log. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
                    "org.apache.pdfbox", "org.apache.fontbox")
            .map(java.util.logging.Logger::getLogger)
            .peek(l -> l.setLevel(java.util.logging.Level.OFF))
            .toList();

    @ParameterizedTest
    @CsvSource({"000, true, 40", "000, false, 40", "002, true, 55", "002, false, 50", "004, true, 45", "004, false, 60"
    })
    void aSeedPrintedToPdfReadsBackToTheSameDisclosure(String seed, boolean ruled, int linesPerPage)
            throws IOException {
        String text = SeedImportTest.seedText(seed);
        ImportResult fromText = DisclosureImporter.standard().read(text, seed);
        byte[] pdf = SimplePdf.write(text, linesPerPage, ruled);
        assertThat(PdfReader.isPdf(pdf)).isTrue();

        ImportResult fromPdf = PdfReader.standard().read(pdf, seed + ".pdf");

        assertThat(fromPdf.disclosure().unit()).isEqualTo(fromText.disclosure().unit());
        assertThat(fromPdf.disclosure().year()).isEqualTo(fromText.disclosure().year());
        assertThat(fromPdf.disclosure().kind()).isEqualTo(fromText.disclosure().kind());
        assertThat(tables(fromPdf.disclosure())).isEqualTo(tables(fromText.disclosure()));
        assertThat(fromPdf.disclosure().projects().size())
                .isEqualTo(fromText.disclosure().projects().size());
        assertThat(fromPdf.findings())
                .extracting(f -> f.ruleId())
                .isEqualTo(fromText.findings().stream().map(f -> f.ruleId()).toList());
        // every finding and row line of the PDF import lies on a page of the PDF
        assertThat(fromPdf.findings())
                .allSatisfy(f -> assertThat(f.location().page()).isPresent());
    }

    /** A landscape table made by turning a portrait page (/Rotate 90 or 270) reads as the upright one. */
    @ParameterizedTest
    @CsvSource({"true, 90", "false, 90", "true, 270"})
    void aRotatedPageReadsAsItIsShown(boolean ruled, int rotation) throws IOException {
        String text = SeedImportTest.seedText("000");
        ImportResult fromText = DisclosureImporter.standard().read(text, "000");

        ImportResult fromPdf = PdfReader.standard().read(SimplePdf.write(text, 40, ruled, rotation), "000.pdf");

        assertThat(tables(fromPdf.disclosure())).isEqualTo(tables(fromText.disclosure()));
        assertThat(fromPdf.findings()).isEmpty();
    }

    /** The tables as their kinds, columns and rows, without the lines they were printed on. */
    static Map<String, List<String>> tables(Disclosure d) {
        Map<String, List<String>> out = new TreeMap<>();
        for (BudgetTable t : d.tables().values()) {
            List<String> rows = new ArrayList<>();
            rows.add(t.unit() + " " + t.decimals() + " " + t.columns() + " empty=" + t.publishedEmpty());
            for (Row r : t.rows()) {
                rows.add(r.section() + " " + r.key() + " " + r.name() + " " + r.governmentName() + " " + r.number()
                        + " " + r.cells());
            }
            out.put(t.kind().name(), rows);
        }
        return out;
    }

    /**
     * A table going on over a new page with its header printed again (ruled, or not: then the
     * header gives the columns on the new page) reads as the table printed on one page.
     */
    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aTableGoingOnOverAPageWithItsHeaderRepeatedReadsAsOne(boolean ruled) throws IOException {
        String text = SeedImportTest.seedText("000");
        String header = "项目\t\t2025年预算数\t\t\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
        String breakAt = "2080150\t事业运行\t869.27\t869.27\t\n";
        assertThat(text).contains(header).contains(breakAt);
        String repeated = text.replace(breakAt, breakAt + "\f\n" + header);
        ImportResult fromText = DisclosureImporter.standard().read(text, "000");

        ImportResult fromPdf = PdfReader.standard().read(SimplePdf.write(repeated, 400, ruled), "000.pdf");

        assertThat(tables(fromPdf.disclosure())).isEqualTo(tables(fromText.disclosure()));
        assertThat(fromPdf.findings()).isEmpty();
        var rows = fromPdf.disclosure()
                .tables()
                .get(org.yusuan.budget.core.table.TableKind.BUDGET_EXPENDITURE)
                .rows();
        assertThat(rows).extracting(Row::name).doesNotHaveDuplicates().contains("事业运行", "行政事业单位养老支出");
    }
}
