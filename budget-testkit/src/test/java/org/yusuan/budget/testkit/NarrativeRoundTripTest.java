package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.NarrativeWriter;
import org.yusuan.budget.validation.Validator;

/** The narrative NarrativeWriter writes, imported back: each figure linked to the cell it was written from. */
class NarrativeRoundTripTest {
    private static BudgetLine line(String item, String economic, ExpenditureKind kind, String wan) {
        var b = BudgetLine.builder()
                .functional(FunctionalCode.of(item))
                .economic(EconomicCode.of(economic))
                .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                .kind(kind)
                .amount(Amount.parse(wan, AmountUnit.WAN_YUAN));
        if (kind == ExpenditureKind.PROJECT) {
            b.project("业务经办费");
        }
        return b.build();
    }

    private static BudgetDisclosure budget(int year, String reception) {
        return Ledger.builder()
                .unit(BudgetUnit.builder()
                        .name("山西省社会保险局")
                        .type(UnitType.ADMINISTRATIVE)
                        .build())
                .year(Year.of(year))
                .lines(List.of(
                        line("2080101", "30101", ExpenditureKind.BASIC_PERSONNEL, "1200.00"),
                        line("2080101", "30217", ExpenditureKind.BASIC_PUBLIC, reception),
                        line("2080107", "30227", ExpenditureKind.PROJECT, "300.00")))
                .build()
                .compile(RoundingPolicy.TAIL_FREE, ClassificationCatalog.bundled());
    }

    @Test
    void everyFigureWrittenIsLinkedToItsCellAndAgreesWithIt() {
        BudgetDisclosure d = budget(2026, "5.00");
        String text = TextRendering.render(d, NarrativeWriter.write(d, budget(2025, "4.00")));
        Disclosure back =
                DisclosureImporter.standard().read(text, "rendered.txt").disclosure();
        assertThat(back.narrative())
                .filteredOn(f -> f.cell().isPresent())
                .extracting(
                        f -> f.label() + " " + f.cell().map(CellRef::toString).orElseThrow()
                                + f.base().map(b -> " of " + b).orElse(""))
                .contains(
                        "预算收入总计 BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL",
                        "本年预算安排 BUDGET_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/CURRENT_YEAR",
                        "一般公共预算拨款收入占比 BUDGET_SUMMARY/INCOME/fund:GENERAL_PUBLIC_BUDGET/TOTAL"
                                + " of BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL",
                        "项目支出占比 BUDGET_EXPENDITURE/MAIN/line:TOTAL/PROJECT of BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL",
                        "社会保障和就业支出 GENERAL_BUDGET_EXPENDITURE/MAIN/functional:208/TOTAL",
                        "人员经费 BASIC_EXPENDITURE_BY_ECONOMIC/MAIN/line:TOTAL/PERSONNEL",
                        "公用经费 BASIC_EXPENDITURE_BY_ECONOMIC/MAIN/line:TOTAL/PUBLIC",
                        "财政拨款安排的“三公”经费预算 THREE_PUBLIC_EXPENSES/MAIN/line:TOTAL/TOTAL",
                        "公务接待费 THREE_PUBLIC_EXPENSES/MAIN/item:RECEPTION/TOTAL",
                        "本单位机关运行经费财政拨款预算 AGENCY_OPERATING_COSTS/MAIN/line:TOTAL/TOTAL");
        assertThat(back.narrative())
                .filteredOn(f -> f.cell().isEmpty())
                .extracting(NarrativeFigure::label)
                .allMatch(l -> l.endsWith("增加") || l.endsWith("增长"));
        assertThat(Validator.builder().build().validate(back).findings())
                .noneMatch(f -> f.ruleId().startsWith("NAR-"));
        assertThat(back.changes())
                .filteredOn(c -> c.movements().size() == 2)
                .extracting(c -> c.current().orElseThrow().value().toPlainString() + " "
                        + c.movements().get(0).figure().value() + " "
                        + c.movements().get(1).figure().value() + "%")
                .containsExactly(
                        "1505.00 1.00 0.07%", // 收入总计
                        "1505.00 1.00 0.07%", // 支出总计
                        "1505.00 1.00 0.07%", // 一般公共预算当年支出
                        "5.00 1.00 25.00%", // “三公”经费
                        "5.00 1.00 25.00%", // 公务接待费
                        "5.00 1.00 25.00%"); // 机关运行经费
    }
}
