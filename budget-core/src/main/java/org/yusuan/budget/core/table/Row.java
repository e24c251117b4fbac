package org.yusuan.budget.core.table;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.money.Amount;

/**
 * One row of a published table: what it is about ({@link #key()}), its name as printed, and its
 * cells. A cell is present for every column of the table that applies to the row (a blank printed
 * cell is {@link Amount#ZERO}); a column that does not apply to the row (printed {@code ——}, or not
 * printed on that side of a two-sided table) has no cell.
 *
 * <pre>{@code
 * Row row = Row.builder()
 *         .key(new RowKey.Functional(FunctionalCode.of("2080107")))
 *         .name("社会保险业务管理事务")
 *         .putCells(Column.TOTAL, Amount.parse("446.71", AmountUnit.WAN_YUAN))
 *         .putCells(Column.BASIC, Amount.ZERO)
 *         .sourceLine(111)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Row {
    Row() {}

    /** A builder; {@code key} is required, the section defaults to {@link Section#MAIN}. */
    public static ImmutableRow.Builder builder() {
        return ImmutableRow.builder();
    }

    /** The part of the table the row sits in. */
    @Value.Default
    public Section section() {
        return Section.MAIN;
    }

    /** What the row is about. */
    public abstract RowKey key();

    /** The row's name exactly as printed (cut short, with its ordinal); empty if none was printed. */
    @Value.Default
    public String name() {
        return "";
    }

    /** 政府预算支出经济科目名称: the government economic name printed beside a department one. */
    public abstract Optional<String> governmentName();

    /** 行次: the row number printed in final-accounts tables. */
    public abstract OptionalInt number();

    /** The line of the source document the row was read from, when it was imported. */
    public abstract OptionalInt sourceLine();

    /** The cells by column; a column without a cell does not apply to this row. */
    public abstract Map<Column, Amount> cells();

    /** The cell of a column, empty if the column does not apply to this row. */
    public Optional<Amount> cell(Column column) {
        return Optional.ofNullable(cells().get(column));
    }
}
