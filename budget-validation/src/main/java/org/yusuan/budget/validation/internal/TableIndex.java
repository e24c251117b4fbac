package org.yusuan.budget.validation.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;

/**
 * One table as the identity rules read it, made once a validation ({@link DisclosureIndex}): every
 * cell in the table's own columns as fen in one array ({@code row × width + column}, in the order of
 * {@link BudgetTable#rows()} and {@link BudgetTable#columns()}), each row's section, name and the
 * number of its functional or economic code (or of its fixed line, fund or expense item), and, when
 * first asked for, a section's first row of each key. A rule that adds up cells or reads names
 * reads them here; the rows are read once, when the index is made.
 */
final class TableIndex {
    /** The fen of a cell a row does not have: no amount is this many fen (see {@link Amount#ofFen}). */
    static final long ABSENT = Long.MIN_VALUE;

    private static final Section[] SECTIONS = Section.values();
    private static final int COLUMNS = Column.values().length;

    // the keys of few values (a fixed line, a fund, an expense item) numbered from 0, one range
    // after another: a section's row of each is found in an array
    private static final int FUND_KEYS = Line.values().length;
    private static final int ITEM_KEYS = FUND_KEYS + FundSource.values().length;
    private static final int SMALL_KEYS = ITEM_KEYS + ExpenseItem.values().length;

    static {
        if (SMALL_KEYS > Byte.MAX_VALUE) { // each row's is kept in a byte
            throw new ExceptionInInitializerError("too many keys of few values: " + SMALL_KEYS);
        }
    }

    private final BudgetTable table;
    private final List<Row> rows;
    private final Column[] columns;
    private final int[] columnAt = new int[COLUMNS];
    private final long[] fen;
    private final byte[] sections;
    private final int[] numbers;
    private final int[] economicNumbers;
    private final byte[] smallKeys;
    private final String[] names;

    private Keys[] keys;

    TableIndex(BudgetTable table) {
        this.table = table;
        this.rows = table.rows();
        this.columns = table.columns().toArray(new Column[0]);
        Arrays.fill(columnAt, -1);
        for (int c = 0; c < columns.length; c++) {
            columnAt[columns[c].ordinal()] = c;
        }
        int n = rows.size();
        int m = columns.length;
        fen = new long[n * m];
        sections = new byte[n];
        numbers = new int[n];
        economicNumbers = new int[n];
        smallKeys = new byte[n];
        names = new String[n];
        // one pass over the rows, reading all that the rules ask of each, so that no rule walks
        // the rows' objects again
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            RowKey key = row.key();
            numbers[i] = key instanceof RowKey.Functional f ? CodeIndex.number(f.code()) : -1;
            economicNumbers[i] = key instanceof RowKey.Economic e ? CodeIndex.number(e.code()) : -1;
            smallKeys[i] = (byte) smallKey(key);
            // by column, as the rules read cells: iterating the map would make a view object
            Map<Column, Amount> cells = row.cells();
            int base = i * m;
            for (int c = 0; c < m; c++) {
                Amount cell = cells.get(columns[c]);
                fen[base + c] = cell == null ? ABSENT : cell.fen();
            }
            sections[i] = (byte) row.section().ordinal();
            names[i] = row.name();
        }
    }

    /** The table. */
    BudgetTable table() {
        return table;
    }

    /** The table's rows, in printed order: row {@code i} of this index is {@code rows().get(i)}. */
    List<Row> rows() {
        return rows;
    }

    /** The table's columns, in printed order. */
    Column[] columns() {
        return columns;
    }

    /** The number of the table's rows: {@code rows().size()}, without going through the list. */
    int size() {
        return sections.length;
    }

    /** The number of the table's columns. */
    int width() {
        return columns.length;
    }

    /** Where a column is in {@link #columns()}, or -1 if the table does not have it. */
    int column(Column column) {
        return columnAt[column.ordinal()];
    }

    /** The fen of row {@code row}'s cell in column {@code column} (an index), or {@link #ABSENT}. */
    long fen(int row, int column) {
        return fen[row * columns.length + column];
    }

    /** The fen of row {@code row}'s cell in a column, or {@link #ABSENT} (also if the table lacks the column). */
    long fen(int row, Column column) {
        int at = columnAt[column.ordinal()];
        return at < 0 ? ABSENT : fen[row * columns.length + at];
    }

    /** Whether row {@code row} is in a section. */
    boolean in(int row, Section section) {
        return sections[row] == section.ordinal();
    }

    /**
     * The first row of a section with a key, as {@link BudgetTable#row(Section, RowKey)} finds it,
     * or -1: for a rule that looks up many keys in one section. A functional code is looked up by
     * its number.
     */
    int row(Section section, RowKey key) {
        if (key instanceof RowKey.Functional f) {
            return rowOfCode(section, CodeIndex.number(f.code()));
        }
        int small = smallKey(key);
        if (small >= 0) {
            return keys(section).small[small];
        }
        Integer row = keys(section).others.get(key);
        return row == null ? -1 : row;
    }

    /** The first row of a section with a fixed line ({@link RowKey.Fixed}), or -1. */
    int row(Section section, Line line) {
        return keys(section).small[line.ordinal()];
    }

    /** The first row of a section with a fund's key ({@link RowKey.Fund}), or -1. */
    int row(Section section, FundSource fund) {
        return keys(section).small[FUND_KEYS + fund.ordinal()];
    }

    /** The first row of a section with an expense item's key ({@link RowKey.Item}), or -1. */
    int row(Section section, ExpenseItem item) {
        return keys(section).small[ITEM_KEYS + item.ordinal()];
    }

    /** Whether row {@code row}'s key is a fund's ({@link RowKey.Fund}). */
    boolean isFund(int row) {
        return smallKeys[row] >= FUND_KEYS && smallKeys[row] < ITEM_KEYS;
    }

    /** The number of a key of few values among {@link #SMALL_KEYS}, or -1 for any other key. */
    private static int smallKey(RowKey key) {
        if (key instanceof RowKey.Fixed f) {
            return f.line().ordinal();
        }
        if (key instanceof RowKey.Fund f) {
            return FUND_KEYS + f.source().ordinal();
        }
        if (key instanceof RowKey.Item item) {
            return ITEM_KEYS + item.item().ordinal();
        }
        return -1;
    }

    /** The first row of a section with the functional code of a {@link CodeIndex#number number}, or -1. */
    int rowOfCode(Section section, int number) {
        return keys(section).codes.get(number);
    }

    /**
     * The first row of each key of a section: functional codes by number, keys of few values in an
     * array by their number (-1 where none), other keys hashed.
     */
    private record Keys(CodeIndex codes, int[] small, Map<RowKey, Integer> others) {}

    private Keys keys(Section section) {
        if (keys == null) {
            keys = new Keys[SECTIONS.length];
        }
        Keys in = keys[section.ordinal()];
        if (in == null) {
            // sized for the section's functional codes: a section of lines and funds has none
            int coded = 0;
            for (int i = 0; i < sections.length; i++) {
                if (sections[i] == section.ordinal() && numbers[i] >= 0) {
                    coded++;
                }
            }
            CodeIndex codes = new CodeIndex(coded);
            int[] small = new int[SMALL_KEYS];
            Arrays.fill(small, -1);
            Map<RowKey, Integer> others = new HashMap<>();
            for (int i = 0; i < sections.length; i++) {
                if (sections[i] != section.ordinal()) {
                    continue;
                }
                if (numbers[i] >= 0) {
                    codes.putIfAbsent(numbers[i], i);
                } else if (smallKeys[i] >= 0) {
                    if (small[smallKeys[i]] < 0) {
                        small[smallKeys[i]] = i;
                    }
                } else {
                    others.putIfAbsent(rows.get(i).key(), i);
                }
            }
            in = new Keys(codes, small, others);
            keys[section.ordinal()] = in;
        }
        return in;
    }

    /** The {@link CodeIndex#number number} of row {@code row}'s functional code, or -1 if it has none. */
    int number(int row) {
        return numbers[row];
    }

    /**
     * Row {@code row}'s printed name ({@link Row#name()}), read in the index's one pass: the rules
     * that read every row's name (the catalog's, the placeholders') read it here, without going back
     * to the row.
     */
    String name(int row) {
        return names[row];
    }

    /**
     * The {@link CodeIndex#number number} of row {@code row}'s economic code (its digits read as for
     * a functional code), or -1 if it has none.
     */
    int economicNumber(int row) {
        return economicNumbers[row];
    }
}
