package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.core.code.CatalogEdition;
import org.yusuan.budget.core.code.Classification;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;

/**
 * Every rule passes on a real seed and fails on the same seed with one published cell changed
 * (or, where the seed cannot show it, on a small table built here).
 */
class RuleExamplesTest {
    private static final Validator VALIDATOR = Validator.builder().build();

    private static List<Finding> above(Disclosure d, String ruleId, Severity atLeast) {
        return VALIDATOR.validate(d).findings(ruleId).stream()
                .filter(f -> f.severity().compareTo(atLeast) <= 0)
                .toList();
    }

    private static Disclosure seed(String seed) throws IOException {
        return switch (seed) {
            case "000" -> SeedValidationTest.seed000();
            case "002" -> withType(SeedValidationTest.seed002(), UnitType.ADMINISTRATIVE);
            default -> SeedValidationTest.seed004();
        };
    }

    private static Disclosure withType(Disclosure d, UnitType type) {
        BudgetUnit unit = BudgetUnit.builder().from(d.unit()).type(type).build();
        return d instanceof BudgetDisclosure b
                ? BudgetDisclosure.builder().from(b).unit(unit).build()
                : FinalAccountsDisclosure.builder()
                        .from((FinalAccountsDisclosure) d)
                        .unit(unit)
                        .build();
    }

    @Test
    void everyBuiltInRuleHasAnExampleHere() {
        List<String> ids = Validator.builtInRules().stream().map(Rule::id).toList();
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "BUD-AGENCY",
                        "BUD-CROSS",
                        "BUD-HIERARCHY",
                        "BUD-ROW-SUM",
                        "BUD-THREE-PUBLIC",
                        "BUD-THREE-PUBLIC-ECON",
                        "BUD-TOTALS",
                        "CAT-CODE",
                        "CAT-GOV-MAPPING",
                        "CAT-NAME",
                        "DOC-PLACEHOLDER",
                        "DOC-YEAR",
                        "FIN-CROSS",
                        "FIN-HIERARCHY",
                        "FIN-ROW-SUM",
                        "FIN-THREE-PUBLIC",
                        "FIN-TOTALS",
                        "NAR-AMOUNT",
                        "NAR-DIRECTION",
                        "NAR-ITEM",
                        "NAR-SHARE",
                        "NAR-ZERO-BASE",
                        "PRF-ANALYSIS",
                        "PRF-COST",
                        "PRF-FUNDS",
                        "PRF-NAME",
                        "PRF-SELF-EVAL",
                        "PRF-TREE",
                        "PRF-UNIT",
                        "PRF-VALUE",
                        "PRJ-SUM");
    }

    @ParameterizedTest(name = "{0}: seed {1} {2} {4} {5} = {6}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BUD-ROW-SUM|000|BUDGET_EXPENDITURE|MAIN|functional:2080107|BASIC|10.00",
                "BUD-HIERARCHY|000|BUDGET_INCOME|MAIN|functional:2080505|CARRY_OVER|3.00",
                "BUD-TOTALS|000|BUDGET_SUMMARY|INCOME|line:INCOME_GRAND_TOTAL|TOTAL|1600.00",
                "BUD-CROSS|000|BUDGET_EXPENDITURE|MAIN|functional:210|TOTAL|60.00",
                "BUD-THREE-PUBLIC|000|THREE_PUBLIC_EXPENSES|MAIN|line:TOTAL|TOTAL|5.00",
                "BUD-THREE-PUBLIC-ECON|000|BASIC_EXPENDITURE_BY_ECONOMIC|MAIN|economic:30217|TOTAL|3.00",
                "BUD-AGENCY|002|AGENCY_OPERATING_COSTS|MAIN|line:TOTAL|GENERAL_PUBLIC_BUDGET|400.00",
                "PRJ-SUM|000|PROJECT_EXPENDITURE|MAIN|project:社会保障卡工作经费|TOTAL|150.00",
                "FIN-ROW-SUM|004|FINAL_EXPENDITURE|MAIN|functional:2080108|TOTAL|150.00",
                "FIN-HIERARCHY|004|FINAL_BASIC_EXPENDITURE_DETAIL|PERSONNEL|economic:30101|ACTUAL|90.00",
                "FIN-TOTALS|004|FINAL_SUMMARY|INCOME|line:INCOME_GRAND_TOTAL|TOTAL|600.00",
                "FIN-CROSS|004|FINAL_SUMMARY|EXPENDITURE|functional:221|TOTAL|30.00",
                "FIN-CROSS|004|FINAL_GENERAL_BUDGET_EXPENDITURE|MAIN|line:TOTAL|BASIC|290.68"
            })
    void passesOnTheSeedAndFailsWhenACellIsChanged(
            String rule, String seed, TableKind table, Section section, String key, Column column, String value)
            throws IOException {
        Disclosure published = seed(seed);
        assertThat(above(published, rule, Severity.WARNING))
                .as("the published seed passes")
                .isEmpty();
        Disclosure changed = Disclosures.withCell(
                published, table, section, RowKey.parse(key), column, Amount.parse(value, AmountUnit.WAN_YUAN));
        List<Finding> found = above(changed, rule, Severity.ERROR);
        assertThat(found).as("the changed cell is an error").isNotEmpty();
        assertThat(found.stream().map(Finding::messageZh).collect(Collectors.joining()))
                .isNotBlank();
    }

    @Test
    void finalThreePublicTotals() {
        String text = "table\tFINAL_THREE_PUBLIC_EXPENSES\tunit=WAN_YUAN\tdecimals=2\n"
                + "columns\tBUDGETED\tACTUAL\n"
                + "row\tMAIN\titem:TRAVEL_ABROAD\t因公出国（境）费\t\t\t1\t1.00\t0.50\n"
                + "row\tMAIN\titem:VEHICLES\t公务用车购置及运行维护费\t\t\t1\t3.00\t2.00\n"
                + "row\tMAIN\titem:VEHICLE_PURCHASE\t公务用车购置费\t\t\t1\t0\t0\n"
                + "row\tMAIN\titem:VEHICLE_OPERATION\t公务用车运行维护费\t\t\t1\t3.00\t2.00\n"
                + "row\tMAIN\titem:RECEPTION\t公务接待费\t\t\t1\t2.00\t1.00\n"
                + "row\tMAIN\tline:TOTAL\t合计\t\t\t1\t6.00\t%s\n";
        assertThat(above(threePublic(text.formatted("3.50")), "FIN-THREE-PUBLIC", Severity.WARNING))
                .isEmpty();
        List<Finding> wrong = above(threePublic(text.formatted("4.50")), "FIN-THREE-PUBLIC", Severity.ERROR);
        assertThat(wrong)
                .singleElement()
                .satisfies(f -> assertThat(f.location().column()).contains(Column.ACTUAL));
    }

    @Test
    void threePublicTotalsWithoutTheVehiclesLineAddUpItsTwoParts() {
        // no 公务用车购置及运行维护费 line: its purchase and operation stand for it in the total
        String text = "table\tFINAL_THREE_PUBLIC_EXPENSES\tunit=WAN_YUAN\tdecimals=2\n"
                + "columns\tBUDGETED\tACTUAL\n"
                + "row\tMAIN\titem:TRAVEL_ABROAD\t因公出国（境）费\t\t\t1\t1.00\t0.50\n"
                + "row\tMAIN\titem:VEHICLE_PURCHASE\t公务用车购置费\t\t\t1\t0.40\t0.30\n"
                + "row\tMAIN\titem:VEHICLE_OPERATION\t公务用车运行维护费\t\t\t1\t3.00\t2.00\n"
                + "row\tMAIN\titem:RECEPTION\t公务接待费\t\t\t1\t2.00\t1.00\n"
                + "row\tMAIN\tline:TOTAL\t合计\t\t\t1\t6.40\t%s\n";
        assertThat(above(threePublic(text.formatted("3.80")), "FIN-THREE-PUBLIC", Severity.WARNING))
                .isEmpty();
        List<Finding> wrong = above(threePublic(text.formatted("3.50")), "FIN-THREE-PUBLIC", Severity.ERROR);
        assertThat(wrong).singleElement().satisfies(f -> {
            assertThat(f.location().column()).contains(Column.ACTUAL);
            assertThat(f.related()).hasSize(4);
        });
    }

    private static Disclosure threePublic(String fixture) {
        BudgetTable table = TableFixture.read(new StringReader(fixture), "test")
                .tables()
                .values()
                .iterator()
                .next();
        return FinalAccountsDisclosure.builder()
                .unit(BudgetUnit.builder().name("test").build())
                .year(Year.of(2023))
                .putTables(table.kind(), table)
                .build();
    }

    private static Disclosure withNarrative(Disclosure d, NarrativeFigure... figures) {
        return BudgetDisclosure.builder()
                .from((BudgetDisclosure) d)
                .narrative(List.of(figures))
                .build();
    }

    private static NarrativeFigure figure(String value, NarrativeFigure.Unit unit, String cell, String base) {
        return new NarrativeFigure(
                "test",
                "figure " + value,
                new BigDecimal(value),
                unit,
                OptionalInt.of(1),
                Optional.of(CellRef.parse(cell)),
                Optional.ofNullable(base).map(CellRef::parse));
    }

    @Test
    void narrativeAmountsAgreeWithTheirCells() throws IOException {
        String grand = "BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL";
        Disclosure seed = seed("000");
        assertThat(VALIDATOR
                        .validate(withNarrative(
                                seed,
                                figure("1563.24", NarrativeFigure.Unit.WAN_YUAN, grand, null),
                                figure("15632400", NarrativeFigure.Unit.YUAN, grand, null),
                                figure(
                                        "6",
                                        NarrativeFigure.Unit.WAN_YUAN,
                                        "PROJECT_EXPENDITURE/MAIN/project:工伤保险区块链技术应用规范省级 地方标准制修订费/TOTAL",
                                        null)))
                        .findings("NAR-AMOUNT"))
                .isEmpty();
        // 1563.2 is 1563.24 printed to one decimal: the same fact
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("1563.2", NarrativeFigure.Unit.WAN_YUAN, grand, null)))
                        .findings("NAR-AMOUNT"))
                .isEmpty();
        // 1563.25 at the same precision is off by one unit, within both half-units: a tail
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("1563.25", NarrativeFigure.Unit.WAN_YUAN, grand, null)))
                        .findings("NAR-AMOUNT"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.difference()).contains(Amount.parse("0.01", AmountUnit.WAN_YUAN));
                });
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("1563.34", NarrativeFigure.Unit.WAN_YUAN, grand, null)))
                        .findings("NAR-AMOUNT"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void narrativeSharesFollowFromTheirCells() throws IOException {
        String part = "BUDGET_SUMMARY/INCOME/fund:GENERAL_PUBLIC_BUDGET/TOTAL";
        String whole = "BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL";
        String zero = "BUDGET_SUMMARY/INCOME/fund:UNIT_FUNDS/TOTAL";
        Disclosure seed = seed("000");
        assertThat(VALIDATOR
                        .validate(withNarrative(
                                seed,
                                figure("96.33", NarrativeFigure.Unit.PERCENT, part, whole),
                                figure("0", NarrativeFigure.Unit.PERCENT, zero, whole)))
                        .findings("NAR-SHARE"))
                .isEmpty();
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("96.43", NarrativeFigure.Unit.PERCENT, part, whole)))
                        .findings("NAR-SHARE"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("96.33"));
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("100", NarrativeFigure.Unit.PERCENT, part, zero)))
                        .findings("NAR-SHARE"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("zero base"));
    }

    @Test
    void aTemplatesPlaceholderLeftInTheUnitsNameIsAnError() throws IOException {
        Disclosure published = seed("004");
        assertThat(VALIDATOR.validate(published).findings("DOC-PLACEHOLDER")).isEmpty();
        // a single 某 is prose, not a placeholder
        assertThat(VALIDATOR
                        .validate(withUnitName(published, "某市人力资源和社会保障综合服务中心"))
                        .findings("DOC-PLACEHOLDER"))
                .isEmpty();
        for (String name : List.of("上海市XX局", "上海市××局", "某某局", "上海市ＸＸ中心")) {
            assertThat(VALIDATOR.validate(withUnitName(published, name)).findings("DOC-PLACEHOLDER"))
                    .as(name)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.location().rowName()).contains(name);
                    });
        }
    }

    private static Disclosure withUnitName(Disclosure d, String name) {
        BudgetUnit unit = BudgetUnit.builder().from(d.unit()).name(name).build();
        return FinalAccountsDisclosure.builder()
                .from((FinalAccountsDisclosure) d)
                .unit(unit)
                .build();
    }

    private static NarrativeFigure worded(String quote, String value, String cell) {
        return new NarrativeFigure(
                "test",
                quote,
                new BigDecimal(value),
                NarrativeFigure.Unit.WAN_YUAN,
                OptionalInt.of(1),
                Optional.ofNullable(cell).map(CellRef::parse),
                Optional.empty());
    }

    @Test
    void aNarrativeFigureOfThisYearsTablesNamesTheDocumentsYear() throws IOException {
        String grand = "BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL";
        Disclosure seed = seed("000"); // a 2025 budget
        assertThat(VALIDATOR
                        .validate(withNarrative(
                                seed,
                                worded("2025年收入总计1563.24万元", "1563.24", grand),
                                worded("比2024年增加10.00万元", "10.00", null),
                                worded("与2024年度相比增加10.00万元", "10.00", null),
                                // an unlinked figure may name another year: 2023年结转; 参与 is no comparison
                                worded("2023年结转资金5.00万元", "5.00", null),
                                worded("参与2023年度项目评审5.00万元", "5.00", null)))
                        .findings("DOC-YEAR"))
                .isEmpty();
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, worded("2024年收入总计1563.24万元", "1563.24", grand)))
                        .findings("DOC-YEAR"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        for (String quote : List.of("比2023年增加10.00万元", "与2023年度相比减少10.00万元")) {
            assertThat(VALIDATOR
                            .validate(withNarrative(seed, worded(quote, "10.00", null)))
                            .findings("DOC-YEAR"))
                    .as(quote)
                    .singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        }
    }

    @Test
    void aCheckTheDocumentDoesNotLetARuleDecideIsSaidNotGuessed() throws IOException {
        // seed 002 does not state its unit type: 机关运行经费 and the government names are not judged
        Disclosure untyped = SeedValidationTest.seed002();
        for (String id : List.of("BUD-AGENCY-SKIP", "CAT-GOV-MAPPING-SKIP")) {
            assertThat(VALIDATOR.validate(untyped).findings(id))
                    .as(id)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.messageZh()).startsWith("未能检查：").contains("单位类型");
                    });
        }
        assertThat(VALIDATOR.validate(untyped).findings("BUD-AGENCY")).isEmpty();
        // stated, the check is made (and passes: 432.98 = 公用经费 432.98), and no skip is said
        Disclosure typed = withType(untyped, UnitType.ADMINISTRATIVE);
        assertThat(VALIDATOR.validate(typed).allFindings())
                .noneMatch(f -> f.ruleId().endsWith("-SKIP"));
        // the two targets whose project the project table names otherwise (PRF-NAME) are not compared
        // with it, and say so on their lines
        List<Finding> funds = imported(SeedImportTest.seedText("002"), "PRF-FUNDS-SKIP");
        assertThat(funds).extracting(f -> f.location().sourceLine().getAsInt()).containsExactly(564, 594);
        assertThat(funds).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    /** The findings of a rule on seed text as the importer reads it. */
    private static List<Finding> imported(String text, String ruleId) {
        return VALIDATOR
                .validate(org.yusuan.budget.io.text.DisclosureImporter.standard()
                        .read(text, "seed")
                        .disclosure())
                .findings(ruleId);
    }

    private static void oneOnLine(List<Finding> found, int line) {
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().sourceLine()).hasValue(line);
        });
    }

    @Test
    void aDirectionWordAgreesWithTheFiguresOfItsSentence() throws IOException {
        String seed = SeedImportTest.seedText("002");
        assertThat(imported(seed, "NAR-DIRECTION")).isEmpty();
        // the changed amount said to fall while its rate rises (the first of two such sentences)
        List<Finding> turned = imported(seed.replaceFirst("比上年增加49051.19万元", "比上年减少49051.19万元"), "NAR-DIRECTION");
        oneOnLine(turned, 396);
        assertThat(turned.get(0).messageZh()).endsWith("的增减方向自相矛盾：减少与增长方向相反");
        assertThat(turned.get(0).messageEn()).endsWith("contradicts its own direction: 减少 and 增长 go opposite ways");
        // 持平 beside a change
        oneOnLine(
                imported(seed.replace("公务接待费5.00万元，与上年预算数相同", "公务接待费5.00万元，与上年预算数相同，增加1.00万元"), "NAR-DIRECTION"), 440);
        // 增长 before a negative rate
        oneOnLine(imported(seed.replace("增长3.58%", "增长-3.58%"), "NAR-DIRECTION"), 448);
        // 增加 where the sentence prints last year's amount above this year's
        String higherLastYear = seed.replace("比2025年预算增加15万元", "上年为450.00万元，比2025年预算增加15万元");
        oneOnLine(imported(higherLastYear, "NAR-DIRECTION"), 448);
        assertThat(imported(seed.replace("比2025年预算增加15万元", "上年为417.98万元，比2025年预算增加15万元"), "NAR-DIRECTION"))
                .isEmpty();
        // a direction word after words naming a part is about that part, not the sentence's amount
        assertThat(imported(seed.replace("增长3.58%", "其中物业费下降3.58%"), "NAR-DIRECTION"))
                .isEmpty();
        assertThat(imported(
                        seed.replace("公务接待费5.00万元，与上年预算数相同", "公务接待费5.00万元，与上年预算数相同，其中国内接待费增加1.00万元"), "NAR-DIRECTION"))
                .isEmpty();
        // 与上年预算数相同 alone needs last year's tables: never judged
        assertThat(imported(seed.replace("公务接待费5.00万元", "公务接待费6.00万元"), "NAR-DIRECTION"))
                .isEmpty();
    }

    @Test
    void aGrowthRateOnAZeroBaseIsAnError() throws IOException {
        String seed = SeedImportTest.seedText("002");
        assertThat(imported(seed, "NAR-ZERO-BASE")).isEmpty();
        // the change is the whole amount: last year was zero
        oneOnLine(imported(seed.replace("比2025年预算增加15万元，增长3.58%", "比2025年预算增加432.98万元，增长100%"), "NAR-ZERO-BASE"), 448);
        assertThat(imported(seed.replace("比2025年预算增加15万元，增长3.58%", "比2025年预算增加432.98万元，增长100%"), "NAR-ZERO-BASE")
                        .get(0)
                        .messageEn())
                .endsWith("states a rate of 100% on a zero base (this year 432.98 万元, 增加 432.98 万元)");
        // last year printed as zero
        oneOnLine(
                imported(seed.replace("比2025年预算增加15万元，增长3.58%", "上年为0万元，比2025年预算增加432.98万元，增长100%"), "NAR-ZERO-BASE"),
                448);
        // a rate large enough for a base below the printed precision is not called a zero base
        assertThat(imported(seed.replace("比2025年预算增加15万元，增长3.58%", "比2025年预算增加432.98万元，增长9000000%"), "NAR-ZERO-BASE"))
                .isEmpty();
        // no rate, nothing to judge
        assertThat(imported(seed.replace("比2025年预算增加15万元，增长3.58%", "比2025年预算增加432.98万元"), "NAR-ZERO-BASE"))
                .isEmpty();
    }

    @Test
    void anItemListedWithoutSpendingInTheTableIsAWarning() throws IOException {
        String seed = SeedImportTest.seedText("000");
        // line 393: 公用经费117.36万元,主要包括:办公费、电费、…、水费、津贴补贴等: every item spent in 表6
        assertThat(imported(seed, "NAR-ITEM")).isEmpty();
        String row = "水费\t商品和服务支出\t1.71\t\t1.71";
        assertThat(seed).contains(row);
        List<Finding> found = imported(seed.replace(row, "水费\t商品和服务支出\t0.00\t\t0.00"), "NAR-ITEM");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().sourceLine()).hasValue(393);
            assertThat(f.location().row().map(Object::toString)).hasValue("economic:30205");
            assertThat(f.messageZh()).contains("列出「水费」");
        });
    }

    private static Disclosure withTable(Disclosure d, BudgetTable table) {
        return BudgetDisclosure.builder()
                .from((BudgetDisclosure) d)
                .putTables(table.kind(), table)
                .build();
    }

    @Test
    void aCodeMissingFromTheOtherTableIsZeroThere() throws IOException {
        Disclosure seed = seed("000");
        BudgetTable expenditure = seed.table(TableKind.BUDGET_EXPENDITURE).orElseThrow();
        List<Row> without210 = expenditure.rows().stream()
                .filter(r -> !r.key().toString().startsWith("functional:210"))
                .toList();
        Disclosure changed = withTable(
                seed, BudgetTable.builder().from(expenditure).rows(without210).build());
        assertThat(above(changed, "BUD-CROSS", Severity.ERROR))
                .anySatisfy(f -> assertThat(f.location().row()).contains(RowKey.parse("functional:210")));
    }

    @Test
    void eachUnitRowOfAProjectTableCarriesItsOwnProjects() {
        String text = "table\tPROJECT_EXPENDITURE\tunit=WAN_YUAN\tdecimals=2\n"
                + "columns\tTOTAL\n"
                + "row\tMAIN\tunit:某厅\t某厅\t\t\t1\t30.00\n"
                + "row\tMAIN\tunit:甲中心\t甲中心\t\t\t2\t10.00\n"
                + "row\tMAIN\tproject:甲项目\t甲项目\t\t\t3\t10.00\n"
                + "row\tMAIN\tunit:乙中心\t乙中心\t\t\t4\t20.00\n"
                + "row\tMAIN\tproject:乙项目一\t乙项目一\t\t\t5\t%s\n"
                + "row\tMAIN\tproject:乙项目二\t乙项目二\t\t\t6\t5.00\n";
        assertThat(above(projectTable(text.formatted("15.00")), "PRJ-SUM", Severity.WARNING))
                .isEmpty();
        assertThat(above(projectTable(text.formatted("16.00")), "PRJ-SUM", Severity.ERROR))
                .extracting(f -> f.location().row().orElseThrow().toString())
                .containsExactlyInAnyOrder("unit:某厅", "unit:乙中心");
    }

    private static Disclosure projectTable(String fixture) {
        BudgetTable table = TableFixture.read(new StringReader(fixture), "test")
                .tables()
                .values()
                .iterator()
                .next();
        return BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("test").build())
                .year(Year.of(2025))
                .putTables(table.kind(), table)
                .build();
    }

    @Test
    void aNarrativeFigureAgainstAnEmptyTableKeepsTheTablesPrecision() throws IOException {
        Disclosure seed = seed("000"); // 机关运行经费表 is published empty
        String agency = "AGENCY_OPERATING_COSTS/MAIN/line:TOTAL/TOTAL";
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("0", NarrativeFigure.Unit.WAN_YUAN, agency, null)))
                        .findings("NAR-AMOUNT"))
                .isEmpty();
        assertThat(VALIDATOR
                        .validate(withNarrative(seed, figure("3", NarrativeFigure.Unit.WAN_YUAN, agency, null)))
                        .findings("NAR-AMOUNT"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void catalogCodeIsCheckedAgainstACompleteCatalog() throws IOException {
        Disclosure published = seed("000");
        assertThat(VALIDATOR.validate(published).findings("CAT-CODE")).isEmpty();
        String functional = "code,name,level,parent\n208,社会保障和就业支出,class,\n210,卫生健康支出,class,\n";
        ClassificationCatalog classesOnly = ClassificationCatalog.builder(CatalogEdition.of(Year.of(2025), "test"))
                .readFunctional(new StringReader(functional), "test.csv")
                .complete(Classification.FUNCTIONAL)
                .build();
        List<Finding> invalid = Validator.builder()
                .catalog(classesOnly)
                .build()
                .validate(published)
                .findings("CAT-CODE");
        assertThat(invalid).isNotEmpty().allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(invalid)
                .anyMatch(f -> f.location().row().equals(java.util.Optional.of(RowKey.parse("functional:2080107"))));
    }

    @Test
    void catalogNameWarnsOnANameThatIsNotTheCodes() throws IOException {
        Disclosure published = seed("000");
        assertThat(above(published, "CAT-NAME", Severity.WARNING)).isEmpty();
        BudgetTable expenditure = published.table(TableKind.BUDGET_EXPENDITURE).orElseThrow();
        List<Row> rows = expenditure.rows().stream()
                .map(r -> r.key().equals(RowKey.parse("functional:2080107"))
                        ? Row.builder().from(r).name("事业运行").build()
                        : r)
                .toList();
        BudgetDisclosure renamed = BudgetDisclosure.builder()
                .from((BudgetDisclosure) published)
                .putTables(
                        TableKind.BUDGET_EXPENDITURE,
                        BudgetTable.builder().from(expenditure).rows(rows).build())
                .build();
        assertThat(above(renamed, "CAT-NAME", Severity.WARNING))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("事业运行").contains("社会保险业务管理事务"));
    }

    @Test
    void governmentMappingWarnsWhenTheUnitTypeDoesNotFit() throws IOException {
        Disclosure institution = seed("000");
        assertThat(VALIDATOR.validate(institution).findings("CAT-GOV-MAPPING")).isEmpty();
        Disclosure asAdministrative = withType(institution, UnitType.ADMINISTRATIVE);
        List<Finding> found = VALIDATOR.validate(asAdministrative).findings("CAT-GOV-MAPPING");
        assertThat(found).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(found).anyMatch(f -> f.messageZh().contains("工资奖金津补贴"));
    }

    @Test
    void agencyCostsAreCheckedOnlyWhereTheUnitTypeSaysSo() throws IOException {
        assertThat(VALIDATOR.validate(seed("000")).findings("BUD-AGENCY")).isEmpty();
        Disclosure unknownType = SeedValidationTest.seed002();
        Disclosure changed = Disclosures.withCell(
                unknownType,
                TableKind.AGENCY_OPERATING_COSTS,
                Section.MAIN,
                RowKey.parse("line:TOTAL"),
                Column.GENERAL_PUBLIC_BUDGET,
                Amount.parse("400.00", AmountUnit.WAN_YUAN));
        assertThat(VALIDATOR.validate(changed).findings("BUD-AGENCY"))
                .as("cannot decide without the type")
                .isEmpty();
    }
}
