package org.yusuan.budget.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * Where a finding points: a table, a row (its key and printed name), a column, and the line of the
 * source document when the disclosure was imported, and its page when the source was a PDF. Any part
 * may be absent (a finding about a whole disclosure has none).
 *
 * @param table the table
 * @param section the section of the row
 * @param row the row's key
 * @param rowName the row's name as printed
 * @param column the column
 * @param sourceLine the line of the source document
 * @param page the 1-based page of the source PDF
 */
public record Location(
        Optional<TableKind> table,
        Optional<Section> section,
        Optional<RowKey> row,
        Optional<String> rowName,
        Optional<Column> column,
        OptionalInt sourceLine,
        OptionalInt page) {
    /** Checks nothing is null. */
    public Location {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(rowName, "rowName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(page, "page");
    }

    /**
     * A location without a page (the source was text, or there was no source).
     *
     * @param table the table
     * @param section the section of the row
     * @param row the row's key
     * @param rowName the row's name as printed
     * @param column the column
     * @param sourceLine the line of the source document
     */
    public Location(
            Optional<TableKind> table,
            Optional<Section> section,
            Optional<RowKey> row,
            Optional<String> rowName,
            Optional<Column> column,
            OptionalInt sourceLine) {
        this(table, section, row, rowName, column, sourceLine, OptionalInt.empty());
    }

    /**
     * This location on a page of the source PDF.
     *
     * @param page the 1-based page
     * @return the location with the page
     */
    public Location onPage(int page) {
        return new Location(table, section, row, rowName, column, sourceLine, OptionalInt.of(page));
    }

    /** A location in a whole disclosure. */
    public static Location disclosure() {
        return new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty());
    }

    /** A location in a whole table. */
    public static Location table(TableKind table) {
        return new Location(
                Optional.of(table),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty());
    }

    /**
     * {@code BUDGET_SUMMARY / INCOME line:INCOME_GRAND_TOTAL 收入总计 / TOTAL (line 97)}, or {@code (page
     * 7, line 97)} when the source was a PDF.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        table.ifPresent(out::append);
        section.ifPresent(s -> out.append(" / ").append(s));
        row.ifPresent(r -> out.append(" ").append(r));
        rowName.filter(n -> !n.isEmpty()).ifPresent(n -> out.append(" ").append(n));
        column.ifPresent(c -> out.append(" / ").append(c));
        if (page.isPresent()) {
            out.append(" (page ").append(page.getAsInt());
            sourceLine.ifPresent(l -> out.append(", line ").append(l));
            out.append(')');
        } else {
            sourceLine.ifPresent(l -> out.append(" (line ").append(l).append(')'));
        }
        return out.length() == 0 ? "disclosure" : out.toString().strip();
    }
}
