package org.yusuan.budget.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * Writes a {@link ValidationReport} for people (text, Chinese or English, grouped by table, with
 * source lines), for programs (JSON and CSV, one record per finding with rule, severity, table,
 * row, column, expected, actual, difference, tolerance, line and message) and for CI systems (SARIF
 * 2.1.0). Amounts are written in 万元 with all the decimals a fen needs. Stateless and thread-safe.
 *
 * <p>Every format shows a root finding once with its {@linkplain Finding#consequences()
 * consequences} under it (indented in text, nested in JSON, rows naming their root in CSV, related
 * locations in SARIF), and counts root findings only.
 */
public final class ReportWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportWriter() {}

    /**
     * The report as text for people: the counts, then the findings grouped by table in report
     * order, each with its severity, rule, row, column, source line and message.
     *
     * @param report the report
     * @param language the language of the messages and headings
     * @return the text
     */
    public static String text(ValidationReport report, Language language) {
        boolean zh = language == Language.CHINESE;
        StringBuilder out = new StringBuilder();
        out.append(report.counts(language)).append('\n');
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String group = f.location()
                    .table()
                    .map(t -> zh ? t.title() + "（" + t.name() + "）" : t.name())
                    .orElse(zh ? "其他" : "Other");
            StringBuilder g = groups.computeIfAbsent(group, k -> new StringBuilder());
            line(g, "  ", f, language);
            if (!f.consequences().isEmpty()) {
                g.append(
                        zh
                                ? "    由此引起 " + f.consequences().size() + " 项（同一差额在以下各处重复出现）：\n"
                                : "    which explains " + f.consequences().size()
                                        + " more (the same difference repeated):\n");
                for (Finding c : f.consequences()) {
                    line(g, "      ", c, language);
                }
            }
        }
        groups.forEach(
                (name, lines) -> out.append('\n').append(name).append('\n').append(lines));
        return out.toString();
    }

    private static void line(StringBuilder g, String indent, Finding f, Language language) {
        boolean zh = language == Language.CHINESE;
        g.append(indent).append(f.severity()).append(' ').append(f.ruleId());
        if (indent.length() > 2) {
            f.location().table().ifPresent(t -> g.append(' ').append(zh ? t.title() : t.name()));
        }
        f.location().page().ifPresent(p -> g.append(zh ? " 第" + p + "页" : " page " + p));
        f.location().sourceLine().ifPresent(l -> g.append(zh ? " 第" + l + "行" : " line " + l));
        f.location()
                .rowName()
                .filter(n -> !n.isBlank())
                .ifPresent(n -> g.append(" 「").append(n.strip()).append("」"));
        f.location().column().ifPresent(c -> g.append(' ').append(zh ? c.label() : c.name()));
        g.append(zh ? "：" : ": ").append(f.message(language)).append('\n');
    }

    /**
     * The report as JSON: {@code {"counts": {...}, "findings": [...]}}, each finding with {@code
     * rule}, {@code severity}, {@code table}, {@code section}, {@code row}, {@code rowName}, {@code
     * column}, {@code line}, {@code page} (of a source PDF), {@code expected}, {@code actual}, {@code difference} (万元), {@code
     * tolerance}, {@code messageZh}, {@code messageEn} and, for a root finding, its {@code consequences} (findings
     * of the same shape); absent values are left out. The counts are of root findings. The schema is
     * {@code docs/report.schema.json}.
     *
     * @param report the report
     * @return the JSON text, ending with a newline
     */
    public static String json(ValidationReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = generator(bytes)) {
            g.writeStartObject();
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), report.count(s));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        text(g, "table", f.location().table().map(Enum::name));
        text(g, "section", f.location().section().map(Enum::name));
        text(g, "row", f.location().row().map(Object::toString));
        text(g, "rowName", f.location().rowName().filter(n -> !n.isEmpty()));
        text(g, "column", f.location().column().map(Enum::name));
        if (f.location().sourceLine().isPresent()) {
            g.writeNumberField("line", f.location().sourceLine().getAsInt());
        }
        if (f.location().page().isPresent()) {
            g.writeNumberField("page", f.location().page().getAsInt());
        }
        amount(g, "expected", f.expected());
        amount(g, "actual", f.actual());
        amount(g, "difference", f.difference());
        if (f.tolerance().isPresent()) {
            g.writeFieldName("tolerance");
            g.writeNumber(f.tolerance().get().toPlainString());
        }
        g.writeStringField("messageZh", f.messageZh());
        g.writeStringField("messageEn", f.messageEn());
        if (!f.consequences().isEmpty()) {
            g.writeArrayFieldStart("consequences");
            for (Finding c : f.consequences()) {
                finding(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * The report as CSV, one row per finding under the header {@code id, root, rule, severity, table,
     * section, row, row_name, column, line, page, expected, actual, difference, tolerance,
     * message_zh, message_en}, text cells protected against spreadsheet formulas. {@code id}
     * numbers the rows from 1; a consequence follows its root finding and names it in {@code root}
     * (empty for a root).
     *
     * @param report the report
     * @return the CSV text
     */
    public static String csv(ValidationReport report) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(
                    "id",
                    "root",
                    "rule",
                    "severity",
                    "table",
                    "section",
                    "row",
                    "row_name",
                    "column",
                    "line",
                    "page",
                    "expected",
                    "actual",
                    "difference",
                    "tolerance",
                    "message_zh",
                    "message_en");
            int id = 0;
            for (Finding f : report.findings()) {
                int root = ++id;
                csvRow(csv, root, "", f);
                for (Finding c : f.consequences()) {
                    csvRow(csv, ++id, Integer.toString(root), c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return out.toString();
    }

    private static void csvRow(CsvWriter csv, int id, String root, Finding f) {
        csv.writeRecord(
                Integer.toString(id),
                root,
                f.ruleId(),
                f.severity().name(),
                f.location().table().map(Enum::name).orElse(""),
                f.location().section().map(Enum::name).orElse(""),
                protect(f.location().row().map(Object::toString).orElse("")),
                protect(f.location().rowName().orElse("")),
                f.location().column().map(Enum::name).orElse(""),
                f.location().sourceLine().isPresent()
                        ? Integer.toString(f.location().sourceLine().getAsInt())
                        : "",
                f.location().page().isPresent()
                        ? Integer.toString(f.location().page().getAsInt())
                        : "",
                f.expected().map(ReportWriter::wan).orElse(""),
                f.actual().map(ReportWriter::wan).orElse(""),
                f.difference().map(ReportWriter::wan).orElse(""),
                f.tolerance().map(BigDecimal::toPlainString).orElse(""),
                protect(f.messageZh()),
                protect(f.messageEn()));
    }

    /**
     * The report as SARIF 2.1.0 for CI systems: one run of the tool {@code budget} with every
     * built-in rule described, and one result per finding (level {@code error}, {@code warning} or
     * {@code note}) located in the given artifact at its source line; a root finding's consequences are
     * its {@code relatedLocations}, each with its own message.
     *
     * @param report the report
     * @param artifactUri the URI of the document that was validated, as the CI system knows it
     * @return the SARIF JSON text, ending with a newline
     */
    public static String sarif(ValidationReport report, String artifactUri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Rule> rules = Validator.builtInRules();
        try (JsonGenerator g = generator(bytes)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "budget");
            g.writeStringField("informationUri", "https://github.com/yusuan/budget");
            g.writeArrayFieldStart("rules");
            for (Rule r : rules) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", r.title());
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.severity()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                int index = indexOf(rules, f.ruleId());
                if (index >= 0) {
                    g.writeNumberField("ruleIndex", index);
                }
                g.writeStringField("level", level(f.severity()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", f.messageEn() + " / " + f.messageZh());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", artifactUri);
                g.writeEndObject();
                if (f.location().sourceLine().isPresent()) {
                    g.writeObjectFieldStart("region");
                    g.writeNumberField("startLine", f.location().sourceLine().getAsInt());
                    g.writeEndObject();
                }
                g.writeEndObject();
                String where = f.location().toString();
                g.writeArrayFieldStart("logicalLocations");
                g.writeStartObject();
                g.writeStringField("fullyQualifiedName", where);
                g.writeStringField("kind", "element");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                if (!f.consequences().isEmpty()) {
                    // the places that repeat this difference: one result, one cause
                    g.writeArrayFieldStart("relatedLocations");
                    int id = 0;
                    for (Finding c : f.consequences()) {
                        g.writeStartObject();
                        g.writeNumberField("id", ++id);
                        g.writeObjectFieldStart("physicalLocation");
                        g.writeObjectFieldStart("artifactLocation");
                        g.writeStringField("uri", artifactUri);
                        g.writeEndObject();
                        if (c.location().sourceLine().isPresent()) {
                            g.writeObjectFieldStart("region");
                            g.writeNumberField(
                                    "startLine", c.location().sourceLine().getAsInt());
                            g.writeEndObject();
                        }
                        g.writeEndObject();
                        g.writeObjectFieldStart("message");
                        g.writeStringField(
                                "text", c.ruleId() + " " + c.location() + ": " + c.messageEn() + " / " + c.messageZh());
                        g.writeEndObject();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SARIF", e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static JsonGenerator generator(ByteArrayOutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    private static void text(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void amount(JsonGenerator g, String field, Optional<Amount> value) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(field);
            g.writeNumber(wan(value.get()));
        }
    }

    private static String wan(Amount amount) {
        BigDecimal wan = amount.toBigDecimal(AmountUnit.WAN_YUAN).stripTrailingZeros();
        return (wan.scale() < 2 ? wan.setScale(2) : wan).toPlainString();
    }

    private static String protect(String text) {
        if (!text.isEmpty() && "=+-@\t\r'".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
