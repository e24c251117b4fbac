package org.yusuan.budget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;

class NarrativeWriterTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    private static BudgetLine line(
            String item, String economic, FundSource fund, ExpenditureKind kind, Origin origin, String wan) {
        var b = BudgetLine.builder()
                .functional(FunctionalCode.of(item))
                .economic(EconomicCode.of(economic))
                .fund(fund)
                .kind(kind)
                .origin(origin)
                .amount(Amount.parse(wan, AmountUnit.WAN_YUAN));
        if (kind == ExpenditureKind.PROJECT) {
            b.project("业务经办费");
        }
        return b.build();
    }

    /** A small budget of an administrative unit: salaries, office costs, reception, a project, a carry-over. */
    static BudgetDisclosure small(int year, String reception, String project) {
        FundSource general = FundSource.GENERAL_PUBLIC_BUDGET;
        List<BudgetLine> lines = List.of(
                line("2080101", "30101", general, ExpenditureKind.BASIC_PERSONNEL, Origin.CURRENT_YEAR, "1200.00"),
                line("2080101", "30201", general, ExpenditureKind.BASIC_PUBLIC, Origin.CURRENT_YEAR, "86.40"),
                line("2080101", "30217", general, ExpenditureKind.BASIC_PUBLIC, Origin.CURRENT_YEAR, reception),
                line("2101101", "30108", general, ExpenditureKind.BASIC_PERSONNEL, Origin.CURRENT_YEAR, "63.18"),
                line("2080107", "30227", general, ExpenditureKind.PROJECT, Origin.CURRENT_YEAR, project),
                line("2080107", "30227", FundSource.UNIT_FUNDS, ExpenditureKind.PROJECT, Origin.CURRENT_YEAR, "10.00"),
                line("2080107", "30227", general, ExpenditureKind.PROJECT, Origin.CARRY_OVER, "29.30"));
        return Ledger.builder()
                .unit(BudgetUnit.builder()
                        .name("山西省社会保险局")
                        .type(UnitType.ADMINISTRATIVE)
                        .build())
                .year(Year.of(year))
                .lines(lines)
                .build()
                .compile(RoundingPolicy.TAIL_FREE, CATALOG);
    }

    @Test
    void writesTheStandardSentencesAtThePublishedPrecision() {
        assertThat(NarrativeWriter.write(small(2026, "5.00", "2450.50"))).isEqualTo("""
                        一、单位预算收支数据变动情况及原因

                        2026年度山西省社会保险局预算收入总计3,844.38万元，其中：本年收入3,815.08万元，上年结转29.30万元；\
                        本年单位预算支出总计3,844.38万元，其中：本年预算安排3,815.08万元，上年结转29.30万元。

                        二、收入预算情况说明

                        2026年度山西省社会保险局预算收入3,844.38万元，主要包括一般公共预算拨款收入3,805.08万元，占98.98%；\
                        政府性基金预算拨款收入0万元，占0%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；\
                        单位资金10.00万元，占0.26%；上年结转29.30万元，占0.76%。

                        三、支出预算情况说明

                        2026年度山西省社会保险局支出预算3,844.38万元，其中：基本支出1,354.58万元，占35.24%；项目支出2,489.80万元，占64.76%。

                        四、一般公共预算支出情况说明

                        2026年度山西省社会保险局一般公共预算当年支出3,805.08万元，主要用于以下方面：\
                        社会保障和就业支出3,741.90万元，占98.34%；卫生健康支出63.18万元，占1.66%。

                        五、一般公共预算基本支出情况说明

                        2026年度山西省社会保险局一般公共预算安排基本支出1,354.58万元，其中：人员经费1,263.18万元；公用经费91.40万元。

                        六、“三公”经费增减变动原因说明

                        2026年度山西省社会保险局财政拨款安排的“三公”经费预算5.00万元。其中：因公出国（境）费0万元；\
                        公务接待费5.00万元；公务用车购置及运行费0万元；公务用车购置费0万元；公务用车运行维护费0万元。

                        七、机关运行经费增减变动原因说明

                        本单位机关运行经费财政拨款预算91.40万元。

                        """);
    }

    @Test
    void writesTheYearOnYearChangesAgainstLastYearsDisclosureWithNoRateOnAZeroBase() {
        String text = NarrativeWriter.write(small(2026, "5.00", "2450.50"), small(2025, "0", "2300.50"));
        assertThat(text)
                .contains("预算收入总计3,844.38万元，其中：本年收入3,815.08万元，上年结转29.30万元，比上年增加155.00万元，增长4.20%；")
                .contains("一般公共预算当年支出3,805.08万元，比上年增加155.00万元，增长4.25%，主要用于以下方面：")
                .contains("“三公”经费预算5.00万元，比上年增加5.00万元。其中：因公出国（境）费0万元，与上年持平；" + "公务接待费5.00万元，比上年增加5.00万元；")
                .contains("本单位机关运行经费财政拨款预算91.40万元，比上年增加5.00万元，增长5.79%。");
        assertThat(NarrativeWriter.write(small(2025, "0", "2300.50"), small(2026, "5.00", "2450.50")))
                .contains("比上年减少155.00万元，下降4.03%")
                .contains("公务接待费0万元，比上年减少5.00万元，下降100.00%");
    }

    @Test
    void saysAUnitWithoutAgencyOperatingCostsHasNone() {
        BudgetDisclosure d = small(2026, "5.00", "2450.50");
        BudgetDisclosure institution = BudgetDisclosure.builder()
                .from(d)
                .unit(BudgetUnit.builder()
                        .from(d.unit())
                        .type(UnitType.PUBLIC_INSTITUTION)
                        .build())
                .build();
        assertThat(NarrativeWriter.write(institution)).contains("本单位机关运行经费财政拨款预算91.40万元");
        BudgetDisclosure compiled = Ledger.builder()
                .unit(institution.unit())
                .year(Year.of(2026))
                .lines(List.of(line(
                        "2080101",
                        "30201",
                        FundSource.GENERAL_PUBLIC_BUDGET,
                        ExpenditureKind.BASIC_PUBLIC,
                        Origin.CURRENT_YEAR,
                        "1.00")))
                .build()
                .compile(RoundingPolicy.TAIL_FREE, CATALOG);
        assertThat(NarrativeWriter.write(compiled)).endsWith("七、机关运行经费增减变动原因说明\n\n本单位无机关运行经费。\n\n");
    }

    @Test
    void writesNothingForADisclosureWithoutItsTables() {
        BudgetDisclosure d = small(2026, "5.00", "2450.50");
        assertThat(NarrativeWriter.write(
                        BudgetDisclosure.builder().unit(d.unit()).year(d.year()).build()))
                .isEmpty();
    }
}
