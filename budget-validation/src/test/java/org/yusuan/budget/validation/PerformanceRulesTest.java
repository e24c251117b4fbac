package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.performance.TargetValue;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

class PerformanceRulesTest {
    private static final Validator VALIDATOR = Validator.builder().build();
    private static final String NAME = "社会保障卡工作经费";

    private static IndicatorGroup group(IndicatorKind kind, String... nameValue) {
        List<Indicator> indicators = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            indicators.add(new Indicator(nameValue[i], TargetValue.parse(nameValue[i + 1]), OptionalInt.of(40 + i)));
        }
        return new IndicatorGroup(kind.category(), kind, indicators, OptionalInt.empty());
    }

    private static IndicatorTree completeTree(String costValue) {
        return new IndicatorTree(List.of(
                group(IndicatorKind.QUANTITY, "支付社保卡卡数", "≤150000张"),
                group(IndicatorKind.QUALITY, "制作的社保卡合格率", "100%"),
                group(IndicatorKind.TIMELINESS, "项目支付进度", "年底前完成"),
                group(IndicatorKind.COST, "单卡制作成本", costValue),
                group(IndicatorKind.ECONOMIC_BENEFIT),
                group(IndicatorKind.SOCIAL_BENEFIT, "是否能保证办卡人员正常使用", "是"),
                group(IndicatorKind.SATISFACTION, "办理社保卡群众满意度", "≥90%")));
    }

    private static PerformanceTarget target(long yearTotal, long provincial, IndicatorTree tree) {
        return PerformanceTarget.builder()
                .projectName(NAME)
                .yearTotal(Amount.ofYuan(yearTotal))
                .yearFunds(
                        Map.of(FundingLevel.PROVINCIAL, Amount.ofYuan(provincial), FundingLevel.CENTRAL, Amount.ZERO))
                .yearIndicators(tree)
                .sourceLine(421)
                .build();
    }

    private static Disclosure budget(PerformanceTarget target) {
        BudgetTable projects = BudgetTable.builder()
                .kind(TableKind.PROJECT_EXPENDITURE)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL)
                .addRows(Row.builder()
                        .key(new RowKey.Project(NAME))
                        .putCells(Column.TOTAL, Amount.parse("143.12", AmountUnit.WAN_YUAN))
                        .build())
                .build();
        return BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试").build())
                .year(Year.of(2025))
                .putTables(TableKind.PROJECT_EXPENDITURE, projects)
                .addProjects(Project.builder().name(NAME).target(target).build())
                .build();
    }

    private static List<Finding> findings(Disclosure d, String rule) {
        return VALIDATOR.validate(d).findings(rule);
    }

    @Test
    void fundsAddUpAndMatchTheProjectTable() {
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤18元"))), "PRF-FUNDS"))
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_400_000, completeTree("≤18元"))), "PRF-FUNDS"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        // 年度资金总额 of 1,531,200 元 against 143.12 万元
        assertThat(findings(budget(target(1_531_200, 1_531_200, completeTree("≤18元"))), "PRF-FUNDS"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("1531200"));
        // 1,431,240 元 prints as 143.12 万元: the same amount
        assertThat(findings(budget(target(1_431_240, 1_431_240, completeTree("≤18元"))), "PRF-FUNDS"))
                .isEmpty();
    }

    /** A target with its year total and funding levels in fen, as a damaged file may give them. */
    private static PerformanceTarget targetInFen(long yearTotal, long provincial, long central) {
        return PerformanceTarget.builder()
                .projectName(NAME)
                .yearTotal(Amount.ofFen(yearTotal))
                .yearFunds(Map.of(
                        FundingLevel.PROVINCIAL, Amount.ofFen(provincial), FundingLevel.CENTRAL, Amount.ofFen(central)))
                .yearIndicators(completeTree("≤18元"))
                .sourceLine(421)
                .build();
    }

    @Test
    void fundsBeyondTheRangeOfAnAmountAreAnErrorNotAFailure() {
        long big = Long.MAX_VALUE - 5;
        // the levels add up beyond the range; the total is the project table's 143.12 万元
        assertThat(findings(budget(targetInFen(143_120_000L, big, big)), "PRF-FUNDS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("超出金额的表示范围");
                });
        // a total that rounds beyond the range at the project table's precision (万元, 2 decimals)
        long max = Long.MAX_VALUE;
        assertThat(findings(budget(targetInFen(max, max, 0)), "PRF-FUNDS"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aCompleteTreePassesAndAMissingGroupWarns() {
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤18元"))), "PRF-TREE"))
                .isEmpty();
        IndicatorTree noTimeliness = new IndicatorTree(completeTree("≤18元").groups().stream()
                .filter(g -> g.kind() != IndicatorKind.TIMELINESS)
                .toList());
        assertThat(findings(budget(target(1_431_200, 1_431_200, noTimeliness)), "PRF-TREE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageZh()).contains("时效指标");
                });
        IndicatorTree noSatisfaction = new IndicatorTree(completeTree("≤18元").groups().stream()
                .filter(g -> g.category() != IndicatorCategory.SATISFACTION)
                .toList());
        assertThat(findings(budget(target(1_431_200, 1_431_200, noSatisfaction)), "PRF-TREE"))
                .hasSize(1);
    }

    @Test
    void valuesAreWellFormed() {
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤18元"))), "PRF-VALUE"))
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤2个"))), "PRF-VALUE"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("不是金额"));
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("及时及时"))), "PRF-VALUE"))
                .extracting(Finding::messageEn)
                .anySatisfy(m -> assertThat(m).contains("not money"))
                .anySatisfy(m -> assertThat(m).contains("repeats \"及时\""));
        IndicatorTree percent = new IndicatorTree(List.of(group(IndicatorKind.QUALITY, "合格率", "120%")));
        assertThat(findings(budget(target(1_431_200, 1_431_200, percent)), "PRF-VALUE"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("outside 0–100%"));
    }

    private static Disclosure evaluated(String rate, String total, String grade, String score) {
        SelfEvaluation e = SelfEvaluation.builder()
                .projectName(NAME)
                .decimals(3)
                .annualBudget(Amount.parse("29.099", AmountUnit.WAN_YUAN))
                .executed(Amount.parse("29.099", AmountUnit.WAN_YUAN))
                .executionRate(new BigDecimal(rate))
                .executionWeight(BigDecimal.TEN)
                .executionScore(BigDecimal.TEN)
                .addIndicators(new EvaluatedIndicator(
                        Optional.of(IndicatorCategory.OUTPUT),
                        Optional.of(IndicatorKind.QUANTITY),
                        "产出指标",
                        "数量指标",
                        "托管设备",
                        TargetValue.parse("≥10台"),
                        Optional.empty(),
                        TargetValue.parse("10台"),
                        Optional.of(BigDecimal.valueOf(50)),
                        Optional.of(new BigDecimal(score)),
                        Optional.empty(),
                        OptionalInt.of(580)))
                .addIndicators(new EvaluatedIndicator(
                        Optional.of(IndicatorCategory.SATISFACTION),
                        Optional.of(IndicatorKind.SATISFACTION),
                        "满意度指标",
                        "服务对象满意度指标",
                        "满意度",
                        TargetValue.parse("≥90%"),
                        Optional.empty(),
                        TargetValue.parse("95%"),
                        Optional.of(BigDecimal.valueOf(40)),
                        Optional.of(BigDecimal.valueOf(40)),
                        Optional.empty(),
                        OptionalInt.of(581)))
                .totalScore(new BigDecimal(total))
                .gradeText(grade)
                .sourceLine(570)
                .build();
        return FinalAccountsDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试").build())
                .year(Year.of(2023))
                .addProjects(Project.builder().name(NAME).evaluation(e).build())
                .build();
    }

    @Test
    void aSelfEvaluationAgreesWithItself() {
        assertThat(findings(evaluated("100", "100", "优", "50"), "PRF-SELF-EVAL"))
                .isEmpty();
        assertThat(findings(evaluated("69", "100", "优", "50"), "PRF-SELF-EVAL"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("执行率 69%").contains("100.00%"));
        assertThat(findings(evaluated("100", "95", "优", "50"), "PRF-SELF-EVAL"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("not the sum"));
        assertThat(findings(evaluated("100", "100", "良", "50"), "PRF-SELF-EVAL"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("graded EXCELLENT"));
        assertThat(findings(evaluated("100", "105", "优", "55"), "PRF-SELF-EVAL"))
                .extracting(Finding::messageEn)
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("more than its weight"))
                .anySatisfy(m -> assertThat(m).contains("outside 0–100"));
    }

    /** {@code evaluated("100", …)} with a 项目绩效分析 text under 项目实施和预算执行情况. */
    private static Disclosure analysed(String text) {
        FinalAccountsDisclosure d = (FinalAccountsDisclosure) evaluated("100", "100", "优", "50");
        SelfEvaluation e = SelfEvaluation.builder()
                .from(d.projects().get(0).evaluation().orElseThrow())
                .putAnalysis("项目实施和预算执行情况", text)
                .build();
        return FinalAccountsDisclosure.builder()
                .from(d)
                .projects(List.of(Project.builder().name(NAME).evaluation(e).build()))
                .build();
    }

    @Test
    void theAnalysisTextStatesTheRateAndAmountTheTablePrints() {
        // seed 004, line 557: the table prints 29.099 of 29.099 and 100, the text 42 budgeted and 69%
        assertThat(findings(analysed("预算下达29.099万元，实际执行29.099万元，预算执行率为100%。"), "PRF-ANALYSIS"))
                .isEmpty();
        assertThat(findings(analysed("实际执行29.1万元"), "PRF-ANALYSIS"))
                .as("29.1 stands for 29.05–29.15, which holds 29.099")
                .isEmpty();
        assertThat(findings(analysed("2023年预算下达42万元，实际执行29.099万元，预算执行率为69%，偏差原因是…"), "PRF-ANALYSIS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageZh()).contains("执行率69%").contains("100");
                });
        assertThat(findings(analysed("实际支出30万元"), "PRF-ANALYSIS"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.messageEn()).contains("30 万元 executed").contains("29.099"));
    }

    @Test
    void theCostIndicatorsNameNoMoreMoneyThanTheFunds() {
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤20万元"))), "PRF-COST"))
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤143.12万元"))), "PRF-COST"))
                .as("equal to the total is not more")
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤9元/张"))), "PRF-COST"))
                .as("a rate per unit is not a total")
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≥200万元"))), "PRF-COST"))
                .as("≥ names no upper bound")
                .isEmpty();
        assertThat(findings(budget(target(1_431_200, 1_431_200, completeTree("≤200万元"))), "PRF-COST"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn())
                        .contains("year cost indicators add up to 2000000 yuan")
                        .contains("1431200"));
    }
}
