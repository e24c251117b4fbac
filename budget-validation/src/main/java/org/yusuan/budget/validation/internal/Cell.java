package org.yusuan.budget.validation.internal;

import java.util.Optional;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * One published cell with where it is.
 *
 * @param table the table
 * @param row the row
 * @param column the column
 * @param value the amount
 */
public record Cell(BudgetTable table, Row row, Column column, Amount value) {
    /** The cell of a row and column, if the row has it. */
    public static Optional<Cell> of(BudgetTable table, Row row, Column column) {
        return row.cell(column).map(v -> new Cell(table, row, column, v));
    }

    /** The cell at a section, key and column of a table of the disclosure, if all are there. */
    public static Optional<Cell> find(Disclosure d, TableKind kind, Section section, RowKey key, Column column) {
        return d.table(kind).flatMap(t -> t.row(section, key).flatMap(r -> of(t, r, column)));
    }

    /** A short description: {@code BUDGET_SUMMARY line:INCOME_GRAND_TOTAL TOTAL}. */
    public String describe() {
        return table.kind() + " " + row.key() + " " + column;
    }
}
