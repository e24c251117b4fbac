package org.yusuan.budget.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.io.report.ReportWriter;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.ValidationReport;

/**
 * Writes the reports of one {@code budget validate} run, in argument order, as they are ready.
 *
 * <p>For a single file the output is exactly what {@link ReportWriter} writes. For several files
 * (several arguments, or a folder): text has one section per file headed by {@code == FILE ==}; JSON
 * is one array of <code>{"file": FILE, "report": REPORT}</code>, each report as {@link
 * ReportWriter#json} writes it; CSV is {@link ReportWriter#csv}'s table with a first column {@code
 * file}; SARIF is one log with one run per file. Files that could not be read are left out (their
 * error goes to the error stream).
 */
public final class ReportSink {
    /** Amounts as plain decimals; the writer it is given is the caller's to close. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Writer out;
    private final ReportFormat format;
    private final Language language;
    private final boolean several;
    private int written;
    /** The combined JSON array or SARIF log, open from the first file to {@link #finish()}. */
    private JsonGenerator combined;

    /**
     * A sink.
     *
     * @param out where the reports go; not closed
     * @param format their form
     * @param language the language of text reports
     * @param several whether the run has several files (the combined forms above)
     */
    public ReportSink(Writer out, ReportFormat format, Language language, boolean several) {
        this.out = out;
        this.format = format;
        this.language = language;
        this.several = several;
    }

    /**
     * Writes a file's report.
     *
     * @param file the file's name as given
     * @param report its report
     * @throws IOException if the output cannot be written
     */
    public void add(String file, ValidationReport report) throws IOException {
        if (!several) {
            out.write(
                    switch (format) {
                        case TEXT -> ReportWriter.text(report, language);
                        case JSON -> ReportWriter.json(report);
                        case CSV -> ReportWriter.csv(report);
                        case SARIF -> ReportWriter.sarif(report, uri(file));
                    });
        } else {
            switch (format) {
                case TEXT -> {
                    out.write(written == 0 ? "" : "\n");
                    out.write("== " + file + " ==\n");
                    out.write(ReportWriter.text(report, language));
                }
                case JSON -> {
                    if (combined == null) {
                        combined = generator(out);
                        combined.writeStartArray();
                    }
                    combined.writeStartObject();
                    combined.writeStringField("file", file);
                    combined.writeFieldName("report");
                    try (JsonParser p = JSON.createParser(ReportWriter.json(report))) {
                        p.nextToken();
                        combined.copyCurrentStructureExact(p);
                    }
                    combined.writeEndObject();
                    combined.flush();
                }
                case CSV -> out.write(prefixed(file, ReportWriter.csv(report), written == 0));
                case SARIF -> {
                    addRun(ReportWriter.sarif(report, uri(file)));
                    combined.flush();
                }
            }
        }
        written++;
    }

    /**
     * Copies the one run of a SARIF log that ReportWriter wrote into the combined log; the first
     * log also gives the combined log its other properties ({@code $schema}, {@code version}),
     * which ReportWriter writes before {@code runs}.
     */
    private void addRun(String sarif) throws IOException {
        try (JsonParser p = JSON.createParser(sarif)) {
            p.nextToken(); // the log object
            boolean first = combined == null;
            if (first) {
                combined = generator(out);
                combined.writeStartObject();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("runs")) {
                    if (first) {
                        combined.writeArrayFieldStart("runs");
                    }
                    p.nextToken(); // the first and only run
                    combined.copyCurrentStructureExact(p);
                    return;
                }
                if (first) {
                    combined.writeFieldName(field);
                    combined.copyCurrentStructureExact(p);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /**
     * Closes the combined forms (the JSON array, the SARIF log) and flushes.
     *
     * @throws IOException if the output cannot be written
     */
    public void finish() throws IOException {
        if (several && written == 0) {
            // nothing could be read: still one well-formed document of the combined form
            switch (format) {
                case JSON -> out.write("[ ]\n");
                case SARIF -> out.write("{\n  \"version\" : \"2.1.0\",\n  \"runs\" : [ ]\n}\n");
                case CSV -> out.write(prefixed("", ReportWriter.csv(ValidationReport.of(List.of())), true));
                case TEXT -> {}
            }
        } else if (combined != null) {
            if (format == ReportFormat.SARIF) {
                combined.writeEndArray();
            }
            if (format == ReportFormat.JSON) {
                combined.writeEndArray();
            } else {
                combined.writeEndObject();
            }
            // flushed, not closed: closing a generator may close the writer, which is not ours
            combined.flush();
            out.write("\n");
        }
        out.flush();
    }

    /** A SARIF URI for a file name as given: forward slashes, special characters escaped. */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.replace('\\', '/');
        }
    }

    private static JsonGenerator generator(Writer text) throws IOException {
        JsonGenerator g = JSON.createGenerator(text);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    /** A CSV report with a first column {@code file}; the header only when asked. */
    private static String prefixed(String file, String csv, boolean header) {
        StringWriter text = new StringWriter();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(csv);
                CsvWriter w =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            boolean first = true;
            for (CsvRecord r : in) {
                if (first) {
                    first = false;
                    if (!header) {
                        continue;
                    }
                    List<String> fields = new ArrayList<>(List.of("file"));
                    fields.addAll(r.getFields());
                    w.writeRecord(fields);
                    continue;
                }
                List<String> fields = new ArrayList<>(List.of(protect(file)));
                fields.addAll(r.getFields());
                w.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        return text.toString();
    }

    /** A file name a spreadsheet would run as a formula, behind an apostrophe as ReportWriter does. */
    private static String protect(String cell) {
        return !cell.isEmpty() && "=+-@\t\r'".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
