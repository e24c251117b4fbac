package org.yusuan.budget.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountParseException;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.text.TextEncoding;

/**
 * One table as CSV with Chinese headers, in the table's row order: 区域 (section), 行键 (row key),
 * 项目 (name as published), 政府经济科目 (government name), 行次, 来源行 (source line), then one column
 * per table column under its Chinese label, amounts in the table's unit with its decimals. A cell
 * that does not apply to a row is empty; zero is written {@code 0.00}. Written as UTF-8 with a byte
 * order mark, so that Excel opens it correctly; read from UTF-8 with or without the mark, or
 * GB18030. Text cells a spreadsheet would run as formulas are protected with a leading apostrophe.
 *
 * <p>Errors name the record's line and, where one field is at fault, its 1-based field number as
 * the column. The CSV holds the rows; the table's kind, unit and decimals are given when reading (a file per
 * table, named for its kind, is the usual layout). A table without rows reads back as published
 * empty (本表无数据).
 */
public final class TableCsv {
    private static final String[] FIXED = {"区域", "行键", "项目", "政府经济科目", "行次", "来源行"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableCsv() {}

    /**
     * Writes a table as CSV text (no byte order mark).
     *
     * @param table the table
     * @return the CSV, CRLF line ends as RFC 4180 has them
     */
    public static String write(BudgetTable table) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            List<String> header = new ArrayList<>(List.of(FIXED));
            table.columns().forEach(c -> header.add(c.label()));
            csv.writeRecord(header);
            AmountFormat format = AmountFormat.of(table.unit(), table.decimals());
            for (Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.section().name());
                cells.add(Cells.protect(row.key().toString()));
                cells.add(Cells.protect(row.name()));
                cells.add(Cells.protect(row.governmentName().orElse("")));
                cells.add(
                        row.number().isPresent() ? Integer.toString(row.number().getAsInt()) : "");
                cells.add(
                        row.sourceLine().isPresent()
                                ? Integer.toString(row.sourceLine().getAsInt())
                                : "");
                for (Column c : table.columns()) {
                    cells.add(row.cell(c).map(format::format).orElse(""));
                }
                csv.writeRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return out.toString();
    }

    /**
     * Writes a table as UTF-8 CSV bytes with a byte order mark.
     *
     * @param table the table
     * @return the bytes
     */
    public static byte[] writeBytes(BudgetTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(write(table).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Reads a table written by {@link #write}, from bytes in UTF-8 (with or without a byte order
     * mark) or GB18030.
     *
     * @param bytes the CSV
     * @param kind which table it is
     * @param unit the unit of its amounts
     * @param decimals the decimals of its amounts
     * @param source the name used in error messages
     * @return the table
     * @throws BudgetFormatException with line and column, if the CSV is not such a table
     */
    public static BudgetTable read(byte[] bytes, TableKind kind, AmountUnit unit, int decimals, String source) {
        return read(TextEncoding.decode(bytes), kind, unit, decimals, source);
    }

    /**
     * Reads a table from CSV bytes in a given encoding (a UTF-8 byte order mark is skipped).
     *
     * @param bytes the CSV
     * @param encoding the encoding, when it is known rather than detected
     * @param kind which table it is
     * @param unit the unit of its amounts
     * @param decimals the decimals of its amounts
     * @param source the name used in error messages
     * @return the table
     * @throws BudgetFormatException with line and column, if the CSV is not such a table
     */
    public static BudgetTable read(
            byte[] bytes, TextEncoding encoding, TableKind kind, AmountUnit unit, int decimals, String source) {
        return read(encoding.read(bytes), kind, unit, decimals, source);
    }

    /**
     * Reads a table from CSV text.
     *
     * @param text the CSV
     * @param kind which table it is
     * @param unit the unit of its amounts
     * @param decimals the decimals of its amounts
     * @param source the name used in error messages
     * @return the table
     * @throws BudgetFormatException with line and column, if the CSV is not such a table
     */
    public static BudgetTable read(String text, TableKind kind, AmountUnit unit, int decimals, String source) {
        Map<String, Column> byLabel = new HashMap<>();
        for (Column c : Column.values()) {
            byLabel.put(c.label(), c);
        }
        AmountFormat format = AmountFormat.of(unit, decimals);
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            boolean first = true;
            for (CsvRecord r : csv) {
                int line = (int) r.getStartingLineNumber();
                if (first) {
                    first = false;
                    for (int i = 0; i < FIXED.length; i++) {
                        if (r.getFieldCount() <= i || !r.getField(i).equals(FIXED[i])) {
                            throw new BudgetFormatException(
                                    source,
                                    line,
                                    0,
                                    "the header does not start with " + String.join(",", FIXED) + ": " + r.getFields());
                        }
                    }
                    for (int i = FIXED.length; i < r.getFieldCount(); i++) {
                        Column c = byLabel.get(r.getField(i));
                        if (c == null) {
                            throw new BudgetFormatException(
                                    source, line, 0, "unknown column \"" + r.getField(i) + "\"");
                        }
                        columns.add(c);
                    }
                    continue;
                }
                if (r.getFieldCount() != FIXED.length + columns.size()) {
                    throw new BudgetFormatException(
                            source,
                            line,
                            0,
                            "a row has " + r.getFieldCount() + " cells, the header " + (FIXED.length + columns.size()));
                }
                rows.add(row(r, line, columns, format, source));
            }
        } catch (CsvParseException e) {
            throw new BudgetFormatException(source, 1, 0, "not CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        try {
            return BudgetTable.builder()
                    .kind(kind)
                    .unit(unit)
                    .decimals(decimals)
                    .columns(columns)
                    .rows(rows)
                    .publishedEmpty(rows.isEmpty())
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BudgetFormatException(source, 1, 0, e.getMessage(), e);
        }
    }

    private static Row row(CsvRecord r, int line, List<Column> columns, AmountFormat format, String source) {
        try {
            var b = Row.builder()
                    .section(Section.valueOf(r.getField(0)))
                    .key(RowKey.parse(Cells.unprotect(r.getField(1))))
                    .name(Cells.unprotect(r.getField(2)));
            String government = Cells.unprotect(r.getField(3));
            if (!government.isEmpty()) {
                b.governmentName(government);
            }
            if (!r.getField(4).isEmpty()) {
                b.number(Integer.parseInt(r.getField(4)));
            }
            if (!r.getField(5).isEmpty()) {
                b.sourceLine(Integer.parseInt(r.getField(5)));
            }
            for (int i = 0; i < columns.size(); i++) {
                String cell = r.getField(FIXED.length + i);
                if (!cell.isEmpty()) {
                    try {
                        b.putCells(columns.get(i), format.parse(cell));
                    } catch (AmountParseException e) {
                        throw new BudgetFormatException(source, line, FIXED.length + i + 1, e.getMessage(), e);
                    }
                }
            }
            return b.build();
        } catch (BudgetFormatException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BudgetFormatException(source, line, 0, e.getMessage(), e);
        }
    }
}
