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
        out.append(
                zh
                        ? "错误 " + report.count(Severity.ERROR) + " 项，警告 " + report.count(Severity.WARNING) + " 项，提示 "
                                + report.count(Severity.INFO) + " 项\n"
                        : report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings, "
                                + report.count(Severity.INFO) + " infos\n");
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String group = f.location()
                    .table()
                    .map(t -> zh ? t.title() + "（" + t.name() + "）" : t.name())
                    .orElse(zh ? "其他" : "Other");
            StringBuilder g = groups.computeIfAbsent(group, k -> new StringBuilder());
            g.append("  ").append(f.severity()).append(' ').append(f.ruleId());
            f.location().page().ifPresent(p -> g.append(zh ? " 第" + p + "页" : " page " + p));
            f.location().sourceLine().ifPresent(l -> g.append(zh ? " 第" + l + "行" : " line " + l));
            f.location()
                    .rowName()
                    .filter(n -> !n.isBlank())
                    .ifPresent(n -> g.append(" 「").append(n.strip()).append("」"));
            f.location().column().ifPresent(c -> g.append(' ').append(zh ? c.label() : c.name()));
            g.append(zh ? "：" : ": ").append(f.message(language)).append('\n');
        }
        groups.forEach(
                (name, lines) -> out.append('\n').append(name).append('\n').append(lines));
        return out.toString();
    }

    /**
     * The report as JSON: {@code {"counts": {...}, "findings": [...]}}, each finding with {@code
     * rule}, {@code severity}, {@code table}, {@code section}, {@code row}, {@code rowName}, {@code
     * column}, {@code line}, {@code page} (of a source PDF), {@code expected}, {@code actual}, {@code difference} (万元), {@code
     * tolerance}, {@code messageZh} and {@code messageEn}; absent values are left out. The schema is
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
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    /**
     * The report as CSV, one row per finding under the header {@code rule, severity, table, section,
     * row, row_name, column, line, expected, actual, difference, tolerance, message_zh,
     * message_en}, text cells protected against spreadsheet formulas.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String csv(ValidationReport report) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(
                    "rule",
                    "severity",
                    "table",
                    "section",
                    "row",
                    "row_name",
                    "column",
                    "line",
                    "expected",
                    "actual",
                    "difference",
                    "tolerance",
                    "message_zh",
                    "message_en");
            for (Finding f : report.findings()) {
                csv.writeRecord(
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
                        f.expected().map(ReportWriter::wan).orElse(""),
                        f.actual().map(ReportWriter::wan).orElse(""),
                        f.difference().map(ReportWriter::wan).orElse(""),
                        f.tolerance().map(BigDecimal::toPlainString).orElse(""),
                        protect(f.messageZh()),
                        protect(f.messageEn()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return out.toString();
    }

    /**
     * The report as SARIF 2.1.0 for CI systems: one run of the tool {@code budget} with every
     * built-in rule described, and one result per finding (level {@code error}, {@code warning} or
     * {@code note}) located in the given artifact at its source line.
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
