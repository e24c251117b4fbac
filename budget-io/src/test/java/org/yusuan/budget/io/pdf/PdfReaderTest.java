package org.yusuan.budget.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.io.text.RequiredTables;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * The PDF reader on real Shanghai disclosures (src/test/resources/pdfs, see its README), and on
 * encrypted, scanned and damaged PDFs.
 */
class PdfReaderTest {
    /** PDFBox's warnings about the hostile and damaged input these tests feed it, kept out of the build log. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
                    "org.apache.pdfbox", "org.apache.fontbox")
            .map(java.util.logging.Logger::getLogger)
            .peek(l -> l.setLevel(java.util.logging.Level.OFF))
            .toList();

    static final String PUTUO = "shanghai-putuo-finance-2024-final-accounts.pdf";
    static final String TEMPLATE = "shanghai-final-accounts-template-2024.pdf";

    private static final byte[] PUTUO_PDF = resource(PUTUO);
    private static final PdfText PUTUO_TEXT = PdfReader.standard().extract(PUTUO_PDF, PUTUO);
    private static final ImportResult PUTUO_IMPORT = PdfReader.standard().read(PUTUO_TEXT, PUTUO);

    static byte[] resource(String name) {
        try (InputStream in = PdfReaderTest.class.getResourceAsStream("/pdfs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<TableKind, BudgetTable> tables(ImportResult r) {
        return r.disclosure().tables();
    }

    private static Row row(TableKind kind, String code) {
        return tables(PUTUO_IMPORT).get(kind).rows().stream()
                .filter(r -> r.key().equals(new RowKey.Functional(FunctionalCode.of(code))))
                .findFirst()
                .orElseThrow();
    }

    private static int page(Row row) {
        return PUTUO_TEXT.page(row.sourceLine().getAsInt()).getAsInt();
    }

    @Test
    void putuoImportsAsShanghaiFinalAccountsWithEveryRequiredTable() {
        var d = PUTUO_IMPORT.disclosure();
        assertThat(d.unit().name()).isEqualTo("上海市普陀区财政局");
        assertThat(d.year()).isEqualTo(Year.of(2024));
        assertThat(d.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(RequiredTables.formatOf(d)).contains(RequiredTables.Format.SHANGHAI);
        assertThat(d.tables().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        RequiredTables.required(DisclosureKind.FINAL_ACCOUNTS, RequiredTables.Format.SHANGHAI));
        // every line of every table placed: no IMP finding at all, none missing
        assertThat(PUTUO_IMPORT.findings()).isEmpty();
        assertThat(PUTUO_TEXT.pageCount()).isEqualTo(25);
    }

    @Test
    void readingTheBytesIsReadingTheirText() {
        ImportResult fromBytes = PdfReader.standard().read(PUTUO_PDF, PUTUO);
        assertThat(fromBytes.disclosure()).isEqualTo(PUTUO_IMPORT.disclosure());
        assertThat(fromBytes.findings()).isEqualTo(PUTUO_IMPORT.findings());
    }

    @Test
    void putuoTablesAreFoundOnThePagesTheyArePrintedOn() {
        Map<TableKind, Integer> pages = new EnumMap<>(TableKind.class);
        tables(PUTUO_IMPORT)
                .forEach((k, t) ->
                        pages.put(k, PUTUO_TEXT.page(t.sourceLine().getAsInt()).getAsInt()));
        // page 14 is blank; the 收入决算表, 支出决算表 and 基本支出 tables go on over a second page
        assertThat(pages)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        TableKind.FINAL_SUMMARY, 6,
                        TableKind.FINAL_INCOME, 8,
                        TableKind.FINAL_EXPENDITURE, 10,
                        TableKind.FINAL_APPROPRIATION_SUMMARY, 12,
                        TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, 15,
                        TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, 16,
                        TableKind.FINAL_THREE_PUBLIC_EXPENSES, 18,
                        TableKind.FINAL_GOVERNMENT_FUND, 19,
                        TableKind.FINAL_STATE_CAPITAL, 20));
        assertThat(page(row(TableKind.FINAL_INCOME, "2101101"))).isEqualTo(9);
        assertThat(page(row(TableKind.FINAL_EXPENDITURE, "2080599"))).isEqualTo(11);
    }

    /**
     * Every amount printed in the tables, counted by hand on the PDF (pdftotext -layout and the
     * rendered pages): the import has exactly that many non-zero cells in each table (the
     * document prints no 0.00; a blank cell is zero).
     */
    @Test
    void everyPrintedAmountOfPutuoIsPlaced() {
        Map<TableKind, Integer> handCount = Map.of(
                // income side 2,940.05 6.20 2,946.25 49.14 2,995.39; spending side 2,106.66 326.71
                // 60.99 445.69, 2,940.05 55.34 2,995.39
                TableKind.FINAL_SUMMARY, 12,
                // 20 rows: 合计, 201, 20106, 2010601, 2010602 with three amounts, 15 rows with two
                TableKind.FINAL_INCOME, 45,
                // 合计, 201, 20106, 2010601 with three; 2010602, 2010607, 2010608 and 13 more with two
                TableKind.FINAL_EXPENDITURE, 44,
                // income 2,940.05 2,940.05 21.63 21.63 2,961.68; spending 201 208 210 221, 本年支出合计,
                // 年末, 总计 with two each
                TableKind.FINAL_APPROPRIATION_SUMMARY, 19,
                // as 支出决算表 with 合计 at the foot: 4 rows with three, 16 with two
                TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, 44,
                // 12 personnel (301, 8 of its 款, 303, 30302, 30309), 15 public (302, 12 款, 310,
                // 31002), 人员经费合计 and 公用经费合计
                TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, 29,
                // 预算数 0.95 of 合计 and of 公务接待费
                TableKind.FINAL_THREE_PUBLIC_EXPENSES, 2,
                TableKind.FINAL_GOVERNMENT_FUND, 0,
                TableKind.FINAL_STATE_CAPITAL, 0);
        Map<TableKind, Integer> placed = new EnumMap<>(TableKind.class);
        tables(PUTUO_IMPORT)
                .forEach((k, t) -> placed.put(k, (int) t.rows().stream()
                        .flatMap(r -> r.cells().values().stream())
                        .filter(a -> !a.isZero())
                        .count()));
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(handCount);
        assertThat(placed.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(195);
    }

    @Test
    void putuoCellsAreReadAsPrinted() {
        Row run = row(TableKind.FINAL_INCOME, "2010601"); // 201 | 06 | 01 in three columns
        assertThat(run.name()).isEqualTo("行政运行");
        assertThat(run.cell(Column.TOTAL)).contains(Amount.parse("1511.90", AmountUnit.WAN_YUAN));
        assertThat(run.cell(Column.OTHER_REVENUE)).contains(Amount.parse("0.01", AmountUnit.WAN_YUAN));
        // a name wrapped over two lines of its cell
        assertThat(row(TableKind.FINAL_EXPENDITURE, "2080505").name()).isEqualTo("机关事业单位基本养老保险缴费支出");
        // the letter-spaced 因 公 出 国 （ 境 ） 费 用 of the 基本支出 table
        assertThat(tables(PUTUO_IMPORT)
                        .get(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL)
                        .rows())
                .extracting(Row::name)
                .contains("因公出国（境）费用", "机关事业单位基本养老保险缴费");
    }

    /**
     * The findings the validator gives, each checked by hand on the PDF: ten rounding tails of
     * 0.01 or 0.02 万元, and two errors of the narrative (财政拨款收入支出总计 printed as 0.3万元; the share
     * 71.73% of 一般公共服务支出, 71.65% by the tables) and one warning (the 人员经费 list names an item
     * the table leaves blank). Each with
     * its page, the arithmetic in the comment.
     */
    @Test
    void putuoValidatesToTheFindingsCheckedByHand() {
        ValidationReport report = Validator.builder().build().validate(PUTUO_IMPORT.disclosure());
        List<Finding> roots = PUTUO_TEXT.locate(report.findings());
        List<Finding> findings = new ArrayList<>();
        for (Finding root : roots) {
            findings.add(root);
            findings.addAll(root.consequences());
        }
        List<String> found = new ArrayList<>();
        for (Finding f : findings) {
            found.add(f.severity() + " " + f.ruleId() + " "
                    + f.location().table().map(Object::toString).orElse("-") + " "
                    + f.location().row().map(Object::toString).orElse("-") + " "
                    + f.location().column().map(Object::toString).orElse("-") + " page "
                    + f.location().page().getAsInt() + " "
                    + f.expected().map(PdfReaderTest::wan).orElse("-") + " "
                    + f.actual().map(PdfReaderTest::wan).orElse("-"));
        }
        assertThat(found)
                .containsExactlyInAnyOrder(
                        // p6 收入支出决算总表 八、社会保障和就业支出 326.71; 支出决算表 (p10) 208 prints 326.72
                        "INFO FIN-CROSS FINAL_SUMMARY functional:208 TOTAL page 6 326.72 326.71",
                        // p8 收入决算表 合计 2,946.25; classes 2,112.86 + 326.72 + 60.99 + 445.69 = 2,946.26
                        "INFO FIN-HIERARCHY FINAL_INCOME line:TOTAL TOTAL page 8 2946.26 2946.25",
                        // p8 财政拨款收入 合计 2,940.05; 2,106.66 + 326.72 + 60.99 + 445.69 = 2,940.06
                        "INFO FIN-HIERARCHY FINAL_INCOME line:TOTAL FISCAL_APPROPRIATION page 8 2940.06 2940.05",
                        // p10 支出决算表 合计 2,940.05; 2,106.66 + 326.72 + 60.99 + 445.69 = 2,940.06
                        "INFO FIN-HIERARCHY FINAL_EXPENDITURE line:TOTAL TOTAL page 10 2940.06 2940.05",
                        // p10 基本支出 合计 2,336.91; 1,503.52 + 326.72 + 60.99 + 445.69 = 2,336.92
                        "INFO FIN-HIERARCHY FINAL_EXPENDITURE line:TOTAL BASIC page 10 2336.92 2336.91",
                        // p12 财政拨款收入支出决算总表 208 一般公共预算 326.71; p15 general budget 208 326.72
                        "INFO FIN-CROSS FINAL_APPROPRIATION_SUMMARY functional:208 GENERAL_PUBLIC_BUDGET page 12"
                                + " 326.72 326.71",
                        // p15 合计 2,940.05 (printed at the foot); the four classes add up to 2,940.06
                        "INFO FIN-HIERARCHY FINAL_GENERAL_BUDGET_EXPENDITURE line:TOTAL TOTAL page 15 2940.06 2940.05",
                        // p15 基本支出 合计 2,336.91; 1,503.52 + 326.72 + 60.99 + 445.69 = 2,336.92
                        "INFO FIN-HIERARCHY FINAL_GENERAL_BUDGET_EXPENDITURE line:TOTAL BASIC page 15 2336.92 2336.91",
                        // p16 301 工资福利支出 2,082.85; 262.33 + 1,238.58 + 160.75 + 80.38 + 60.99 + 1.61
                        // + 187.19 + 91.03 = 2,082.86
                        "INFO FIN-HIERARCHY FINAL_BASIC_EXPENDITURE_DETAIL economic:301 ACTUAL page 16 2082.86 2082.85",
                        // p16 302 商品和服务支出 171.07; 21.21 + 7.61 + 0.09 + 4.88 + 1.20 + 2.83 + 4.05 + 2.01
                        // + 24.42 + 42.77 + 48.49 + 11.53 = 171.09
                        "INFO FIN-HIERARCHY FINAL_BASIC_EXPENDITURE_DETAIL economic:302 ACTUAL page 16 171.09 171.07",
                        // p21 四、财政拨款收入支出决算总体情况说明: "财政拨款收入支出总计0.3万元"; the 总计 of
                        // 财政拨款收入支出决算总表 (p13) is 2,961.68 = 2,940.05 + 21.63
                        "ERROR NAR-AMOUNT - - - page 21 2961.68 0.30",
                        // p21 五（二）: "一般公共服务支出（类）2106.66万元，占71.73%", the 类 name ending the
                        // line before; 2,106.66 ÷ 2,940.05 = 71.654%, so 71.65%
                        "ERROR NAR-SHARE - - - page 21 - -",
                        // p23 六: the 人员经费 list names 个人农业生产补贴 (30310), blank on p17
                        "WARNING NAR-ITEM FINAL_BASIC_EXPENDITURE_DETAIL economic:30310 ACTUAL page 23 - -");
        // a tail repeated by a total built on it is one root: 八、社会保障和就业支出 is 326.72 in the
        // tables by code and 326.71 in the summaries, so p10's 合计 (which follows the summary)
        // repeats p6's FIN-CROSS difference; p8's two 合计 are one tail. p15's two 合计 (0.01 under
        // their classes) are explained as well by p12's 208 as by p16's 301 (2,082.85, its sections
        // give 2,082.86), which 基本支出 = 人员经费 + 公用经费 carries there: the tie goes to the cell
        // whose own identity shows it off, so they sit under 301. 302 is its own tail.
        assertThat(roots)
                .extracting(f -> f.ruleId() + " page " + f.location().page().getAsInt() + " +"
                        + f.consequences().size())
                .containsExactly(
                        "NAR-AMOUNT page 21 +0",
                        "NAR-SHARE page 21 +0",
                        "FIN-CROSS page 6 +2",
                        "FIN-HIERARCHY page 8 +1",
                        "FIN-CROSS page 12 +0",
                        "FIN-HIERARCHY page 16 +2",
                        "FIN-HIERARCHY page 16 +0",
                        "NAR-ITEM page 23 +0");
        assertThat(report.count(Severity.INFO)).isEqualTo(5);
        assertThat(report.allFindings()).hasSize(13);
        assertThat(findings)
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.location().rowName().orElseThrow())
                .containsExactly("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元", "一般公共服务支出（类）2106.66万元，占71.73%");
    }

    private static String wan(Amount a) {
        return a.toBigDecimal(AmountUnit.WAN_YUAN).setScale(2).toPlainString();
    }

    @Test
    void theTemplateImportsWithItsNineTablesPresentAndEmpty() {
        byte[] pdf = resource(TEMPLATE);
        ImportResult r = PdfReader.standard().read(pdf, TEMPLATE);
        assertThat(r.disclosure().unit().name()).isEqualTo("上海市XX局");
        assertThat(r.disclosure().year()).isEqualTo(Year.of(2024));
        assertThat(r.disclosure().kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(r.disclosure().tables().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        RequiredTables.required(DisclosureKind.FINAL_ACCOUNTS, RequiredTables.Format.SHANGHAI));
        assertThat(r.disclosure().tables().values())
                .allSatisfy(t -> assertThat(t.rows())
                        .allSatisfy(row -> assertThat(row.cells().values()).allMatch(Amount::isZero)));
        assertThat(r.disclosure().tables().get(TableKind.FINAL_GOVERNMENT_FUND).publishedEmpty())
                .isTrue();
        assertThat(r.disclosure().tables().get(TableKind.FINAL_STATE_CAPITAL).publishedEmpty())
                .isTrue();
        // what the template prints in place of rows (… and ………) and its blank 人员经费合计 and
        // 公用经费合计, each with its page; nothing missing
        assertThat(r.findings())
                .extracting(f -> f.ruleId() + " page " + f.location().page().getAsInt())
                .containsExactly(
                        "IMP-LINE page 6",
                        "IMP-LINE page 6",
                        "IMP-LINE page 7",
                        "IMP-LINE page 7",
                        "IMP-LINE page 10",
                        "IMP-LINE page 10",
                        "IMP-LINE page 11",
                        "IMP-LINE page 11");
        // blank tables break no identity; the one finding is the template's unit name 上海市 XX 局
        assertThat(Validator.builder().build().validate(r.disclosure()).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("DOC-PLACEHOLDER");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location().rowName()).contains("上海市XX局");
                });
        assertThat(r.findings().subList(0, 6))
                .allSatisfy(
                        f -> assertThat(f.location().rowName().orElseThrow()).startsWith("…"));
    }

    @Test
    void aRequiredTableLeftOutIsReportedWithItsName() throws IOException {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(PUTUO_PDF)) {
            doc.removePage(10); // page 11, then page 10: the 支出决算表
            doc.removePage(9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        ImportResult r = PdfReader.standard().read(pdf, "without-expenditure.pdf");
        assertThat(r.disclosure().tables()).doesNotContainKey(TableKind.FINAL_EXPENDITURE);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(RequiredTables.MISSING);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).contains(TableKind.FINAL_EXPENDITURE);
            assertThat(f.messageZh()).contains("支出决算表");
        });
    }

    /**
     * Shanghai's 国有资本经营预算财政拨款收入支出决算表 is read when published empty; with data (its columns
     * not yet mapped) it is recognised and reported, not read with its columns guessed, and not
     * missing.
     */
    @Test
    void shanghaisStateCapitalTableWithDataIsReportedNotGuessed() {
        String text = PUTUO_TEXT.text();
        String note = "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。";
        assertThat(text).contains(note);
        String withData = text.replace(note, "223\t\t\t国有资本经营预算支出\t1.00\t2.00\t3.00\t3.00\t\t0.00");
        ImportResult r = org.yusuan.budget.io.text.DisclosureImporter.standard().read(withData, "putuo.txt");
        assertThat(r.disclosure().tables()).doesNotContainKey(TableKind.FINAL_STATE_CAPITAL);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-TABLE");
            assertThat(f.location().table()).contains(TableKind.FINAL_STATE_CAPITAL);
        });
        assertThat(RequiredTables.check(r.disclosure(), r.findings())).isEmpty();
        assertThat(tables(PUTUO_IMPORT).get(TableKind.FINAL_STATE_CAPITAL).columns())
                .containsExactly(
                        Column.OPENING_BALANCE,
                        Column.INCOME,
                        Column.TOTAL,
                        Column.BASIC,
                        Column.PROJECT,
                        Column.CLOSING_BALANCE);
    }

    @Test
    void detectsAPdfByItsContent() {
        assertThat(PdfReader.isPdf(PUTUO_PDF)).isTrue();
        assertThat(PdfReader.isPdf("山西省…\n2025年度单位预算公开".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PdfReader.isPdf(new byte[0])).isFalse();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Test
    void anEncryptedPdfSaysSo() throws IOException {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(resource(TEMPLATE))) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            pdf = save(doc);
        }
        assertThatThrownBy(() -> PdfReader.standard().read(pdf, "locked.pdf"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("locked.pdf")
                .hasMessageContaining("encrypted");
    }

    @Test
    void aScannedPdfSaysOcrItFirst() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 10, 10);
            }
            pdf = save(doc);
        }
        assertThatThrownBy(() -> PdfReader.standard().read(pdf, "scan.pdf"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("scanned")
                .hasMessageContaining("no text layer; OCR it first");
    }

    @Test
    void aPdfWithoutTextSaysNoTextLayer() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            pdf = save(doc);
        }
        assertThatThrownBy(() -> PdfReader.standard().read(pdf, "blank.pdf"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("no text layer; OCR it first");
    }

    @Test
    void aDamagedPdfSaysSo() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PdfReader.standard().read(pdf, "broken.pdf"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("broken.pdf")
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> PdfReader.standard().read("not a pdf".getBytes(), "x.pdf"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("damaged");
    }
}
