package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.Disclosure;
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
        List<Column> present = parts.stream().filter(table.columns()::contains).toList();
        if (!table.columns().contains(total) || present.isEmpty()) {
            return;
        }
        for (Row row : table.rows(section)) {
            Optional<Cell> t = Cell.of(table, row, total);
            List<Cell> cells = new ArrayList<>();
            present.forEach(c -> Cell.of(table, row, c).ifPresent(cells::add));
            if (t.isPresent() && !cells.isEmpty()) {
                checker.sum(
                        t.get(),
                        cells,
                        table.kind().title() + "「" + label(row) + "」" + total.label() + "＝各栏之和",
                        kind + " row " + row.key() + ": " + total + " = sum of " + present);
            }
        }
    }

    /**
     * The functional hierarchy of a table: each code = Σ its nearest present descendants (so a level
     * the table omits is skipped, not missed), and the 合计 line = Σ the top codes, in every column.
     */
    static void functionalHierarchy(Disclosure d, TableKind kind, Section section, Checker checker) {
        Optional<BudgetTable> found = d.table(kind);
        if (found.isEmpty() || found.get().publishedEmpty()) {
            return;
        }
        BudgetTable table = found.get();
        List<Row> coded = table.rows(section).stream()
                .filter(r -> r.key() instanceof RowKey.Functional)
                .toList();
        if (coded.isEmpty()) {
            return;
        }
        for (Row parent : coded) {
            FunctionalCode code = ((RowKey.Functional) parent.key()).code();
            List<Row> children = nearest(coded, code);
            if (!children.isEmpty()) {
                for (Column column : table.columns()) {
                    sumRows(table, parent, children, column, checker, "下级科目之和", "its sub-codes");
                }
            }
        }
        List<Row> tops = coded.stream()
                .filter(r -> coded.stream().noneMatch(p -> isAncestor(p, r)))
                .toList();
        table.row(section, line(Line.TOTAL)).ifPresent(totalRow -> {
            for (Column column : table.columns()) {
                sumRows(table, totalRow, tops, column, checker, "各类之和", "the classes");
            }
        });
    }

    private static boolean isAncestor(Row parent, Row child) {
        FunctionalCode p = ((RowKey.Functional) parent.key()).code();
        FunctionalCode c = ((RowKey.Functional) child.key()).code();
        return p.isAncestorOf(c);
    }

    private static List<Row> nearest(List<Row> coded, FunctionalCode code) {
        List<Row> under = coded.stream()
                .filter(r -> code.isAncestorOf(((RowKey.Functional) r.key()).code()))
                .toList();
        return under.stream()
                .filter(r -> under.stream().noneMatch(o -> isAncestor(o, r)))
                .toList();
    }

    /** The economic hierarchy: class = Σ sections; the total line = Σ classes. */
    static void economicHierarchy(Disclosure d, TableKind kind, Section section, Line totalLine, Checker checker) {
        Optional<BudgetTable> found = d.table(kind);
        if (found.isEmpty() || found.get().publishedEmpty()) {
            return;
        }
        BudgetTable table = found.get();
        List<Row> coded = table.rows(section).stream()
                .filter(r -> r.key() instanceof RowKey.Economic)
                .toList();
        List<Row> classes = new ArrayList<>();
        for (Row row : coded) {
            EconomicCode code = ((RowKey.Economic) row.key()).code();
            if (code.level() != CodeLevel.CLASS) {
                continue;
            }
            classes.add(row);
            List<Row> sections = coded.stream()
                    .filter(r -> ((RowKey.Economic) r.key()).code().parent().equals(Optional.of(code)))
                    .toList();
            if (!sections.isEmpty()) {
                for (Column column : table.columns()) {
                    sumRows(table, row, sections, column, checker, "各款之和", "its sections");
                }
            }
        }
        table.row(section, line(totalLine)).ifPresent(totalRow -> {
            List<Row> parts = classes.isEmpty() ? coded : classes;
            for (Column column : table.columns()) {
                sumRows(table, totalRow, parts, column, checker, "各类之和", "the classes");
            }
        });
    }

    /** total row's cell = Σ the rows' cells in a column, where the total has the column. */
    static void sumRows(
            BudgetTable table, Row total, List<Row> parts, Column column, Checker checker, String zh, String en) {
        Optional<Cell> t = Cell.of(table, total, column);
        if (t.isEmpty()) {
            return;
        }
        List<Cell> cells = new ArrayList<>();
        parts.forEach(r -> Cell.of(table, r, column).ifPresent(cells::add));
        if (cells.isEmpty()) {
            return;
        }
        checker.sum(
                t.get(),
                cells,
                table.kind().title() + "「" + label(total) + "」" + column.label() + "＝" + zh,
                table.kind() + " " + total.key() + " " + column + " = sum of " + en);
    }

    static String label(Row row) {
        return row.name().isEmpty() ? row.key().toString() : row.name().strip();
    }

    /** The cells of every row of a section whose key is of a type, in a column. */
    static List<Cell> cells(BudgetTable table, Section section, Class<? extends RowKey> keyType, Column column) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : table.rows(section)) {
            if (keyType.isInstance(row.key())) {
                Cell.of(table, row, column).ifPresent(cells::add);
            }
        }
        return cells;
    }
}
