package org.yusuan.budget.io.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.core.money.AmountUnit;

/** Streaming reading helpers that keep the parser's location for every error. */
final class JsonIn {
    interface Field {
        void read() throws IOException;
    }

    interface Item<T> {
        T read() throws IOException;
    }

    final JsonParser p;
    private final boolean lenient;

    JsonIn(JsonParser p, boolean lenient) {
        this.p = p;
        this.lenient = lenient;
    }

    JsonMappingException error(String message) {
        return JsonMappingException.from(p, message);
    }

    /** Reads an object whose fields are known; an unknown field is an error unless lenient. */
    void object(String what, Map<String, Field> fields) throws IOException {
        startObject(what);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Field field = fields.get(name);
            if (field == null) {
                unknown(name, what);
                continue;
            }
            field.read();
        }
    }

    /** Checks the parser is at the start of an object. */
    void startObject(String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error("expected an object for " + what + ", found " + p.currentToken());
        }
    }

    /** An unknown field, the parser at its value: skipped if lenient, an error otherwise. */
    void unknown(String name, String what) throws IOException {
        if (lenient) {
            p.skipChildren();
            return;
        }
        throw error("unknown field \"" + name + "\" in " + what);
    }

    static Map<String, Field> fields() {
        return new LinkedHashMap<>();
    }

    <T> List<T> array(String what, Item<T> item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error("expected an array for " + what + ", found " + p.currentToken());
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(item.read());
        }
        return out;
    }

    String string(String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string for " + what + ", found " + p.currentToken());
        }
        return p.getText();
    }

    BigDecimal decimal(String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected a number for " + what + ", found " + t);
        }
        BigDecimal value = p.getDecimalValue();
        // exponents make short texts of huge numbers; no figure of a disclosure needs more than this
        if (value.scale() > 64 || value.scale() < -64 || value.precision() - value.scale() > 64) {
            throw error(what + " is out of range: " + p.getText());
        }
        return value;
    }

    /**
     * The current number in fen of a unit, read from its text without a {@code BigDecimal}, when it
     * is a plain decimal ({@code -12.34}: no exponent) with at most the unit's fen decimals and at
     * most 18 digits in fen; {@link Long#MIN_VALUE} for anything else (another token, an exponent, a
     * finer or longer number), which {@link #decimal} then reads and reports as before.
     *
     * @param unit the unit the number is in
     * @return its fen, or {@code Long.MIN_VALUE}
     */
    long plainFen(AmountUnit unit) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return Long.MIN_VALUE;
        }
        char[] text = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + p.getTextLength();
        boolean negative = from < to && text[from] == '-';
        int i = negative ? from + 1 : from;
        long value = 0L;
        int digits = 0;
        int fraction = -1; // digits after the point, once one is met
        for (; i < to; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                value = value * 10L + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Long.MIN_VALUE; // an exponent
            }
            if (digits > 18) {
                return Long.MIN_VALUE;
            }
        }
        int scale = Math.max(fraction, 0);
        if (digits == 0 || scale > unit.fenDecimals() || digits + unit.fenDecimals() - scale > 18) {
            return Long.MIN_VALUE;
        }
        for (int k = scale; k < unit.fenDecimals(); k++) {
            value *= 10L;
        }
        return negative ? -value : value;
    }

    int integer(String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error("expected a whole number for " + what + ", found " + p.currentToken());
        }
        try {
            return p.getIntValue();
        } catch (IOException e) {
            throw error(what + " is out of range: " + p.getText());
        }
    }

    long whole(String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error("expected a whole number for " + what + ", found " + p.currentToken());
        }
        try {
            return p.getLongValue();
        } catch (IOException e) {
            throw error(what + " is out of range: " + p.getText());
        }
    }

    boolean bool(String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error("expected true or false for " + what + ", found " + t);
        }
        return t == JsonToken.VALUE_TRUE;
    }

    <E extends Enum<E>> E constant(Class<E> type, String what) throws IOException {
        String text = string(what);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error("not a " + type.getSimpleName() + " for " + what + ": \"" + text + "\"");
        }
    }

    /** Runs a conversion that may reject its input, reporting the rejection at the current token. */
    <T> T convert(String what, java.util.function.Supplier<T> conversion) throws IOException {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw error("invalid " + what + ": " + e.getMessage());
        }
    }
}
