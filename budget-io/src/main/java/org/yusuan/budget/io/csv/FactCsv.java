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
import java.util.List;
import java.util.OptionalInt;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.text.TextEncoding;

/**
 * The long "fact" form of a disclosure: one CSV row per published cell (table, section, row key,
 * row name, column, amount, unit, decimals, source line), with a {@code datapackage.json}
 * descriptor in the style of the Frictionless (Fiscal) Data Package so that standard tools open
 * the data. Written as UTF-8 with a byte order mark; read from UTF-8 or GB18030.
 */
public final class FactCsv {
    /** The header, in order. */
    public static final List<String> HEADER =
            List.of("table", "section", "row_key", "row_name", "column", "amount", "unit", "decimals", "source_line");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FactCsv() {}

    /**
     * The facts of a disclosure: every cell of every table, in table and row order.
     *
     * @param disclosure the disclosure
     * @return the facts
     */
    public static List<Fact> facts(Disclosure disclosure) {
        List<Fact> facts = new ArrayList<>();
        for (BudgetTable t : disclosure.tables().values()) {
            for (Row r : t.rows()) {
                for (Column c : t.columns()) {
                    r.cell(c)
                            .ifPresent(a -> facts.add(new Fact(
                                    t.kind(),
                                    r.section(),
                                    r.key(),
                                    r.name(),
                                    c,
                                    a,
                                    t.unit(),
                                    t.decimals(),
                                    r.sourceLine())));
                }
            }
        }
        return facts;
    }

    /**
     * Writes facts as CSV text (no byte order mark).
     *
     * @param facts the facts
     * @return the CSV
     */
    public static String write(List<Fact> facts) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(HEADER);
            for (Fact f : facts) {
                csv.writeRecord(
                        f.table().name(),
                        f.section().name(),
                        Cells.protect(f.row().toString()),
                        Cells.protect(f.rowName()),
                        f.column().name(),
                        AmountFormat.of(f.unit(), f.decimals()).format(f.amount()),
                        f.unit().name(),
                        Integer.toString(f.decimals()),
                        f.sourceLine().isPresent()
                                ? Integer.toString(f.sourceLine().getAsInt())
                                : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return out.toString();
    }

    /**
     * Writes the facts of a disclosure as UTF-8 CSV with a byte order mark.
     *
     * @param disclosure the disclosure
     * @return the bytes
     */
    public static byte[] writeBytes(Disclosure disclosure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(write(facts(disclosure)).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Reads facts from CSV bytes in UTF-8 (with or without a byte order mark) or GB18030.
     *
     * @param bytes the CSV
     * @param source the name used in error messages
     * @return the facts
     * @throws BudgetFormatException with the line (and field number as column), if a row is not a fact
     */
    public static List<Fact> read(byte[] bytes, String source) {
        String text = decode(bytes);
        List<Fact> facts = new ArrayList<>();
        Previous previous = new Previous();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            boolean first = true;
            for (CsvRecord r : csv) {
                int line = (int) r.getStartingLineNumber();
                if (first) {
                    first = false;
                    if (!r.getFields().equals(HEADER)) {
                        throw new BudgetFormatException(
                                source, line, 0, "the header is not " + HEADER + ": " + r.getFields());
                    }
                    continue;
                }
                if (r.getFieldCount() != HEADER.size()) {
                    throw new BudgetFormatException(
                            source, line, 0, "a fact has " + HEADER.size() + " cells, found " + r.getFieldCount());
                }
                facts.add(fact(r, line, source, previous));
            }
        } catch (CsvParseException e) {
            throw new BudgetFormatException(source, 1, 0, "not CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return facts;
    }

    /**
     * The text of the bytes. With a byte order mark (which {@link #writeBytes} writes) the text is
     * UTF-8, as {@link TextEncoding#decode} decides; decoded here straight into a string, which
     * replaces malformed input the same way and saves the decoder's intermediate buffer, a tenth of
     * the time of reading a fact file.
     */
    private static String decode(byte[] bytes) {
        if (bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
            return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
        }
        return TextEncoding.decode(bytes);
    }

    /**
     * What the previous fact parsed: the cells of one row come one after another with the same table,
     * section, row key, name, unit and decimals, so each is parsed once a row instead of once a cell.
     */
    private static final class Previous {
        private String keyText;
        private RowKey key;
        private String nameText;
        private String name;
        private String tableText;
        private TableKind table;
        private String sectionText;
        private Section section;
        private AmountUnit unit;
        private int decimals = -1;
        private AmountFormat format;
        private Column column;

        /** The column that followed each column last time: a row's cells come in one order. */
        private final Column[] after = new Column[Column.values().length + 1];

        Column column(String text) {
            int from = column == null ? after.length - 1 : column.ordinal();
            Column guess = after[from];
            Column found = guess != null && guess.name().equals(text) ? guess : Column.valueOf(text);
            after[from] = found;
            column = found;
            return found;
        }

        AmountUnit unit(String text) {
            return unit != null && unit.name().equals(text) ? unit : AmountUnit.valueOf(text);
        }

        RowKey key(String text) {
            if (!text.equals(keyText)) {
                key = RowKey.parse(Cells.unprotect(text));
                keyText = text;
            }
            return key;
        }

        String name(String text) {
            if (!text.equals(nameText)) {
                name = Cells.unprotect(text);
                nameText = text;
            }
            return name;
        }

        TableKind table(String text) {
            if (!text.equals(tableText)) {
                table = TableKind.valueOf(text);
                tableText = text;
            }
            return table;
        }

        Section section(String text) {
            if (!text.equals(sectionText)) {
                section = Section.valueOf(text);
                sectionText = text;
            }
            return section;
        }

        AmountFormat format(AmountUnit unit, int decimals) {
            if (unit != this.unit || decimals != this.decimals) {
                format = AmountFormat.of(unit, decimals);
                this.unit = unit;
                this.decimals = decimals;
            }
            return format;
        }
    }

    private static Fact fact(CsvRecord r, int line, String source, Previous previous) {
        int field = 1;
        try {
            TableKind table = previous.table(r.getField(0));
            field = 2;
            Section section = previous.section(r.getField(1));
            field = 3;
            RowKey key = previous.key(r.getField(2));
            field = 5;
            Column column = previous.column(r.getField(4));
            field = 7;
            AmountUnit unit = previous.unit(r.getField(6));
            field = 8;
            int decimals = Integer.parseInt(r.getField(7));
            field = 6;
            var amount = previous.format(unit, decimals).parse(r.getField(5));
            if (!amount.isExactIn(unit, decimals)) {
                throw new IllegalArgumentException(
                        "the amount " + r.getField(5) + " is finer than " + decimals + " decimals");
            }
            field = 9;
            OptionalInt sourceLine =
                    r.getField(8).isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.getField(8)));
            return new Fact(
                    table, section, key, previous.name(r.getField(3)), column, amount, unit, decimals, sourceLine);
        } catch (IllegalArgumentException e) {
            throw new BudgetFormatException(source, line, field, e.getMessage(), e);
        }
    }

    /**
     * A {@code datapackage.json} descriptor for a fact file, in the style of the Frictionless
     * (Fiscal) Data Package: one tabular resource with typed fields.
     *
     * @param name the package name (lower case, digits, {@code -_.})
     * @param path the fact file's path relative to the descriptor
     * @return the descriptor as JSON text
     */
    public static String datapackage(String name, String path) {
        if (!name.matches("[a-z0-9._-]+")) {
            throw new IllegalArgumentException("a data package name is lower case, digits and -_.: \"" + name + "\"");
        }
        String[][] fields = {
            {"table", "string", "the table (TableKind)"},
            {"section", "string", "the part of the table (Section)"},
            {
                "row_key",
                "string",
                "what the row is about: functional:…, economic:…, fund:…, project:…, unit:…, item:…, line:…"
            },
            {"row_name", "string", "the row's name as published"},
            {"column", "string", "what the column means (Column)"},
            {"amount", "number", "the published amount, in unit"},
            {"unit", "string", "YUAN (元) or WAN_YUAN (万元)"},
            {"decimals", "integer", "the decimals the amount was published with"},
            {"source_line", "integer", "the line of the source document"}
        };
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"name\": \"").append(name).append("\",\n");
        json.append("  \"profile\": \"tabular-data-package\",\n");
        json.append("  \"resources\": [\n    {\n");
        json.append("      \"name\": \"facts\",\n      \"path\": \"")
                .append(path.replace("\\", "/").replace("\"", ""))
                .append("\",\n");
        json.append("      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\",\n");
        json.append("      \"encoding\": \"utf-8-sig\",\n      \"schema\": {\n        \"fields\": [\n");
        for (int i = 0; i < fields.length; i++) {
            json.append("          {\"name\": \"")
                    .append(fields[i][0])
                    .append("\", \"type\": \"")
                    .append(fields[i][1])
                    .append("\", \"description\": \"")
                    .append(fields[i][2])
                    .append("\"}")
                    .append(i + 1 < fields.length ? ",\n" : "\n");
        }
        json.append("        ],\n        \"primaryKey\": [\"table\", \"section\", \"row_key\", \"column\"]\n");
        json.append("      }\n    }\n  ]\n}\n");
        return json.toString();
    }
}
