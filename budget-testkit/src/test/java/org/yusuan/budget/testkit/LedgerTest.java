package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;

class LedgerTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();
    private static final BudgetUnit UNIT =
            BudgetUnit.builder().name("山西省社会保险局").type(UnitType.ADMINISTRATIVE).build();

    private static BudgetLine basic(String item, String economic, ExpenditureKind kind, long yuan) {
        return BudgetLine.builder()
                .functional(FunctionalCode.of(item))
                .economic(EconomicCode.of(economic))
                .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                .kind(kind)
                .amount(Amount.ofYuan(yuan))
                .build();
    }

    private static Ledger ledger(List<BudgetLine> lines) {
        return Ledger.builder().unit(UNIT).year(Year.of(2026)).lines(lines).build();
    }

    private static Amount wan(String text) {
        return Amount.parse(text, AmountUnit.WAN_YUAN);
    }

    @Test
    void independentRoundingProducesTheTailsRealDocumentsShowAndTailFreeDoesNot() {
        // three lines of 40 yuan: each rounds to 0.00 万元, their sum of 120 yuan to 0.01
        Ledger ledger = ledger(List.of(
                basic("2080101", "30201", ExpenditureKind.BASIC_PUBLIC, 40),
                basic("2080107", "30201", ExpenditureKind.BASIC_PUBLIC, 40),
                basic("2080109", "30201", ExpenditureKind.BASIC_PUBLIC, 40)));
        BudgetDisclosure independent = ledger.compile(RoundingPolicy.INDEPENDENT, CATALOG);
        BudgetDisclosure tailFree = ledger.compile(RoundingPolicy.TAIL_FREE, CATALOG);
        assertThat(independent
                        .table(TableKind.BUDGET_EXPENDITURE)
                        .orElseThrow()
                        .cell(new RowKey.Fixed(Line.TOTAL), Column.TOTAL))
                .contains(wan("0.01"));
        assertThat(independent
                        .table(TableKind.BUDGET_EXPENDITURE)
                        .orElseThrow()
                        .cell(new RowKey.Functional(FunctionalCode.of("2080101")), Column.TOTAL))
                .contains(Amount.ZERO);
        assertThat(LedgerProperties.Identities.violations(independent)).anyMatch(v -> v.contains("Σ children"));
        assertThat(LedgerProperties.Identities.violations(tailFree)).isEmpty();
        assertThat(tailFree.table(TableKind.BUDGET_EXPENDITURE)
                        .orElseThrow()
                        .cell(new RowKey.Fixed(Line.TOTAL), Column.TOTAL))
                .contains(Amount.ZERO);
    }

    @Test
    void compilesEveryBudgetTableWithNamesFromTheCatalog() {
        BudgetLine reception = basic("2080101", "30217", ExpenditureKind.BASIC_PUBLIC, 50_000);
        BudgetLine wage = basic("2080101", "30101", ExpenditureKind.BASIC_PERSONNEL, 2_559_900);
        BudgetLine project = BudgetLine.builder()
                .functional(FunctionalCode.of("2080108"))
                .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                .kind(ExpenditureKind.PROJECT)
                .project("社会保障卡工本费支出")
                .origin(Origin.CARRY_OVER)
                .amount(Amount.ofYuan(400_000))
                .build();
        BudgetDisclosure d = ledger(List.of(reception, wage, project)).compile(RoundingPolicy.INDEPENDENT, CATALOG);
        assertThat(d.tables()).hasSize(13);
        BudgetTable summary = d.table(TableKind.BUDGET_SUMMARY).orElseThrow();
        assertThat(summary.row(Section.INCOME, new RowKey.Fixed(Line.INCOME_GRAND_TOTAL))
                        .orElseThrow()
                        .cell(Column.TOTAL))
                .contains(wan("300.99"));
        assertThat(summary.row(Section.EXPENDITURE, new RowKey.Functional(FunctionalCode.of("208")))
                        .orElseThrow()
                        .name())
                .isEqualTo("社会保障和就业支出");
        BudgetTable economic = d.table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC).orElseThrow();
        assertThat(economic.row(new RowKey.Economic(EconomicCode.of("30101")))
                        .orElseThrow()
                        .governmentName())
                .contains("工资奖金津补贴");
        assertThat(d.table(TableKind.THREE_PUBLIC_EXPENSES)
                        .orElseThrow()
                        .cell(new RowKey.Item(ExpenseItem.RECEPTION), Column.TOTAL))
                .contains(wan("5.00"));
        assertThat(d.table(TableKind.AGENCY_OPERATING_COSTS)
                        .orElseThrow()
                        .cell(new RowKey.Fixed(Line.TOTAL), Column.TOTAL))
                .contains(wan("5.00"));
        assertThat(d.table(TableKind.PROJECT_EXPENDITURE).orElseThrow().publishedEmpty())
                .isTrue();
        assertThat(d.table(TableKind.CARRY_OVER_PROJECT_EXPENDITURE)
                        .orElseThrow()
                        .cell(new RowKey.Project("社会保障卡工本费支出"), Column.TOTAL))
                .contains(wan("40.00"));
        assertThat(d.table(TableKind.GOVERNMENT_FUND_INCOME).orElseThrow().publishedEmpty())
                .isTrue();
        assertThat(d.projects()).extracting(p -> p.name()).containsExactly("社会保障卡工本费支出");
    }

    @Test
    void aPublicInstitutionPublishesNoAgencyOperatingCosts() {
        BudgetUnit institution = BudgetUnit.builder()
                .name("山西省工伤保险管理服务中心")
                .type(UnitType.PUBLIC_INSTITUTION)
                .build();
        BudgetDisclosure d = Ledger.builder()
                .unit(institution)
                .year(Year.of(2025))
                .addLines(basic("2080150", "30201", ExpenditureKind.BASIC_PUBLIC, 23_400))
                .build()
                .compile(RoundingPolicy.TAIL_FREE, CATALOG);
        assertThat(d.table(TableKind.AGENCY_OPERATING_COSTS).orElseThrow().publishedEmpty())
                .isTrue();
        assertThat(d.table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC)
                        .orElseThrow()
                        .row(new RowKey.Economic(EconomicCode.of("30201")))
                        .orElseThrow()
                        .governmentName())
                .contains("商品和服务支出");
    }

    @Test
    void rejectsLinesThatCannotBePublished() {
        assertThatThrownBy(() -> BudgetLine.builder()
                        .functional(FunctionalCode.of("20801"))
                        .economic(EconomicCode.of("30101"))
                        .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                        .kind(ExpenditureKind.BASIC_PERSONNEL)
                        .amount(Amount.ZERO)
                        .build())
                .hasMessageContaining("20801");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .functional(FunctionalCode.of("2080101"))
                        .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                        .kind(ExpenditureKind.BASIC_PERSONNEL)
                        .amount(Amount.ZERO)
                        .build())
                .hasMessageContaining("economic code");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .functional(FunctionalCode.of("2080101"))
                        .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                        .kind(ExpenditureKind.PROJECT)
                        .amount(Amount.ZERO)
                        .build())
                .hasMessageContaining("project");
        assertThatThrownBy(() -> basic("2080101", "30101", ExpenditureKind.BASIC_PERSONNEL, -1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> BudgetLine.builder()
                        .functional(FunctionalCode.of("2080101"))
                        .economic(EconomicCode.of("50101"))
                        .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                        .kind(ExpenditureKind.BASIC_PERSONNEL)
                        .amount(Amount.ZERO)
                        .build())
                .hasMessageContaining("50101");
        assertThatThrownBy(() -> Ledger.builder()
                        .unit(BudgetUnit.builder().name("x").build())
                        .year(Year.of(2025))
                        .build())
                .hasMessageContaining("type");
    }
}
