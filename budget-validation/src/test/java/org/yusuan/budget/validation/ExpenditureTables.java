package org.yusuan.budget.validation;

import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ImmutableBudgetTable;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;

/** The smallest expenditure table the validation tests build on: a TOTAL column and its 合计 line. */
public final class ExpenditureTables {
    private ExpenditureTables() {}

    /**
     * A builder of a 支出总表 in 元 with two decimals, one column (TOTAL) and its 合计 line, to which a
     * test adds its rows.
     *
     * @param total the 合计 line's TOTAL, in fen
     * @return the builder
     */
    public static ImmutableBudgetTable.Builder withTotal(long total) {
        return BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL)
                .addRows(Row.builder()
                        .key(new RowKey.Fixed(Line.TOTAL))
                        .name("合计")
                        .putCells(Column.TOTAL, Amount.ofFen(total))
                        .build());
    }
}
