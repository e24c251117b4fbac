package org.yusuan.budget.io.csv;

import java.util.Objects;
import java.util.OptionalInt;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * One published cell as a fact: which table, row and column it is, what it says, and in which unit
 * and precision it was published.
 *
 * @param table the table
 * @param section the row's section
 * @param row the row's key
 * @param rowName the row's name as published
 * @param column the column
 * @param amount the amount
 * @param unit the unit it was published in
 * @param decimals the decimals it was published with
 * @param sourceLine the line of the source document, when known
 */
public record Fact(
        TableKind table,
        Section section,
        RowKey row,
        String rowName,
        Column column,
        Amount amount,
        AmountUnit unit,
        int decimals,
        OptionalInt sourceLine) {
    /** Checks nothing is missing. */
    public Fact {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(rowName, "rowName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sourceLine, "sourceLine");
    }
}
