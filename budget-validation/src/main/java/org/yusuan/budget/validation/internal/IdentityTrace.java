package org.yusuan.budget.validation.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Location;

/**
 * The identities that held exactly during one validation, recorded by {@link Checker} so that
 * {@link RootCauses} can follow a published value into every total built on it. One trace belongs
 * to one thread's validation of one disclosure; the validator installs it around its rules.
 *
 * <p>Cells are recorded as numbered places. A cell of a row printed in one of the validated
 * disclosure's tables is numbered by where it is printed, its table's cells one after another (row
 * by row, in the table's columns), so that there are about as many places as printed cells; any
 * other cell (of a stand-in for a row not printed) when it is first met, by its table, section, key
 * and column. A row object keeps its number (within one table, a row object stands for one section
 * and key). A finding's location is numbered the same way by its table, section and key, so that a
 * place of a finding and the same place in an identity are one number.
 */
public final class IdentityTrace {
    private static final ThreadLocal<IdentityTrace> CURRENT = new ThreadLocal<>();
    private static final int COLUMNS = Column.values().length;

    /** Row numbers by table kind, then by row object. */
    private final Map<TableKind, IdentityHashMap<Row, Integer>> rowNumbers = new EnumMap<>(TableKind.class);

    /**
     * Row numbers by table, section and key: a row object met for the first time gets the number
     * of its place (a stand-in row made for a row not printed is the same place each time), and a
     * finding's location is numbered by its place.
     */
    private final Map<RowPlace, Integer> byPlace = new HashMap<>();

    // the last row numbered: rules add up the cells of one row one after another
    private Row lastRow;
    private TableKind lastKind;
    private int lastNumber;

    // identity i: total totals[i], parts parts[partStart[i] .. partStart[i + 1]), nonzero or not
    private int count;
    private int[] totals = new int[256];
    private int[] partStart = new int[257];
    private int[] parts = new int[1024];
    private boolean[] nonzero = new boolean[1024];
    private int end; // where the parts of the identity being recorded end (see begin)

    /** A row by table, section and key: what a finding's location names. */
    private record RowPlace(TableKind table, Section section, RowKey key) {}

    // The printed rows of the disclosure's tables are numbered by where they are printed: row i of
    // the table of kind k is base[k] + i, found through the validation's index of the table,
    // without hashing a RowPlace. Other rows (a stand-in for a row not printed, a location of no
    // printed row) are numbered from `printed` on, in byPlace. The cell in column c (of the
    // table's columns) of printed row i of the table of kind k is place cellBase[k] + i × width + c;
    // the places of other cells are numbered from `printedCells` on, in otherPlaces.
    private final TableIndex[] tables = new TableIndex[TableKind.values().length];
    private final int[] base = new int[TableKind.values().length];
    private final int printed;
    private final int[] cellBase = new int[TableKind.values().length];
    private final int printedCells;
    private final Map<Long, Integer> otherPlaces = new HashMap<>();

    /** A trace that numbers every place as it meets it, by table, section and key. */
    public IdentityTrace() {
        printed = 0;
        printedCells = 0;
    }

    /**
     * A trace of a validation of a disclosure, which numbers the printed rows of its tables by where
     * they are printed (through the validation's {@link DisclosureIndex}) and other places as it
     * meets them.
     *
     * @param disclosure the disclosure validated
     */
    public IdentityTrace(Disclosure disclosure) {
        DisclosureIndex index = DisclosureIndex.of(disclosure);
        int rows = 0;
        int cells = 0;
        for (BudgetTable table : disclosure.tables().values()) {
            TableIndex rowsOf = index.table(table);
            tables[table.kind().ordinal()] = rowsOf;
            base[table.kind().ordinal()] = rows;
            cellBase[table.kind().ordinal()] = cells;
            rows += table.rows().size();
            cells = Math.addExact(cells, Math.multiplyExact(table.rows().size(), rowsOf.width()));
        }
        printed = rows;
        printedCells = cells;
    }

    /** The trace of the validation running on this thread, or null when none is traced. */
    static IdentityTrace current() {
        return CURRENT.get();
    }

    /**
     * Runs some work with this trace recording what the checkers of this thread find exact.
     *
     * @param work the rules to run
     * @param <T> what the work returns
     * @return what the work returned
     */
    public <T> T record(Supplier<T> work) {
        return ThreadScope.with(CURRENT, this, work);
    }

    /**
     * Whether the findings of a validation are worth tracing: whether {@link RootCauses} could
     * gather any of them.
     *
     * @param findings the findings of an untraced validation
     * @return true when at least two identity findings could share a cause
     */
    public static boolean worthTracing(List<org.yusuan.budget.validation.Finding> findings) {
        return RootCauses.candidates(findings).size() >= 2;
    }

    /**
     * Whether a traced run must run a rule: every rule but the built-in ones that check no identity
     * (catalog, document, narrative and performance rules), whose findings the untraced run made.
     *
     * @param rule a rule
     * @return false for a rule that cannot record an identity
     */
    public static boolean traces(org.yusuan.budget.validation.Rule rule) {
        return !(rule instanceof TableRule t) || t.checksIdentities();
    }

    /** Records {@code total = Σ parts}, published exactly so. */
    void exact(Cell total, List<Cell> summed) {
        begin(place(total));
        for (int i = 0; i < summed.size(); i++) {
            Cell part = summed.get(i);
            add(place(part), !part.value().isZero());
        }
        end();
    }

    /**
     * Starts recording an identity that holds exactly, given its total's place: a rule that reads
     * the cells from the validation's index records it as {@link #exact(Cell, List)} would, its
     * places from {@link #place(TableIndex, int, int)}, without making a cell. Its parts follow
     * ({@link #add}), then {@link #end}.
     *
     * @param total the total's place
     */
    void begin(int total) {
        if (count == totals.length) {
            totals = Arrays.copyOf(totals, count * 2);
            partStart = Arrays.copyOf(partStart, count * 2 + 1);
        }
        totals[count] = total;
        end = partStart[count];
    }

    /**
     * Adds a part to the identity {@link #begin begun}.
     *
     * @param place the part's place
     * @param isNonzero whether the part's amount is not zero
     */
    void add(int place, boolean isNonzero) {
        if (end == parts.length) {
            parts = Arrays.copyOf(parts, end * 2);
            nonzero = Arrays.copyOf(nonzero, end * 2);
        }
        parts[end] = place;
        nonzero[end] = isNonzero;
        end++;
    }

    /** Ends the identity {@link #begin begun}: it is recorded. */
    void end() {
        count++;
        partStart[count] = end;
    }

    private int place(Cell cell) {
        return place(cell.table(), cell.row(), cell.column());
    }

    /**
     * The place of a row's cell in a column, without making the cell: the number {@link
     * #exact(Cell, List)} gives it.
     *
     * @param table the row's table
     * @param row a row of it (or a stand-in for a row not printed)
     * @param column the column
     * @return the cell's place
     */
    int place(BudgetTable table, Row row, Column column) {
        TableKind kind = table.kind();
        return place(kind, rowNumber(kind, row), column);
    }

    /**
     * The place of a cell given by its row and column in a table's index (see {@link
     * TableIndex#fen(int, int)}): the number {@link #exact(Cell, List)} gives the same cell.
     *
     * @param index the index of a table, from the validation's {@link DisclosureIndex}
     * @param row the row in the index
     * @param column the column in the index
     * @return the cell's place
     */
    int place(TableIndex index, int row, int column) {
        TableKind of = index.table().kind();
        int kind = of.ordinal();
        // a row of the disclosure's table is numbered by where it is printed, as number() finds it
        // by its section and key (no other row of a table has both); any other table's row by its
        // object, as a cell's
        if (tables[kind] == index) {
            return cellBase[kind] + row * index.width() + column;
        }
        return place(of, rowNumber(of, index.rows().get(row)), index.columns()[column]);
    }

    /**
     * The place of the cell at a table's section, key and column, printed or not: the number
     * {@link #place(Cell)} gives a cell there, such as that of a stand-in for a row not printed.
     */
    int place(TableKind kind, Section section, RowKey key, Column column) {
        return place(kind, number(kind, section, key), column);
    }

    /**
     * The place of a row's cell in a column, given the row's number: where it is printed if the
     * table has the column, else a number of its own.
     */
    private int place(TableKind kind, int rowNumber, Column column) {
        if (rowNumber < printed) {
            TableIndex table = tables[kind.ordinal()];
            int at = table.column(column);
            if (at >= 0) {
                return cellBase[kind.ordinal()] + (rowNumber - base[kind.ordinal()]) * table.width() + at;
            }
        }
        Long key = (long) rowNumber * COLUMNS + column.ordinal();
        Integer number = otherPlaces.get(key);
        if (number == null) {
            number = printedCells + otherPlaces.size();
            otherPlaces.put(key, number);
        }
        return number;
    }

    private int rowNumber(TableKind kind, Row row) {
        if (row == lastRow && kind == lastKind) {
            return lastNumber;
        }
        IdentityHashMap<Row, Integer> numbers = rowNumbers.computeIfAbsent(kind, k -> new IdentityHashMap<>());
        Integer number = numbers.get(row);
        if (number == null) {
            number = number(kind, row.section(), row.key());
            numbers.put(row, number);
        }
        lastRow = row;
        lastKind = kind;
        lastNumber = number;
        return number;
    }

    /**
     * The place of a finding's location: the number its cell has in the recorded identities, or a
     * new number if no identity holds it; -1 if the location names no cell.
     */
    int place(Location at) {
        if (at.table().isEmpty()
                || at.section().isEmpty()
                || at.row().isEmpty()
                || at.column().isEmpty()) {
            return -1;
        }
        TableKind kind = at.table().get();
        return place(
                kind,
                number(kind, at.section().get(), at.row().get()),
                at.column().get());
    }

    /** The number of a row's place: where it is printed, or else a number of its own. */
    private int number(TableKind kind, Section section, RowKey key) {
        TableIndex table = tables[kind.ordinal()];
        if (table != null) {
            int row = table.row(section, key);
            if (row >= 0) {
                return base[kind.ordinal()] + row;
            }
        }
        RowPlace place = new RowPlace(kind, section, key);
        Integer number = byPlace.get(place);
        if (number == null) {
            number = printed + byPlace.size();
            byPlace.put(place, number);
        }
        return number;
    }

    /** How many places have a number (every number is below this). */
    int places() {
        return printedCells + otherPlaces.size();
    }

    /** The number of exact identities recorded. */
    public int size() {
        return count;
    }

    /** The place of the i-th identity's total. */
    int total(int i) {
        return totals[i];
    }

    /** Where the i-th identity's parts start in {@link #part(int)}. */
    int partsFrom(int i) {
        return partStart[i];
    }

    /** Where the i-th identity's parts end (exclusive). */
    int partsTo(int i) {
        return partStart[i + 1];
    }

    /** The place of the j-th part recorded. */
    int part(int j) {
        return parts[j];
    }

    /** Whether the j-th part recorded is not zero. */
    boolean nonzero(int j) {
        return nonzero[j];
    }
}
