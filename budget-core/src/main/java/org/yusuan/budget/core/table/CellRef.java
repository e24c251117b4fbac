package org.yusuan.budget.core.table;

import java.util.Objects;

/**
 * A reference to one cell of a disclosure's tables, as a narrative figure points at what it
 * states. Its {@code toString()} is the text form {@code TABLE/SECTION/rowkey/COLUMN}
 * ({@code BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL}) that {@link #parse} reads.
 *
 * @param table the table
 * @param section the row's section
 * @param row the row's key
 * @param column the column
 */
public record CellRef(TableKind table, Section section, RowKey row, Column column) {
    /** Checks nothing is missing. */
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }

    /**
     * Reads the text form.
     *
     * @param text {@code TABLE/SECTION/rowkey/COLUMN}
     * @return the reference
     * @throws IllegalArgumentException quoting the text if it is no reference
     */
    public static CellRef parse(String text) {
        int first = text.indexOf('/');
        int second = first < 0 ? -1 : text.indexOf('/', first + 1);
        int last = text.lastIndexOf('/');
        if (first < 0 || second < 0 || last <= second) {
            throw new IllegalArgumentException("not a cell reference (TABLE/SECTION/rowkey/COLUMN): \"" + text + "\"");
        }
        try {
            return new CellRef(
                    TableKind.valueOf(text.substring(0, first)),
                    Section.valueOf(text.substring(first + 1, second)),
                    RowKey.parse(text.substring(second + 1, last)),
                    Column.valueOf(text.substring(last + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cell reference: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String toString() {
        return table + "/" + section + "/" + row + "/" + column;
    }
}
