package org.yusuan.budget.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Count;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountParseException;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ImmutableBudgetTable;
import org.yusuan.budget.core.table.ImmutableRow;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * Tables transcribed by hand in a small tab-separated format, for tests that need published tables
 * exactly as printed. One {@code table} line starts each table, a {@code columns} line names its
 * columns, and each {@code row} line gives section, key, printed name, government name, 行次, source
 * line and one cell per column (empty for a blank cell, which is zero; {@code -} where the column
 * does not apply to the row). {@code count} lines hold counts that are not money; {@code narrative}
 * lines hold figures of the narrative (line, label, quote, value, unit, the cell stated, the base
 * cell of a share); {@code #} starts a comment.
 *
 * <pre>
 * table   BUDGET_EXPENDITURE  unit=WAN_YUAN  decimals=2  line=100
 * columns TOTAL   BASIC   PROJECT
 * row     MAIN    line:TOTAL  合计  (gov)  (行次)  105  1563.24  1076.53  486.71
 * </pre>
 */
public final class TableFixture {
    private final Map<TableKind, BudgetTable> tables;
    private final List<Count> counts;
    private final List<NarrativeFigure> narrative;

    private TableFixture(Map<TableKind, BudgetTable> tables, List<Count> counts, List<NarrativeFigure> narrative) {
        this.tables = Collections.unmodifiableMap(tables);
        this.counts = List.copyOf(counts);
        this.narrative = List.copyOf(narrative);
    }

    /** The narrative figures, in the order of the file. */
    public List<NarrativeFigure> narrative() {
        return narrative;
    }

    /** The tables, by kind, in the order of the file. */
    public Map<TableKind, BudgetTable> tables() {
        return tables;
    }

    /** The counts that are not money. */
    public List<Count> counts() {
        return counts;
    }

    /**
     * Reads a fixture file (UTF-8).
     *
     * @param file the file
     * @return the fixture
     * @throws BudgetFormatException naming the line and column of a malformed line
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TableFixture read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a fixture.
     *
     * @param text the fixture text; not closed
     * @param source the name used in error messages
     * @return the fixture
     * @throws BudgetFormatException naming the line and column of a malformed line
     */
    public static TableFixture read(Reader text, String source) {
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        List<Count> counts = new ArrayList<>();
        List<NarrativeFigure> narrative = new ArrayList<>();
        Parser parser = new Parser(source, tables, counts, narrative);
        try {
            BufferedReader lines = new BufferedReader(text);
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                parser.line(number, line);
            }
            parser.finish(number);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return new TableFixture(tables, counts, narrative);
    }

    private static final class Parser {
        private final String source;
        private final Map<TableKind, BudgetTable> tables;
        private final List<Count> counts;
        private final List<NarrativeFigure> narrative;
        private ImmutableBudgetTable.Builder table;
        private TableKind kind;
        private AmountFormat format;
        private List<Column> columns;
        private int tableLine;

        Parser(String source, Map<TableKind, BudgetTable> tables, List<Count> counts, List<NarrativeFigure> narrative) {
            this.source = source;
            this.tables = tables;
            this.counts = counts;
            this.narrative = narrative;
        }

        void line(int number, String line) {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "table":
                    finish(number);
                    startTable(number, f);
                    break;
                case "columns":
                    requireTable(number, "columns");
                    columns = new ArrayList<>();
                    for (int i = 1; i < f.length; i++) {
                        columns.add(parseEnum(Column.class, f[i], number, column(f, i)));
                    }
                    table.addAllColumns(columns);
                    break;
                case "row":
                    requireTable(number, "row");
                    table.addRows(row(number, f));
                    break;
                case "count":
                    if (f.length != 4) {
                        throw error(number, 0, "a count line has 4 fields, found " + f.length);
                    }
                    OptionalLong value = f[3].isEmpty()
                            ? OptionalLong.empty()
                            : OptionalLong.of(parseLong(f[3], number, column(f, 3)));
                    counts.add(new Count(f[1], value, OptionalInt.of(parseInt(f[2], number, column(f, 2)))));
                    break;
                case "narrative":
                    narrative.add(figure(number, f));
                    break;
                default:
                    throw error(number, 1, "unknown line kind \"" + f[0] + "\"");
            }
        }

        private void startTable(int number, String[] f) {
            kind = parseEnum(TableKind.class, field(f, 1, number), number, column(f, 1));
            if (tables.containsKey(kind)) {
                throw error(number, column(f, 1), "the table " + kind + " appears twice");
            }
            AmountUnit unit = null;
            Integer decimals = null;
            boolean empty = false;
            OptionalInt titleLine = OptionalInt.empty();
            for (int i = 2; i < f.length; i++) {
                String part = f[i];
                if (part.startsWith("unit=")) {
                    unit = parseEnum(AmountUnit.class, part.substring(5), number, column(f, i));
                } else if (part.startsWith("decimals=")) {
                    decimals = parseInt(part.substring(9), number, column(f, i));
                } else if (part.startsWith("line=")) {
                    titleLine = OptionalInt.of(parseInt(part.substring(5), number, column(f, i)));
                } else if (part.equals("empty")) {
                    empty = true;
                } else {
                    throw error(number, column(f, i), "unknown table attribute \"" + part + "\"");
                }
            }
            if (unit == null || decimals == null) {
                throw error(number, 0, "a table line needs unit= and decimals=");
            }
            format = AmountFormat.of(unit, decimals).withBlankAsZero(true);
            table = BudgetTable.builder()
                    .kind(kind)
                    .unit(unit)
                    .decimals(decimals)
                    .publishedEmpty(empty);
            titleLine.ifPresent(table::sourceLine);
            columns = null;
            tableLine = number;
        }

        private Row row(int number, String[] f) {
            if (columns == null) {
                throw error(number, 0, "a row before the table's columns line");
            }
            int expected = 7 + columns.size();
            if (f.length != expected) {
                throw error(number, 0, "a row of this table has " + expected + " fields, found " + f.length);
            }
            RowKey key;
            try {
                key = RowKey.parse(f[2]);
            } catch (IllegalArgumentException e) {
                throw error(number, column(f, 2), e.getMessage());
            }
            ImmutableRow.Builder row = Row.builder()
                    .section(parseEnum(Section.class, f[1], number, column(f, 1)))
                    .key(key)
                    .name(f[3]);
            if (!f[4].isEmpty()) {
                row.governmentName(f[4]);
            }
            if (!f[5].isEmpty()) {
                row.number(parseInt(f[5], number, column(f, 5)));
            }
            row.sourceLine(parseInt(f[6], number, column(f, 6)));
            for (int i = 0; i < columns.size(); i++) {
                String cell = f[7 + i];
                if (cell.equals("-")) {
                    continue;
                }
                try {
                    row.putCells(columns.get(i), format.parse(cell));
                } catch (AmountParseException e) {
                    throw error(number, column(f, 7 + i) + e.errorIndex(), e.getMessage());
                }
            }
            return row.build();
        }

        private NarrativeFigure figure(int number, String[] f) {
            if (f.length != 8) {
                throw error(number, 0, "a narrative line has 8 fields, found " + f.length);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(f[4].replace(",", ""));
            } catch (NumberFormatException e) {
                throw error(number, column(f, 4), "not a number: \"" + f[4] + "\"");
            }
            NarrativeFigure.Unit unit = parseEnum(NarrativeFigure.Unit.class, f[5], number, column(f, 5));
            try {
                return new NarrativeFigure(
                        f[2],
                        f[3],
                        value,
                        unit,
                        OptionalInt.of(parseInt(f[1], number, column(f, 1))),
                        f[6].isEmpty() ? Optional.empty() : Optional.of(CellRef.parse(f[6])),
                        f[7].isEmpty() ? Optional.empty() : Optional.of(CellRef.parse(f[7])));
            } catch (IllegalArgumentException e) {
                throw error(number, column(f, 6), e.getMessage());
            }
        }

        void finish(int number) {
            if (table == null) {
                return;
            }
            if (columns == null) {
                throw error(tableLine, 0, "the table " + kind + " has no columns line");
            }
            try {
                tables.put(kind, table.build());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw error(tableLine, 0, e.getMessage());
            }
            table = null;
        }

        private void requireTable(int number, String what) {
            if (table == null) {
                throw error(number, 1, "a " + what + " line outside a table");
            }
        }

        private <E extends Enum<E>> E parseEnum(Class<E> type, String text, int line, int column) {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw error(line, column, "not a " + type.getSimpleName() + ": \"" + text + "\"");
            }
        }

        private int parseInt(String text, int line, int column) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw error(line, column, "not a whole number: \"" + text + "\"");
            }
        }

        private long parseLong(String text, int line, int column) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw error(line, column, "not a whole number: \"" + text + "\"");
            }
        }

        private String field(String[] f, int i, int line) {
            if (i >= f.length) {
                throw error(line, 0, "missing field " + (i + 1));
            }
            return f[i];
        }

        private static int column(String[] f, int index) {
            int column = 1;
            for (int i = 0; i < index && i < f.length; i++) {
                column += f[i].length() + 1;
            }
            return column;
        }

        private BudgetFormatException error(int line, int column, String reason) {
            return new BudgetFormatException(source, line, column, reason);
        }
    }
}
