package org.yusuan.budget.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.json.internal.DisclosureCodec;

/**
 * Reads and writes disclosures as JSON. Output is canonical: a fixed field order, two-space
 * indentation, LF line ends and a final newline, amounts as JSON numbers with the decimals of their
 * unit, so that {@code write(read(bytes))} equals {@code bytes} for every document this class
 * writes. Reading is safe: nesting depth, number length, string length and document size are
 * bounded; unknown fields are rejected unless {@link #lenient()}; every failure is a {@link
 * BudgetFormatException} with line and column. Immutable and thread-safe.
 *
 * <pre>{@code
 * BudgetJson json = BudgetJson.standard();
 * String text = json.write(disclosure);
 * Disclosure back = json.read(text, "disclosure.json");   // equals disclosure
 * }</pre>
 */
public final class BudgetJson {
    /** The deepest nesting accepted (a disclosure needs about ten levels). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The largest document accepted, in bytes. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final BudgetJson STANDARD = new BudgetJson(false);
    private static final BudgetJson LENIENT = new BudgetJson(true);

    private final boolean lenient;
    private final JsonFactory factory;

    private BudgetJson(boolean lenient) {
        this.lenient = lenient;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .build();
    }

    /** Strict reading: an unknown field is an error. */
    public static BudgetJson standard() {
        return STANDARD;
    }

    /** Lenient reading: unknown fields are skipped (for documents of a newer version). */
    public static BudgetJson lenient() {
        return LENIENT;
    }

    /** A new {@link ObjectMapper} with the same read limits and the {@link BudgetJsonModule}. */
    public ObjectMapper mapper() {
        return new ObjectMapper(factory.copy()).registerModule(new BudgetJsonModule(lenient));
    }

    /**
     * Writes a disclosure in the canonical form.
     *
     * @param disclosure the disclosure
     * @return the JSON text, ending with a newline
     */
    public String write(Disclosure disclosure) {
        return new String(writeBytes(disclosure), StandardCharsets.UTF_8);
    }

    /**
     * Writes a disclosure in the canonical form, as UTF-8.
     *
     * @param disclosure the disclosure
     * @return the JSON bytes, ending with a newline
     */
    public byte[] writeBytes(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(
                    new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            DisclosureCodec.write(disclosure, g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Reads a disclosure.
     *
     * @param json the JSON text
     * @param source the name used in error messages
     * @return the disclosure
     * @throws BudgetFormatException with line and column, if the text is not a disclosure
     */
    public Disclosure read(String json, String source) {
        return read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a disclosure from UTF-8 bytes.
     *
     * @param json the JSON bytes
     * @param source the name used in error messages
     * @return the disclosure
     * @throws BudgetFormatException with line and column, if the bytes are not a disclosure
     */
    public Disclosure read(byte[] json, String source) {
        try (JsonParser p = factory.createParser(json)) {
            return read(p, source);
        } catch (IOException e) {
            // bytes in memory have no I/O to fail: what fails is their encoding
            throw new BudgetFormatException(source, 1, 0, "not JSON text in UTF-8: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a disclosure from a stream of UTF-8 bytes; the stream is not closed.
     *
     * @param json the stream
     * @param source the name used in error messages
     * @return the disclosure
     * @throws BudgetFormatException with line and column, if the stream holds no disclosure
     */
    public Disclosure read(InputStream json, String source) {
        try (JsonParser p = factory.createParser(json)) {
            return read(p, source);
        } catch (CharConversionException e) {
            throw new BudgetFormatException(source, 1, 0, "not JSON text in UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private Disclosure read(JsonParser p, String source) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(source, p.currentLocation(), "a disclosure document is a JSON object");
            }
            Disclosure d = DisclosureCodec.read(p, lenient);
            if (p.nextToken() != null) {
                throw error(source, p.currentTokenLocation(), "content after the disclosure");
            }
            return d;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? p.currentLocation() : e.getLocation();
            throw error(source, at, e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            throw error(source, p.currentLocation(), "not JSON text in UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static BudgetFormatException error(String source, JsonLocation at, String reason) {
        return error(source, at, reason, null);
    }

    private static BudgetFormatException error(String source, JsonLocation at, String reason, Throwable cause) {
        return new BudgetFormatException(
                source, Math.max(1, at.getLineNr()), Math.max(0, at.getColumnNr()), reason, cause);
    }
}
