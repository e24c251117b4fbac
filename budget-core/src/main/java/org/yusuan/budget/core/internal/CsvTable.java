package org.yusuan.budget.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.BudgetFormatException;

/**
 * A small RFC 4180 reader for the catalog files of budget-core, which must not depend on a CSV
 * library. Keeps the line and column of every cell so that errors can point at them. A header line
 * is required; a UTF-8 byte order mark before it is skipped.
 */
public final class CsvTable {
    private final String source;
    private final Map<String, Integer> header;
    private final List<Row> rows;

    private CsvTable(String source, Map<String, Integer> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /** One record: its cells, and where each cell starts. */
    public final class Row {
        private final List<String> cells;
        private final List<int[]> positions;

        Row(List<String> cells, List<int[]> positions) {
            this.cells = cells;
            this.positions = positions;
        }

        /** The 1-based line where this record starts. */
        public int line() {
            return positions.get(0)[0];
        }

        /** The cell of a column by header name, stripped; empty if the column is absent or blank. */
        public Optional<String> optional(String column) {
            Integer index = header.get(column);
            if (index == null || index >= cells.size()) {
                return Optional.empty();
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** The cell of a required column, stripped; an error naming the position if it is blank. */
        public String required(String column) {
            return optional(column).orElseThrow(() -> error(column, "the column \"" + column + "\" is blank"));
        }

        /** An exception pointing at the cell of a column (or the line, if the column is absent). */
        public BudgetFormatException error(String column, String reason) {
            Integer index = header.get(column);
            if (index == null || index >= positions.size()) {
                return new BudgetFormatException(source, line(), 0, reason);
            }
            int[] position = positions.get(index);
            return new BudgetFormatException(source, position[0], position[1], reason);
        }
    }

    /** The name of the source. */
    public String source() {
        return source;
    }

    /** Whether the header has a column of this name. */
    public boolean hasColumn(String column) {
        return header.containsKey(column);
    }

    /** The records after the header, in order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a whole CSV text.
     *
     * @param reader the text; not closed
     * @param source the name used in error messages
     * @param requiredColumns header names that must be present
     * @return the table
     * @throws BudgetFormatException if the text is not well-formed CSV or lacks a required column
     * @throws UncheckedIOException if the reader fails
     */
    public static CsvTable read(Reader reader, String source, String... requiredColumns) {
        String text;
        try {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        List<List<String>> records = new ArrayList<>();
        List<List<int[]>> positions = new ArrayList<>();
        parse(text, source, records, positions);
        if (records.isEmpty()) {
            throw new BudgetFormatException(source, 1, 0, "no header line");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (header.putIfAbsent(name, i) != null) {
                int[] at = positions.get(0).get(i);
                throw new BudgetFormatException(source, at[0], at[1], "duplicate column \"" + name + "\"");
            }
        }
        for (String required : requiredColumns) {
            if (!header.containsKey(required)) {
                throw new BudgetFormatException(
                        source, 1, 0, "missing column \"" + required + "\" (header is " + names + ")");
            }
        }
        CsvTable table = new CsvTable(source, header, new ArrayList<>());
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // an empty line carries no record
            }
            if (record.size() > names.size()) {
                int[] at = positions.get(r).get(names.size());
                throw new BudgetFormatException(
                        source,
                        at[0],
                        at[1],
                        "more cells (" + record.size() + ") than header columns (" + names.size() + ")");
            }
            table.rows.add(table.new Row(record, positions.get(r)));
        }
        return table;
    }

    private static void parse(String text, String source, List<List<String>> records, List<List<int[]>> positions) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int lineStart = i;
        List<String> record = new ArrayList<>();
        List<int[]> recordPositions = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean atCellStart = true;
        int n = text.length();
        while (i <= n) {
            if (atCellStart) {
                recordPositions.add(new int[] {line, i - lineStart + 1});
                atCellStart = false;
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    int quoteColumn = i - lineStart + 1;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new BudgetFormatException(source, quoteLine, quoteColumn, "unclosed quote");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                        cell.append(c);
                        i++;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new BudgetFormatException(source, line, i - lineStart + 1, "text after a closing quote");
                    }
                    continue;
                }
            }
            char c = i < n ? text.charAt(i) : '\n';
            if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\n' || c == '\r') {
                record.add(cell.toString());
                cell.setLength(0);
                if (i < n || !(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                    positions.add(recordPositions);
                }
                record = new ArrayList<>();
                recordPositions = new ArrayList<>();
                atCellStart = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                lineStart = i;
                if (i >= n) {
                    break;
                }
            } else if (c == '"') {
                throw new BudgetFormatException(source, line, i - lineStart + 1, "quote inside an unquoted cell");
            } else {
                cell.append(c);
                i++;
            }
        }
    }
}
