package org.yusuan.budget.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

class BudgetTableTest {
    private static Amount wan(String text) {
        return Amount.parse(text, AmountUnit.WAN_YUAN);
    }

    private static ImmutableBudgetTable.Builder expenditure() {
        return BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL, Column.BASIC, Column.PROJECT);
    }

    private static Row row(String code, String total) {
        return Row.builder()
                .key(new RowKey.Functional(FunctionalCode.of(code)))
                .name("x")
                .putCells(Column.TOTAL, wan(total))
                .build();
    }

    @Test
    void findsRowsAndCellsByKeyAndSection() {
        BudgetTable t = expenditure()
                .addRows(row("208", "1507.14"), row("20801", "1355.98"))
                .sourceLine(100)
                .build();
        RowKey key = new RowKey.Functional(FunctionalCode.of("20801"));
        assertThat(t.cell(key, Column.TOTAL)).contains(wan("1355.98"));
        assertThat(t.cell(key, Column.BASIC)).as("a column this row lacks").isEmpty();
        assertThat(t.row(Section.MAIN, key)).isPresent();
        assertThat(t.row(Section.INCOME, key)).isEmpty();
        assertThat(t.rows(Section.MAIN)).hasSize(2);
        assertThat(t.kind().disclosure()).isEqualTo(DisclosureKind.BUDGET);
    }

    @Test
    void rejectsACellInAColumnTheTableLacks() {
        Row row = Row.builder()
                .key(new RowKey.Fixed(Line.TOTAL))
                .putCells(Column.PERSONNEL, Amount.ZERO)
                .build();
        assertThatThrownBy(() -> expenditure().addRows(row).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERSONNEL");
    }

    @Test
    void rejectsACellFinerThanThePublishedPrecision() {
        assertThatThrownBy(() -> expenditure().addRows(row("208", "1.001")).build())
                .hasMessageContaining("finer than 2 decimals");
    }

    @Test
    void rejectsTheSameRowTwiceAndRowsInAnEmptyTable() {
        assertThatThrownBy(() ->
                        expenditure().addRows(row("208", "1"), row("208", "2")).build())
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> expenditure()
                        .publishedEmpty(true)
                        .addRows(row("208", "1"))
                        .build())
                .hasMessageContaining("本表无数据");
        assertThat(expenditure().publishedEmpty(true).build().rows()).isEmpty();
    }

    @Test
    void rowKeysHaveAStableTextForm() {
        for (RowKey key : new RowKey[] {
            new RowKey.Functional(FunctionalCode.of("2080107")),
            new RowKey.Economic(EconomicCode.of("30217")),
            new RowKey.Fund(FundSource.UNIT_FUNDS),
            new RowKey.Project("工伤认定、劳动能力鉴定数据治理 费"),
            new RowKey.Unit("山西省社会保险局"),
            new RowKey.Item(ExpenseItem.RECEPTION),
            new RowKey.Fixed(Line.INCOME_GRAND_TOTAL)
        }) {
            assertThat(RowKey.parse(key.toString())).isEqualTo(key);
        }
        assertThatThrownBy(() -> RowKey.parse("functional:20")).hasMessageContaining("\"functional:20\"");
        assertThatThrownBy(() -> RowKey.parse("nothing")).hasMessageContaining("\"nothing\"");
        assertThatThrownBy(() -> new RowKey.Project(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expenseItemsKnowTheirEconomicCodesAndWhetherTheyAreThreePublic() {
        assertThat(ExpenseItem.RECEPTION.economicCode()).contains(EconomicCode.of("30217"));
        assertThat(ExpenseItem.VEHICLE_PURCHASE.economicCode()).isEmpty();
        assertThat(ExpenseItem.MEETINGS.isThreePublic()).isFalse();
        assertThat(ExpenseItem.TRAVEL_ABROAD.isThreePublic()).isTrue();
    }
}
