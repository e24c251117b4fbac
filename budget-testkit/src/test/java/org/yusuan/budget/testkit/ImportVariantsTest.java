package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.CatalogEdition;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;

/**
 * The variants real documents print a table by code in, made from seed 000's 预算支出总表 (表三,
 * lines 135–147): each variant imports to the same rows as the reference layout.
 */
class ImportVariantsTest {
    /** Seed 000's lines, 0-based. */
    private static List<String> seed() throws IOException {
        return new ArrayList<>(SeedImportTest.seedText("000").lines().toList());
    }

    private static final int FIRST_ROW = 136; // 208 社会保障和就业支出
    private static final int LAST_ROW = 147; // 2101102 事业单位医疗

    /** Applies {@code change} to the cells of every coded row of 表三. */
    private static String changeRows(UnaryOperator<String[]> change) throws IOException {
        List<String> lines = seed();
        for (int n = FIRST_ROW; n <= LAST_ROW; n++) {
            lines.set(n - 1, String.join("\t", change.apply(lines.get(n - 1).split("\t", -1))));
        }
        return String.join("\n", lines) + "\n";
    }

    private static BudgetTable expenditure(ImportResult result) {
        return result.disclosure().tables().get(TableKind.BUDGET_EXPENDITURE);
    }

    /** A table's rows without their source lines: key, name and cells. */
    private static List<String> content(BudgetTable table) {
        return table.rows().stream()
                .map(r -> r.key() + " " + r.name() + " " + r.cells())
                .toList();
    }

    private static BudgetTable reference() throws IOException {
        return expenditure(DisclosureImporter.standard().read(SeedImportTest.seedText("000"), "000"));
    }

    @Test
    void theReferenceTableHasTwelveCodedRowsAndItsTotal() throws IOException {
        assertThat(reference().rows()).hasSize(13);
        assertThat(reference().rows()).extracting(Row::name).contains("事业运行", "机关事业单位基本养老保险缴费支出");
    }

    @Test
    void aCodeInsideTheNameWithTheCodeColumnEmpty() throws IOException {
        String text = changeRows(f -> {
            f[1] = "[" + f[0] + "] " + f[1];
            f[0] = "";
            return f;
        });
        assertThat(text).contains("\t[2080150] 事业运行\t869.27");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(expenditure(result)).isEqualTo(reference());
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .isEmpty();
    }

    @Test
    void theCodeInBothColumns() throws IOException {
        String text = changeRows(f -> {
            f[1] = "【" + f[0] + "】" + f[1];
            return f;
        });
        assertThat(text).contains("2080150\t【2080150】事业运行\t869.27");
        assertThat(expenditure(DisclosureImporter.standard().read(text, "000"))).isEqualTo(reference());
    }

    @Test
    void noCodeColumnAndTheCodeInTheName() throws IOException {
        String text = changeRows(f -> {
            String[] g = new String[f.length - 1];
            g[0] = "[" + f[0] + "]" + f[1];
            System.arraycopy(f, 2, g, 1, f.length - 2);
            return g;
        });
        text = text.replace("合计\t\t1563.24\t1076.53\t486.71", "合计\t1563.24\t1076.53\t486.71");
        assertThat(text).contains("\n[2080150]事业运行\t869.27\t869.27\t\n");
        assertThat(expenditure(DisclosureImporter.standard().read(text, "000"))).isEqualTo(reference());
    }

    @Test
    void namesOnlyAreResolvedThroughTheCatalogUnderTheRowsAbove() throws IOException {
        // 事业运行 is an item of many sections (2010150, 2080150, …): only the 款 above tells which
        String text = changeRows(f -> {
            f[0] = "";
            return f;
        });
        assertThat(text).contains("\n\t事业运行\t869.27");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(expenditure(result)).isEqualTo(reference());
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .isEmpty();
    }

    @Test
    void aNameOnlyRowTheCatalogCannotResolveIsReportedNotGuessed() throws IOException {
        String text = changeRows(f -> {
            f[0] = "";
            if (f[1].equals("信息化建设")) {
                f[1] = "信息化建设和运维";
            }
            return f;
        });
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().sourceLine()).hasValue(139);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageEn()).contains("信息化建设和运维");
                });
        assertThat(content(expenditure(result))).hasSize(12).noneMatch(r -> r.contains("2080108"));
    }

    @Test
    void thousandsSeparators() throws IOException {
        String text = SeedImportTest.seedText("000")
                .replace("合计\t\t1563.24\t1076.53\t486.71", "合计\t\t1,563.24\t1,076.53\t486.71")
                .replace("208\t社会保障和就业支出\t1507.14\t1020.43", "208\t社会保障和就业支出\t1,507.14\t1,020.43");
        assertThat(expenditure(DisclosureImporter.standard().read(text, "000"))).isEqualTo(reference());
    }

    @Test
    void aNameWrappedOntoTheNextLineAndARepeatedPageMark() throws IOException {
        String text = SeedImportTest.seedText("000")
                .replace(
                        "2080505\t机关事业单位基本养老保险缴费支出\t86.31\t86.31\t\n",
                        "2080505\t机关事业单位基本养老\t86.31\t86.31\t\n仅供内部审核\n\t保险缴费支出\t\t\t\n");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(content(expenditure(result))).isEqualTo(content(reference()));
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .isEmpty();
    }

    @Test
    void aCodeColumnShiftedOneRowDownIsRealignedAndSaidSo() throws IOException {
        List<String> lines = seed();
        List<String> codes = new ArrayList<>();
        for (int n = FIRST_ROW; n <= LAST_ROW; n++) {
            String[] f = lines.get(n - 1).split("\t", -1);
            codes.add(f[0]);
            f[0] = n == FIRST_ROW ? "" : codes.get(codes.size() - 2);
            lines.set(n - 1, String.join("\t", f));
        }
        lines.add(LAST_ROW, codes.get(codes.size() - 1)); // the last code dangles on a line of its own
        String text = String.join("\n", lines) + "\n";
        assertThat(text).contains("\n\t社会保障和就业支出\t1507.14").contains("\n2080107\t信息化建设\t40.00");

        ImportResult result = DisclosureImporter.standard().read(text, "000");

        assertThat(content(expenditure(result))).isEqualTo(content(reference()));
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.location().sourceLine()).hasValue(FIRST_ROW);
                    assertThat(f.messageEn()).contains("one row below");
                });
    }

    @Test
    void aTableContinuedOverAPageUnderItsRepeatedTitle() throws IOException {
        String page = "仅供内部审核\n\n2025年预算支出总表\n\n单位：万元\n\n项目\t\t2025年预算数\t\t\n" + "科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
        List<String> lines = seed();
        assertThat(lines.get(139)).startsWith("2080150\t事业运行\t");
        lines.add(140, page.strip()); // after 2080150 事业运行 (line 140)
        String text = String.join("\n", lines) + "\n";
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(content(expenditure(result))).isEqualTo(content(reference()));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aRowReadAgainInAContinuationIsReported() throws IOException {
        List<String> lines = seed();
        lines.add(140, "2025年预算支出总表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" + lines.get(139));
        String text = String.join("\n", lines) + "\n";
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(content(expenditure(result))).isEqualTo(content(reference()));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-LINE");
            assertThat(f.location().sourceLine()).hasValue(143);
            assertThat(f.messageEn()).contains("事业运行").contains("read before");
        });
    }

    @Test
    void anEconomicRowPrintedBlankIsARowOfZeros() throws IOException {
        // found by TextRenderingProperties: a blank 合计 cell is zero, not an unplaceable line
        String text = SeedImportTest.seedText("000").replace("奖金\t工资福利支出\t1.71\t1.71\t", "奖金\t工资福利支出\t\t\t");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .isEmpty();
        assertThat(result.disclosure()
                        .tables()
                        .get(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC)
                        .rows())
                .filteredOn(r -> r.name().equals("奖金"))
                .singleElement()
                .satisfies(r -> assertThat(r.cells().values()).allMatch(a -> a.isZero()));
    }

    @Test
    void aProjectLineWithNoFiguresIsReportedNotDropped() throws IOException {
        // found by TextRenderingProperties: such a line used to vanish without a finding
        String text = SeedImportTest.seedText("000")
                .replace("工伤档案用房租赁\t26.30\t26.30\t\t\t\t\n", "工伤档案用房租赁\t26.30\t26.30\t\t\t\t\n零元项目\t\t\t\t\t\t\n");
        assertThat(text).contains("零元项目");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-LINE");
            assertThat(f.messageEn()).contains("零元项目").contains("no figures");
        });
    }

    @Test
    void aTargetNameWithNoValueDoesNotTakeTheYearHalfsName() throws IOException {
        // found reading the reader: 名甲 with a blank 指标值 must not take 名乙 (the 年度 name) as its value
        String seed = SeedImportTest.seedText("000");
        String row = "\t\t\t支付社保卡卡数\t≤150000张\t\t\t";
        assertThat(seed).contains(row);
        ImportResult result =
                DisclosureImporter.standard().read(seed.replace(row, "\t\t\t支付社保卡卡数\t\t\t名乙\t≥1次"), "000");
        assertThat(result.findings()).isEmpty();
        var target = result.disclosure().projects().get(0).target().orElseThrow();
        assertThat(target.termIndicators().indicators())
                .filteredOn(i -> i.name().equals("支付社保卡卡数"))
                .singleElement()
                .satisfies(i -> assertThat(i.value().raw()).isEmpty());
        assertThat(target.yearIndicators().indicators())
                .filteredOn(i -> i.name().equals("名乙"))
                .singleElement()
                .satisfies(i -> assertThat(i.value().raw()).isEqualTo("≥1次"));
    }

    /** Seed 000 with the 单位 line under the 三公 table's title changed to {@code unit}. */
    private static String threePublicIn(String unit) throws IOException {
        String seed = SeedImportTest.seedText("000");
        int title = seed.indexOf("2025年财政拨款安排“三公”经费支出预算表\n");
        int line = seed.indexOf("单位：万元", title);
        assertThat(title).isPositive();
        assertThat(seed.substring(title, line)).doesNotContain("\t");
        return seed.substring(0, line) + "单位：" + unit + seed.substring(line + "单位：万元".length());
    }

    @Test
    void aLabelledTableInYuanIsReadInYuan() throws IOException {
        ImportResult result = DisclosureImporter.standard().read(threePublicIn("元"), "000");
        BudgetTable table = result.disclosure().tables().get(TableKind.THREE_PUBLIC_EXPENSES);
        assertThat(table.unit()).isEqualTo(org.yusuan.budget.core.money.AmountUnit.YUAN);
        assertThat(table.rows())
                .filteredOn(r -> r.name().equals("合计"))
                .singleElement()
                .satisfies(r -> assertThat(r.cells().get(org.yusuan.budget.core.table.Column.TOTAL))
                        .isEqualTo(org.yusuan.budget.core.money.Amount.parse("0.50")));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aTableInAUnitNotKnownIsReportedNotReadAsWanYuan() throws IOException {
        ImportResult result = DisclosureImporter.standard().read(threePublicIn("千元"), "000");
        assertThat(result.disclosure().tables()).doesNotContainKey(TableKind.THREE_PUBLIC_EXPENSES);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-TABLE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("千元");
        });
    }

    @Test
    void aTablePrintingItsColumnsInAnotherOrderIsReportedNotMisread() throws IOException {
        // 表三 with 项目支出 printed before 基本支出: read by position, every basic amount would land in the
        // project column and every identity would fail; the header says so, and the table is not read
        List<String> lines = seed();
        assertThat(lines.get(133)).isEqualTo("科目编码\t科目名称\t合计\t基本支出\t项目支出");
        lines.set(133, "科目编码\t科目名称\t合计\t项目支出\t基本支出");
        for (int n = 135; n <= LAST_ROW; n++) {
            String[] f = lines.get(n - 1).split("\t", -1);
            String basic = f[3];
            f[3] = f[4];
            f[4] = basic;
            lines.set(n - 1, String.join("\t", f));
        }
        ImportResult result = DisclosureImporter.standard().read(String.join("\n", lines) + "\n", "000");
        assertThat(result.disclosure().tables()).doesNotContainKey(TableKind.BUDGET_EXPENDITURE);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-TABLE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("项目支出 printed over the place of BASIC");
        });
    }

    @Test
    void codesThatDisagreeWithNamesWithoutAShiftAreLeftAsPrinted() throws IOException {
        // two codes swapped: no shift explains it, so nothing is realigned (the validator's catalog
        // rules report the names)
        String text = changeRows(f -> {
            f[0] = f[0].equals("2080107") ? "2080108" : f[0].equals("2080108") ? "2080107" : f[0];
            return f;
        });
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .isEmpty();
        assertThat(content(expenditure(result))).anyMatch(r -> r.contains("2080108") && r.contains("社会保险业务管理事务"));
    }

    @Test
    void aCellFinerThanTheTablesDecimalsIsAnImpLineNotAFailedImport() throws IOException {
        String seed = SeedImportTest.seedText("000");
        int at = seed.indexOf("2080150\t事业运行\t869.27\t");
        String text = seed.substring(0, at) + "2080150\t事业运行\t869.275\t"
                + seed.substring(at + "2080150\t事业运行\t869.27\t".length());
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().sourceLine()).hasValue(140));
        assertThat(result.disclosure().tables()).hasSize(13);
    }

    @Test
    void aYearNoEditionCoversUsesTheNearestAndSaysSo() throws IOException {
        ClassificationCatalog bundled = ClassificationCatalog.bundled();
        assertThat(bundled.edition().covers(Year.of(2025))).isTrue();
        ClassificationCatalog old = ClassificationCatalog.builder(CatalogEdition.of(Year.of(2019), "an old edition"))
                .build();
        DisclosureImporter importer = DisclosureImporter.standard().withCatalogs(List.of(old, bundled));

        ImportResult covered = importer.read(SeedImportTest.seedText("000"), "000");
        ImportResult older =
                importer.read(SeedImportTest.seedText("000").replace("2025年度单位预算公开", "2022年度单位预算公开"), "000");

        assertThat(covered.findings()).extracting(Finding::ruleId).doesNotContain("IMP-CATALOG");
        assertThat(older.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-CATALOG"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().sourceLine()).hasValue(5);
                    assertThat(f.messageEn())
                            .contains("2022")
                            .contains(bundled.edition().toString());
                });
    }
}
