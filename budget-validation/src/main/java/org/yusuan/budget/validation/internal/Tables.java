package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/** Generic identities over tables: row sums, the code hierarchies, totals lines. */
final class Tables {
    private Tables() {}

    static RowKey line(Line line) {
        return new RowKey.Fixed(line);
    }

    /** For every row of a section having the total: total = Σ the part columns the row has. */
    static void rowSums(
            Disclosure d, TableKind kind, Section section, Column total, List<Column> parts, Checker checker) {
        Optional<BudgetTable> found = d.table(kind);
        if (found.isEmpty()) {
            return;
        }
        BudgetTable table = found.get();
        // the cells from the validation's index of the table, as fen; the part columns the table
        // has, in the order given
        TableIndex index = DisclosureIndex.of(d).table(table);
        int totalAt = index.column(total);
        int[] partsAt = new int[parts.size()];
        int count = 0;
        for (Column part : parts) {
            int at = index.column(part);
            if (at >= 0) {
                partsAt[count++] = at;
            }
        }
        if (totalAt < 0 || count == 0) {
            return;
        }
        partsAt = count == partsAt.length ? partsAt : Arrays.copyOf(partsAt, count);
        List<Row> rows = index.rows();
        for (int i = 0; i < index.size(); i++) {
            long published = index.fen(i, totalAt);
            if (published == TableIndex.ABSENT || !index.in(i, section)) {
                continue; // no total
            }
            if (addsUp(published, index, i, partsAt)) {
                IdentityTrace trace = checker.trace();
                if (trace != null) {
                    traceRow(trace, index, i, totalAt, partsAt);
                }
                continue; // it holds exactly: nothing to report, nothing to allocate
            }
            Row row = rows.get(i);
            Optional<Cell> t = Cell.of(table, row, total);
            List<Column> present = new ArrayList<>();
            for (int at : partsAt) {
                present.add(index.columns()[at]);
            }
            List<Cell> cells = new ArrayList<>();
            present.forEach(c -> Cell.of(table, row, c).ifPresent(cells::add));
            if (t.isPresent() && !cells.isEmpty()) {
                checker.sum(
                        t.get(),
                        cells,
                        () -> table.kind().title() + "「" + label(row) + "」" + total.label() + "＝各栏之和",
                        () -> kind + " row " + row.key() + ": " + total + " = sum of " + present);
            }
        }
    }

    /**
     * Records a row's total = Σ its cells in some columns, which holds exactly, as {@link
     * Checker#sum} would from the cells {@link #rowSums} makes: the parts are the cells the row has.
     */
    private static void traceRow(IdentityTrace trace, TableIndex index, int row, int totalAt, int[] partsAt) {
        boolean begun = false;
        for (int p = 0; p < partsAt.length; p++) {
            long fen = index.fen(row, partsAt[p]);
            if (fen != TableIndex.ABSENT) {
                if (!begun) {
                    begun = true;
                    trace.begin(trace.place(index, row, totalAt));
                }
                trace.add(trace.place(index, row, partsAt[p]), fen != 0L);
            }
        }
        if (begun) {
            trace.end(); // no part, no identity: rowSums makes none
        }
    }

    /**
     * The functional hierarchy of a table: each code = Σ its nearest present descendants (so a level
     * the table omits is skipped, not missed), and the 合计 line = Σ the top codes, in every column.
     */
    static void functionalHierarchy(Disclosure d, TableKind kind, Section section, Checker checker) {
        functionalHierarchy(d, kind, section, checker, true);
    }

    /**
     * {@link #functionalHierarchy(Disclosure, TableKind, Section, Checker)}, finding each row's
     * ancestors by printed order where the codes are printed in order ({@code byOrder}), else (and
     * always when not {@code byOrder}, which tests compare against) by looking them up.
     */
    static void functionalHierarchy(Disclosure d, TableKind kind, Section section, Checker checker, boolean byOrder) {
        Optional<BudgetTable> found = d.table(kind);
        if (found.isEmpty() || found.get().publishedEmpty()) {
            return;
        }
        BudgetTable table = found.get();
        TableIndex index = DisclosureIndex.of(d).table(table);
        List<Row> rows = index.rows();
        // the coded rows of the section (their indexes in the table) and its first 合计 line
        int[] at = new int[index.size()];
        int[] coded = new int[index.size()]; // the inverse: a coded row's number k in at
        int n = 0;
        int totalAt = -1;
        for (int i = 0; i < index.size(); i++) {
            if (!index.in(i, section)) {
                continue;
            }
            if (index.number(i) >= 0) {
                coded[i] = n;
                at[n++] = i;
            } else if (totalAt < 0 && rows.get(i).key() instanceof RowKey.Fixed fixed && fixed.line() == Line.TOTAL) {
                totalAt = i;
            }
        }
        if (n == 0) {
            return;
        }
        // Each row's nearest present ancestor (its 款 if printed, else its 类 if printed): the rows
        // whose nearest ancestor is a code are that code's nearest present descendants; the others
        // are the top codes, whose parent is the 合计 line (index n). Found by printed order when
        // the codes are in tree order (nearly always), else looked up by their number in the
        // table's index; neither makes a string.
        int[] parent = new int[n];
        boolean[] hasChildren = new boolean[n + 1];
        if (byOrder && inTreeOrder(index, at, n)) {
            parentsByOrder(index, at, n, parent, hasChildren);
        } else {
            parentsByLookup(index, section, at, coded, n, parent, hasChildren);
        }
        sumAndCheck(index, rows, at, n, totalAt, parent, hasChildren, checker);
    }

    /**
     * Whether the coded rows are printed in the tree's order, each code after the one before it as
     * digit strings compare ({@code 201 < 20101 < 2010101 < 2010102 < 20102 < 202}): a 类 before its
     * 款, a 款 before its 项, no code twice.
     */
    private static boolean inTreeOrder(TableIndex index, int[] at, int n) {
        int previous = -1;
        for (int k = 0; k < n; k++) {
            int key = treeKey(index.number(at[k]));
            if (key <= previous) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    /**
     * A code's place in tree order, from its {@link CodeIndex#number number}: its digits padded
     * with zeros to seven, then its length (a code comes before the codes it is the start of).
     */
    static int treeKey(int number) {
        int length = number % 10;
        return (number / 10) * PADDING[length] * 10 + length;
    }

    /** The power of ten that pads a code of a length (at most 7 digits) to seven digits. */
    private static final int[] PADDING = {10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    /**
     * Each coded row's nearest present ancestor where the codes are in tree order: an ancestor
     * printed in the section comes before the row, and no other code of its level comes between
     * them, so it is the last 款 or 类 printed before the row, if that is the ancestor's code. The
     * same as {@link #parentsByLookup} then, without a lookup.
     */
    private static void parentsByOrder(TableIndex index, int[] at, int n, int[] parent, boolean[] hasChildren) {
        int lastClass = -1; // the last 类 (k) printed so far, and the last 款
        int lastSection = -1;
        for (int k = 0; k < n; k++) {
            int number = index.number(at[k]);
            int length = number % 10;
            int up = n;
            if (length > 3) {
                int ancestor = CodeIndex.parent(number);
                if (length == 7 && lastSection >= 0 && index.number(at[lastSection]) == ancestor) {
                    up = lastSection;
                } else {
                    if (length == 7) {
                        ancestor = CodeIndex.parent(ancestor);
                    }
                    if (lastClass >= 0 && index.number(at[lastClass]) == ancestor) {
                        up = lastClass;
                    }
                }
            }
            parent[k] = up;
            hasChildren[up] = true;
            if (length == 3) {
                lastClass = k;
            } else if (length == 5) {
                lastSection = k;
            }
        }
    }

    /** Each coded row's nearest present ancestor, its codes looked up in the section. */
    private static void parentsByLookup(
            TableIndex index, Section section, int[] at, int[] coded, int n, int[] parent, boolean[] hasChildren) {
        for (int k = 0; k < n; k++) {
            int up = n;
            for (int ancestor = CodeIndex.parent(index.number(at[k]));
                    ancestor >= 0;
                    ancestor = CodeIndex.parent(ancestor)) {
                int printedAt = index.rowOfCode(section, ancestor);
                if (printedAt >= 0) {
                    up = coded[printedAt];
                    break;
                }
            }
            parent[k] = up;
            hasChildren[up] = true;
        }
    }

    /** The sums of each parent's rows, checked against the parent's cells. */
    private static void sumAndCheck(
            TableIndex index,
            List<Row> rows,
            int[] at,
            int n,
            int totalAt,
            int[] parent,
            boolean[] hasChildren,
            Checker checker) {
        // every row's cells added to its parent's sums in one pass, all columns at once
        int m = index.width();
        long[] sums = new long[(n + 1) * m];
        boolean[] overflow = new boolean[n + 1];
        for (int k = 0; k < n; k++) {
            int base = parent[k] * m;
            boolean over = false;
            for (int c = 0; c < m; c++) {
                long fen = index.fen(at[k], c);
                if (fen != TableIndex.ABSENT) {
                    long next = sums[base + c] + fen;
                    over |= ((sums[base + c] ^ next) & (fen ^ next)) < 0;
                    sums[base + c] = next;
                }
            }
            overflow[parent[k]] |= over;
        }
        Hierarchy hierarchy = new Hierarchy(rows, at, n, parent);
        for (int k = 0; k < n; k++) {
            if (hasChildren[k]) {
                check(index, at[k], k, sums, overflow[k], hierarchy, checker, "下级科目之和", "its sub-codes");
            }
        }
        if (totalAt >= 0) {
            check(index, totalAt, n, sums, overflow[n], hierarchy, checker, "各类之和", "the classes");
        }
    }

    /** The rows under each parent (index n: the top codes), made only when a sum does not hold. */
    private static final class Hierarchy {
        private final List<Row> rows;
        private final int[] at;
        private final int n;
        private final int[] parent;
        private int childrenOf = -1;
        private List<Row> children;
        private int[] from;
        private int[] under;

        /** The coded rows {@code rows.get(at[k])}, {@code k < n}, and the parent of each. */
        Hierarchy(List<Row> rows, int[] at, int n, int[] parent) {
            this.rows = rows;
            this.at = at;
            this.n = n;
            this.parent = parent;
        }

        /** The rows under a parent, as indexes in the table's index, in printed order. */
        int[] rowsUnder(int of) {
            if (from == null) {
                // counted, then placed: rowsUnder(p) is under[from[p] .. from[p + 1])
                from = new int[n + 3]; // parents 0 .. n
                for (int k = 0; k < n; k++) {
                    from[parent[k] + 2]++;
                }
                for (int p = 2; p < from.length; p++) {
                    from[p] += from[p - 1];
                }
                under = new int[n];
                for (int k = 0; k < n; k++) {
                    under[from[parent[k] + 1]++] = at[k];
                }
            }
            return Arrays.copyOfRange(under, from[of], from[of + 1]);
        }

        /**
         * The rows under a parent, in printed order, as rows for {@link #sumRows}: made for the
         * parent asked for only (a column of it that does not add up), and kept for its next
         * column.
         */
        List<Row> children(int of) {
            if (of != childrenOf) {
                int[] under = rowsUnder(of);
                List<Row> list = new ArrayList<>(under.length);
                for (int row : under) {
                    list.add(rows.get(row));
                }
                childrenOf = of;
                children = list;
            }
            return children;
        }
    }

    /**
     * The sums of a parent's rows against the parent's cells, column by column: a column whose
     * total holds exactly is done; any other goes through {@link #sumRows}, which finds what to
     * report.
     *
     * @param row the parent's row in the table's index
     * @param parent the parent's number in the hierarchy (n for the 合计 line)
     */
    private static void check(
            TableIndex index,
            int row,
            int parent,
            long[] sums,
            boolean overflow,
            Hierarchy hierarchy,
            Checker checker,
            String zh,
            String en) {
        Column[] columns = index.columns();
        int base = parent * columns.length;
        IdentityTrace trace = checker.trace();
        int[] children = null;
        for (int c = 0; c < columns.length; c++) {
            long published = index.fen(row, c);
            if (published == TableIndex.ABSENT) {
                continue;
            }
            if (!overflow && sums[base + c] == published) {
                if (trace != null) {
                    if (children == null) {
                        children = hierarchy.rowsUnder(parent);
                    }
                    traceChildren(trace, index, row, c, children);
                }
                continue; // holds exactly
            }
            Row total = index.rows().get(row);
            sumRows(index.table(), total, hierarchy.children(parent), columns[c], checker, zh, en);
        }
    }

    /**
     * Records a parent's cell = Σ its children's cells in a column, which holds exactly, as {@link
     * Checker#sum} would from the cells {@link #sumRows} makes: the parts are the children's cells
     * present in the column.
     */
    private static void traceChildren(IdentityTrace trace, TableIndex index, int row, int column, int[] children) {
        boolean begun = false;
        for (int child : children) {
            long fen = index.fen(child, column);
            if (fen != TableIndex.ABSENT) {
                if (!begun) {
                    begun = true;
                    trace.begin(trace.place(index, row, column));
                }
                trace.add(trace.place(index, child, column), fen != 0L);
            }
        }
        if (begun) {
            trace.end(); // no part, no identity: sumRows makes none
        }
    }

    /**
     * {@link #sumRows} in every column of the table, in column order. The parts' cells are added
     * up for all columns in one pass; a column whose total holds exactly is done, any other goes
     * through {@link #sumRows} (which finds what to report, as it always did).
     */
    static void sumRowsInEveryColumn(
            BudgetTable table, Row total, List<Row> parts, Checker checker, String zh, String en) {
        // by column, not by iterating the cells: a row's map of cells has a slot for every column
        List<Column> columns = table.columns();
        long[] sums = new long[columns.size()];
        boolean overflow = false;
        for (int i = 0; i < parts.size(); i++) {
            Map<Column, Amount> cells = parts.get(i).cells();
            for (int c = 0; c < sums.length; c++) {
                Amount cell = cells.get(columns.get(c));
                if (cell != null) {
                    long next = sums[c] + cell.fen();
                    overflow |= ((sums[c] ^ next) & (cell.fen() ^ next)) < 0;
                    sums[c] = next;
                }
            }
        }
        for (int c = 0; c < sums.length; c++) {
            Column column = columns.get(c);
            Amount published = total.cells().get(column);
            if (published != null && (overflow || sums[c] != published.fen() || checker.tracing())) {
                sumRows(table, total, parts, column, checker, zh, en);
            }
        }
    }

    /**
     * The economic hierarchy: class = Σ its sections printed in the section of the table; the total
     * line = Σ the classes (Σ every code if no class is printed). Read from the validation's index;
     * an identity that does not hold exactly goes through {@link #sumRows}, which finds what to
     * report.
     */
    static void economicHierarchy(Disclosure d, TableKind kind, Section section, Line totalLine, Checker checker) {
        Optional<BudgetTable> found = d.table(kind);
        if (found.isEmpty() || found.get().publishedEmpty()) {
            return;
        }
        TableIndex index = DisclosureIndex.of(d).table(found.get());
        int n = index.size();
        // the section's coded rows in printed order, and the classes among them
        int[] coded = new int[n];
        int count = 0;
        int classCount = 0;
        for (int i = 0; i < n; i++) {
            if (index.in(i, section) && index.economicNumber(i) >= 0) {
                coded[count++] = i;
                if (isClass(index.economicNumber(i))) {
                    classCount++;
                }
            }
        }
        int[] classes = new int[classCount];
        int[] sections = new int[count];
        classCount = 0;
        for (int k = 0; k < count; k++) {
            int number = index.economicNumber(coded[k]);
            if (!isClass(number)) {
                continue;
            }
            classes[classCount++] = coded[k];
            // the class's sections, in printed order (no two rows of a section share a code)
            int parts = 0;
            for (int j = 0; j < count; j++) {
                if (CodeIndex.parent(index.economicNumber(coded[j])) == number) {
                    sections[parts++] = coded[j];
                }
            }
            if (parts > 0) {
                sumInEveryColumn(index, coded[k], Arrays.copyOf(sections, parts), checker, "各款之和", "its sections");
            }
        }
        int total = index.row(section, totalLine);
        if (total >= 0) {
            int[] parts = classCount == 0 ? Arrays.copyOf(coded, count) : classes;
            sumInEveryColumn(index, total, parts, checker, "各类之和", "the classes");
        }
    }

    /** Whether an economic code's {@link CodeIndex#number number} is a 类's (3 digits). */
    private static boolean isClass(int number) {
        return number % 10 == 3;
    }

    /**
     * {@link #sumRows} of a total row and part rows of a table's index, in every column of the
     * table in column order: a column whose total holds exactly is recorded from the index if
     * traced, any other goes through {@link #sumRows} (which finds what to report).
     */
    private static void sumInEveryColumn(
            TableIndex index, int total, int[] parts, Checker checker, String zh, String en) {
        IdentityTrace trace = checker.trace();
        for (int c = 0; c < index.width(); c++) {
            long published = index.fen(total, c);
            if (published == TableIndex.ABSENT) {
                continue; // no total
            }
            long sum = 0L;
            boolean overflow = false;
            boolean any = false;
            for (int part : parts) {
                long fen = index.fen(part, c);
                if (fen != TableIndex.ABSENT) {
                    long next = sum + fen;
                    overflow |= ((sum ^ next) & (fen ^ next)) < 0;
                    sum = next;
                    any = true;
                }
            }
            if (!any) {
                continue; // no part, no identity
            }
            if (!overflow && sum == published) {
                if (trace != null) {
                    traceChildren(trace, index, total, c, parts);
                }
                continue; // holds exactly
            }
            List<Row> rows = new ArrayList<>(parts.length);
            for (int part : parts) {
                rows.add(index.rows().get(part));
            }
            sumRows(index.table(), index.rows().get(total), rows, index.columns()[c], checker, zh, en);
        }
    }

    /** total row's cell = Σ the rows' cells in a column, where the total has the column. */
    static void sumRows(
            BudgetTable table, Row total, List<Row> parts, Column column, Checker checker, String zh, String en) {
        Amount published = total.cells().get(column);
        if (published == null) {
            return; // no total
        }
        if (addsUp(published, parts, column)) {
            IdentityTrace trace = checker.trace();
            if (trace != null) {
                traceRows(trace, table, total, parts, column);
            }
            return; // it holds exactly: nothing to report, nothing to allocate
        }
        Optional<Cell> t = Cell.of(table, total, column);
        List<Cell> cells = new ArrayList<>();
        parts.forEach(r -> Cell.of(table, r, column).ifPresent(cells::add));
        if (cells.isEmpty()) {
            return;
        }
        checker.sum(
                t.get(),
                cells,
                () -> table.kind().title() + "「" + label(total) + "」" + column.label() + "＝" + zh,
                () -> table.kind() + " " + total.key() + " " + column + " = sum of " + en);
    }

    /**
     * Records a total = Σ the parts' cells in a column, which holds exactly, as {@link Checker#sum}
     * would from the cells {@link #sumRows} makes: the parts are the cells the rows have, and with
     * none there is no identity.
     */
    private static void traceRows(IdentityTrace trace, BudgetTable table, Row total, List<Row> parts, Column column) {
        boolean begun = false;
        for (int i = 0; i < parts.size(); i++) {
            Amount cell = parts.get(i).cells().get(column);
            if (cell != null) {
                if (!begun) {
                    begun = true;
                    trace.begin(trace.place(table, total, column));
                }
                trace.add(trace.place(table, parts.get(i), column), !cell.isZero());
            }
        }
        if (begun) {
            trace.end();
        }
    }

    /**
     * Whether a total equals the sum of the parts' cells in a column exactly. This is what most
     * identities of a disclosure do, and then the checker would report nothing: this finds it out
     * without making a cell, a list or a description. False when they differ, or when the sum
     * overflows, which the checker then meets and reports as before.
     */
    private static boolean addsUp(Amount total, List<Row> parts, Column column) {
        long sum = 0L;
        for (int i = 0; i < parts.size(); i++) {
            sum = plus(sum, parts.get(i).cells().get(column));
            if (sum == OVERFLOW) {
                return false;
            }
        }
        return sum == total.fen();
    }

    /** What {@link #plus} returns once a sum overflows: no published total is this many fen. */
    private static final long OVERFLOW = Long.MIN_VALUE;

    /**
     * {@code sum + cell} (a missing cell adds nothing), or {@link #OVERFLOW}, which stays: a sum
     * starts at 0, and one that overflowed equals no total.
     */
    private static long plus(long sum, Amount cell) {
        if (cell == null || sum == OVERFLOW) {
            return sum;
        }
        long next = sum + cell.fen();
        return ((sum ^ next) & (cell.fen() ^ next)) < 0 || next == OVERFLOW ? OVERFLOW : next;
    }

    /**
     * Whether a row's total equals the sum of its cells in some columns exactly (see above), its
     * cells read from the table's index.
     */
    private static boolean addsUp(long total, TableIndex index, int row, int[] columns) {
        long sum = 0L;
        for (int c = 0; c < columns.length; c++) {
            long fen = index.fen(row, columns[c]);
            if (fen != TableIndex.ABSENT) {
                long next = sum + fen;
                if (((sum ^ next) & (fen ^ next)) < 0) {
                    return false; // overflows: the checker meets it and reports it
                }
                sum = next;
            }
        }
        return sum == total;
    }

    static String label(Row row) {
        return row.name().isEmpty() ? row.key().toString() : row.name().strip();
    }
}
