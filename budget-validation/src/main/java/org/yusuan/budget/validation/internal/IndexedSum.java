package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.yusuan.budget.core.table.Column;

/**
 * One identity {@code total = Σ parts} over cells of the validation's index ({@link TableIndex}),
 * checked as {@link Checker#sum(Cell, List, Supplier, Supplier)} checks it from cells, without
 * making a cell, a list or an optional where it holds exactly, which most do: the total and the
 * parts are named by table index, row and column, a cell the row does not have (or a row or table
 * that is missing) left out as an absent {@code Optional<Cell>} is. An identity that does not
 * hold exactly, or whose parts add up beyond a {@code long}, goes to the checker as cells, to be
 * judged and reported; one that holds is recorded in a traced run as the checker would record it.
 *
 * <p>A checker has one, reused from identity to identity ({@link Checker#identity()}): a rule
 * names the total ({@link #total}), adds the parts ({@link #part}) and checks ({@link #check}),
 * one identity after another.
 */
final class IndexedSum {
    private final Checker checker;

    private TableIndex totalTable;
    private int totalRow;
    private int totalColumn;
    private long totalFen;

    // the parts: each one's table, and its row and column in one long (row << 32 | column), with
    // room for the classes of a summary table (at most a few dozen) without growing; their sum so
    // far, and whether adding them has overflowed
    private TableIndex[] tables = new TableIndex[32];
    private long[] cells = new long[32];
    private int size;
    private long sum;
    private boolean overflow;

    IndexedSum(Checker checker) {
        this.checker = checker;
    }

    /**
     * Starts an identity at its total, forgetting the one before.
     *
     * @param table the total's table, or null if the disclosure has none
     * @param row the total's row in it, or -1 if it is not printed
     * @param column the total's column
     * @return this, for the parts
     */
    IndexedSum total(TableIndex table, int row, Column column) {
        size = 0;
        sum = 0L;
        overflow = false;
        int at = table == null || row < 0 ? -1 : table.column(column);
        long value = at < 0 ? TableIndex.ABSENT : table.fen(row, at);
        totalTable = value == TableIndex.ABSENT ? null : table;
        totalRow = row;
        totalColumn = at;
        totalFen = value;
        return this;
    }

    /**
     * Adds a part, if its cell is there.
     *
     * @param table the part's table, or null if the disclosure has none
     * @param row the part's row in it, or -1 if it is not printed
     * @param column the part's column
     * @return this
     */
    IndexedSum part(TableIndex table, int row, Column column) {
        int at = table == null || row < 0 ? -1 : table.column(column);
        long value = at < 0 ? TableIndex.ABSENT : table.fen(row, at);
        if (value == TableIndex.ABSENT) {
            return this;
        }
        if (size == cells.length) {
            tables = Arrays.copyOf(tables, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        tables[size] = table;
        cells[size] = (long) row << 32 | at;
        long next = sum + value;
        overflow |= ((sum ^ next) & (value ^ next)) < 0;
        sum = next;
        size++;
        return this;
    }

    /** How many parts are there so far. */
    int parts() {
        return size;
    }

    /**
     * Checks the identity begun: nothing if its total or every part is missing, as the checker
     * checks no sum of no parts.
     *
     * @param zh what the identity is, in Chinese, made only for a finding
     * @param en what the identity is, in English, made only for a finding
     */
    void check(Supplier<String> zh, Supplier<String> en) {
        if (totalTable == null || size == 0) {
            return;
        }
        if (!overflow && sum == totalFen) {
            IdentityTrace trace = checker.trace();
            if (trace != null) { // recorded as the checker records it from the cells
                trace.begin(trace.place(totalTable, totalRow, totalColumn));
                for (int i = 0; i < size; i++) {
                    TableIndex table = tables[i];
                    int row = (int) (cells[i] >>> 32);
                    int column = (int) cells[i];
                    trace.add(trace.place(table, row, column), table.fen(row, column) != 0L);
                }
                trace.end();
            }
            return;
        }
        List<Cell> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parts.add(cell(tables[i], (int) (cells[i] >>> 32), (int) cells[i]));
        }
        checker.sum(cell(totalTable, totalRow, totalColumn), parts, zh, en);
    }

    /** {@link #check(Supplier, Supplier)} with texts made already. */
    void check(String zh, String en) {
        check(() -> zh, () -> en);
    }

    private static Cell cell(TableIndex table, int row, int column) {
        Column at = table.columns()[column];
        return new Cell(
                table.table(),
                table.rows().get(row),
                at,
                table.rows().get(row).cells().get(at));
    }
}
