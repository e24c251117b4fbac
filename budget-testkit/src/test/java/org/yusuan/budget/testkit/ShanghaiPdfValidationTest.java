package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.io.pdf.PdfReader;
import org.yusuan.budget.io.pdf.PdfText;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;

/**
 * The Shanghai PDF (上海市普陀区财政局 2024年度部门决算, budget-io's test PDF, from the public
 * GovBudgetChecker samples) against the problems found in it by hand, page by page: {@code
 * src/test/resources/shanghai/PROBLEMS.md} has each with its arithmetic. Each genuine problem the
 * library reports is reported on its page; no finding above INFO is anything else; every rounding
 * tail is INFO. The genuine problems the library does not report yet are the disabled tests at the
 * end, each saying why (both are in the narrative, in words the reader does not read).
 */
class ShanghaiPdfValidationTest {
    /** PDFBox's warnings about the PDF's fonts, kept out of the build log. */
    private static final List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
                    "org.apache.pdfbox", "org.apache.fontbox")
            .map(java.util.logging.Logger::getLogger)
            .peek(l -> l.setLevel(java.util.logging.Level.OFF))
            .toList();

    private static final Path PDFS = Path.of("..", "budget-io", "src", "test", "resources", "pdfs");
    private static final String PUTUO = "shanghai-putuo-finance-2024-final-accounts.pdf";
    private static final String TEMPLATE = "shanghai-final-accounts-template-2024.pdf";

    private static final PdfText TEXT = PdfReader.standard().extract(bytes(PUTUO), PUTUO);
    private static final ImportResult IMPORT = PdfReader.standard().read(TEXT, PUTUO);
    /** Every finding, a root's consequences included (each tail is checked where it is printed). */
    private static final List<Finding> FINDINGS = TEXT.locate(
            Validator.builder().build().validate(IMPORT.disclosure()).allFindings());

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(PDFS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A genuine problem found by hand.
     *
     * @param id its number in PROBLEMS.md
     * @param rule the rule that reports it
     * @param page the page it is printed on
     * @param at the words (or row name) the finding points at
     * @param what what is wrong
     */
    record Problem(String id, String rule, int page, String at, String what) {
        boolean reportedBy(Finding f) {
            return f.severity() != Severity.INFO
                    && f.ruleId().equals(rule)
                    && f.location().page().orElse(-1) == page
                    && f.location().rowName().orElse("").contains(at);
        }
    }

    /** The genuine problems of PROBLEMS.md that the library reports. */
    static final List<Problem> REPORTED = List.of(
            new Problem(
                    "P1",
                    "NAR-AMOUNT",
                    21,
                    "2024年度财政拨款收入支出总计0.3万元",
                    "四、财政拨款收入支出决算总体情况说明 states 0.3万元; the 总计 of 财政拨款收入支出决算总表 (p13) is"
                            + " 2,961.68 = 2,940.05 + 21.63"),
            new Problem(
                    "P3",
                    "NAR-SHARE",
                    21,
                    "一般公共服务支出（类）2106.66万元，占71.73%",
                    "五（二）: 2,106.66 ÷ 2,940.05 = 71.65%, not 71.73%; the 类 name ends the line before the"
                            + " amount, read as one sentence"),
            new Problem("P5", "NAR-ITEM", 23, "个人农业生产补贴", "六: the 人员经费 list names 个人农业生产补贴 (30310), blank on p17"));

    /**
     * A rounding tail found by hand: the rule, the page, the table/row/column and the sum of the parts
     * against the printed figure, in 万元.
     */
    static final List<String> TAILS = List.of(
            // p6 收入支出决算总表 208 326.71; the 支出决算表 (p10) and the others print 326.72
            "FIN-CROSS page 6 FINAL_SUMMARY functional:208 TOTAL 326.72 326.71",
            // p8 收入决算表 合计 2,946.25; 2,112.86 + 326.72 + 60.99 + 445.69 = 2,946.26
            "FIN-HIERARCHY page 8 FINAL_INCOME line:TOTAL TOTAL 2946.26 2946.25",
            // p8 财政拨款收入 2,940.05; 2,106.66 + 326.72 + 60.99 + 445.69 = 2,940.06
            "FIN-HIERARCHY page 8 FINAL_INCOME line:TOTAL FISCAL_APPROPRIATION 2940.06 2940.05",
            // p10 支出决算表 合计 2,940.05 and 基本支出 2,336.91 (1,503.52 + 326.72 + 60.99 + 445.69 = 2,336.92)
            "FIN-HIERARCHY page 10 FINAL_EXPENDITURE line:TOTAL TOTAL 2940.06 2940.05",
            "FIN-HIERARCHY page 10 FINAL_EXPENDITURE line:TOTAL BASIC 2336.92 2336.91",
            // p12 财政拨款收入支出决算总表 208 一般公共预算 326.71 against 326.72 of p15
            "FIN-CROSS page 12 FINAL_APPROPRIATION_SUMMARY functional:208 GENERAL_PUBLIC_BUDGET 326.72 326.71",
            // p15 一般公共预算财政拨款支出决算表: as p10
            "FIN-HIERARCHY page 15 FINAL_GENERAL_BUDGET_EXPENDITURE line:TOTAL TOTAL 2940.06 2940.05",
            "FIN-HIERARCHY page 15 FINAL_GENERAL_BUDGET_EXPENDITURE line:TOTAL BASIC 2336.92 2336.91",
            // p16 301 工资福利支出 2,082.85: its eight printed 款 add up to 2,082.86
            "FIN-HIERARCHY page 16 FINAL_BASIC_EXPENDITURE_DETAIL economic:301 ACTUAL 2082.86 2082.85",
            // p16 302 商品和服务支出 171.07: its twelve printed 款 add up to 171.09
            "FIN-HIERARCHY page 16 FINAL_BASIC_EXPENDITURE_DETAIL economic:302 ACTUAL 171.09 171.07");

    private static String tail(Finding f) {
        return f.ruleId() + " page " + f.location().page().orElse(-1) + " "
                + f.location().table().map(Object::toString).orElse("-") + " "
                + f.location().row().map(Object::toString).orElse("-") + " "
                + f.location().column().map(Object::toString).orElse("-") + " "
                + f.expected().map(ShanghaiPdfValidationTest::wan).orElse("-") + " "
                + f.actual().map(ShanghaiPdfValidationTest::wan).orElse("-");
    }

    private static String wan(Amount a) {
        return a.toBigDecimal(AmountUnit.WAN_YUAN).setScale(2).toPlainString();
    }

    @Test
    void thePdfImportsWithEveryLinePlaced() {
        assertThat(IMPORT.findings()).isEmpty();
        assertThat(IMPORT.disclosure().unit().name()).isEqualTo("上海市普陀区财政局");
    }

    @Test
    void everyProblemFoundByHandThatTheLibraryChecksIsReportedOnItsPage() {
        for (Problem p : REPORTED) {
            assertThat(FINDINGS).as(p.id() + " " + p.what()).anyMatch(p::reportedBy);
        }
        assertThat(FINDINGS)
                .filteredOn(f -> f.ruleId().equals("NAR-AMOUNT"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.expected()).contains(Amount.parse("2961.68", AmountUnit.WAN_YUAN));
                    assertThat(f.actual()).contains(Amount.parse("0.30", AmountUnit.WAN_YUAN));
                });
    }

    @Test
    void noFindingAboveInfoIsAnythingButAProblemFoundByHand() {
        Predicate<Finding> listed = f -> REPORTED.stream().anyMatch(p -> p.reportedBy(f));
        assertThat(FINDINGS)
                .filteredOn(f -> f.severity() != Severity.INFO)
                .as("no false alarm")
                .allMatch(listed)
                .hasSize(REPORTED.size());
    }

    @Test
    void everyRoundingTailIsInfoAndEveryInfoIsATailFoundByHand() {
        assertThat(FINDINGS)
                .filteredOn(f -> f.severity() == Severity.INFO)
                .extracting(ShanghaiPdfValidationTest::tail)
                .containsExactlyInAnyOrderElementsOf(TAILS);
        // whatever reports a difference within its published precision says INFO
        assertThat(FINDINGS)
                .filteredOn(f -> f.difference().isPresent() && f.tolerance().isPresent())
                .filteredOn(f -> f.difference()
                                .get()
                                .toBigDecimal(AmountUnit.WAN_YUAN)
                                .abs()
                                .compareTo(f.tolerance().get())
                        <= 0)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).as(tail(f)).isEqualTo(Severity.INFO));
        // and no tail of 0.01 or 0.02 万元 anywhere is more than INFO
        assertThat(FINDINGS)
                .filteredOn(f -> f.difference()
                        .map(d -> d.toBigDecimal(AmountUnit.WAN_YUAN).abs().compareTo(new java.math.BigDecimal("0.02"))
                                <= 0)
                        .orElse(false))
                .allSatisfy(f -> assertThat(f.severity()).as(tail(f)).isEqualTo(Severity.INFO));
    }

    /** The template the district filled in: its 上海市 XX 局 is what DOC-PLACEHOLDER is for. */
    @Test
    void theTemplatesPlaceholderUnitNameIsReported() {
        ImportResult template = PdfReader.standard().read(bytes(TEMPLATE), TEMPLATE);
        assertThat(Validator.builder().build().validate(template.disclosure()).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("DOC-PLACEHOLDER");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("上海市XX局", "XX");
                });
        // the district's own document names itself
        assertThat(FINDINGS).noneMatch(f -> f.ruleId().startsWith("DOC-"));
    }

    /**
     * The putuo text with a wrong year put in where the narrative states a table's figure, and with
     * a change measured from the wrong year: DOC-YEAR reports both on page 21 and 24 (the same lines).
     */
    @Test
    void aWrongYearInTheNarrativeIsReportedOnItsPage() {
        String text = TEXT.text();
        String total = "上海市普陀区财政局2024年度收入支出总计2995.39万元";
        String change = "比2023年度增加2.55万元";
        assertThat(text).contains(total, change);
        String wrong =
                text.replace(total, total.replace("2024", "2023")).replace(change, change.replace("2023", "2022"));
        ImportResult r = DisclosureImporter.standard().read(wrong, PUTUO);
        assertThat(TEXT.locate(
                        Validator.builder().build().validate(r.disclosure()).findings("DOC-YEAR")))
                .extracting(f -> f.severity() + " page " + f.location().page().orElse(-1) + " "
                        + f.location().rowName().orElse(""))
                .containsExactlyInAnyOrder(
                        "ERROR page 21 上海市普陀区财政局2023年度收入支出总计2995.39万元", "WARNING page 24 比2022年度增加2.55万元");
    }

    // ---- genuine problems found by hand that the library does not report yet (PROBLEMS.md P2–P5)

    private static void assertReported(String rule, int page, String words) {
        assertThat(FINDINGS)
                .anyMatch(f -> f.severity() != Severity.INFO
                        && f.ruleId().equals(rule)
                        && f.location().page().orElse(-1) == page
                        && f.location().rowName().orElse("").contains(words));
    }

    @Test
    @Disabled("narrative: p21 四、\"与2023年度相比，财政拨款收入支出总计持平。\" is read (lines 307–308, 持平, no"
            + " figure), but its paragraph prints no number that decides it: no change, no 2023 amount, and its"
            + " own 0.3万元 is itself wrong (P1); the decrease follows only across sections (五（一）'s −63.14 of"
            + " 一般公共预算 and the 年初 21.63 of p13: 2023 ≥ 3,024.82 against 2,961.68), and 减少支付 is a"
            + " word, not a figure: NAR-DIRECTION decides from the sentence's own figures only")
    void p2TheFlatTotalOfAppropriationThatFellIsReported() {
        assertReported("NAR-DIRECTION", 21, "持平");
    }

    /** P3: the 类 name wraps onto the line before its amount; the sentence is read whole. */
    @Test
    void p3TheShareOfGeneralPublicServicesIsReported() {
        assertReported("NAR-SHARE", 21, "71.73%");
        assertThat(FINDINGS)
                .filteredOn(f -> f.ruleId().equals("NAR-SHARE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location().rowName()).contains("一般公共服务支出（类）2106.66万元，占71.73%");
                    assertThat(f.messageZh()).contains("2106.66 ÷ 2940.05 ＝ 71.65%");
                });
    }

    @Test
    @Disabled("narrative: p22 五（三）2 一般行政管理事务 \"局财政业务指导与宣传等基本支出\": the tables (p10, p15) print"
            + " its 10.00 as 项目支出 with no 基本支出; NarrativeReader does not read what a 项's spending is called"
            + " (it would have to resolve the 类/款/项 names of each numbered paragraph and read 主要用于 free text,"
            + " \"等的基本支出\", \"等支出\", of which one document is the only example: not a general check yet)")
    void p4ProjectSpendingCalledBasicIsReported() {
        assertReported("NAR-ITEM", 22, "一般行政管理事务");
    }

    /**
     * P5: the 人员经费 list names 个人农业生产补贴, blank on p17 (NAR-ITEM, a WARNING). That it leaves out
     * 奖励金 (30309, 0.31) is not reported: 主要包括 lists the main items, not all of them.
     */
    @Test
    void p5APersonnelItemListedThatTheTableLeavesBlankIsReported() {
        assertReported("NAR-ITEM", 23, "个人农业生产补贴");
        assertThat(FINDINGS)
                .filteredOn(f -> f.ruleId().equals("NAR-ITEM"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location().row().map(Object::toString)).hasValue("economic:30310");
                    assertThat(f.messageZh()).contains("列出「个人农业生产补贴」");
                });
    }
}
