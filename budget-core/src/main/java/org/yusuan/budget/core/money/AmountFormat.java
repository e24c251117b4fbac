package org.yusuan.budget.core.money;

import java.util.Objects;

/**
 * How amounts are printed in a table: the unit, the number of decimals, whether thousands are
 * grouped with commas, and whether a blank cell means zero. Immutable and thread-safe.
 *
 * <p>Reading is lenient where it can be without guessing: correctly placed thousands separators
 * are accepted whatever {@link #grouping()} says, and any number of decimals is accepted as long
 * as the value is not finer than a fen. Writing is exact: {@link #format(Amount)} refuses an amount
 * that the format cannot show without rounding, since rounding must be explicit ({@link
 * Amount#round}).
 *
 * <pre>{@code
 * AmountFormat table = AmountFormat.of(AmountUnit.WAN_YUAN, 2).withBlankAsZero(true);
 * Amount a = table.parse("1,505.93");   // 15,059,300.00 yuan
 * table.format(a);                      // "1505.93"
 * table.withGrouping(true).format(a);   // "1,505.93"
 * }</pre>
 */
public final class AmountFormat {
    private static final int MAX_DECIMALS = 12;

    private final AmountUnit unit;
    private final int decimals;
    private final boolean grouping;
    private final boolean blankAsZero;

    private AmountFormat(AmountUnit unit, int decimals, boolean grouping, boolean blankAsZero) {
        this.unit = unit;
        this.decimals = decimals;
        this.grouping = grouping;
        this.blankAsZero = blankAsZero;
    }

    /**
     * A format in a unit with a number of decimals, without grouping, where a blank text is an
     * error.
     *
     * @param unit the unit
     * @param decimals the decimals written, 0 to 12
     * @return the format
     * @throws IllegalArgumentException if {@code decimals} is outside 0 to 12
     */
    public static AmountFormat of(AmountUnit unit, int decimals) {
        Objects.requireNonNull(unit, "unit");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ": " + decimals);
        }
        return new AmountFormat(unit, decimals, false, false);
    }

    /** This format, writing thousands separators ({@code 22,236.26}) or not. */
    public AmountFormat withGrouping(boolean grouping) {
        return new AmountFormat(unit, decimals, grouping, blankAsZero);
    }

    /** This format, reading a blank text as zero (as published tables mean it) or as an error. */
    public AmountFormat withBlankAsZero(boolean blankAsZero) {
        return new AmountFormat(unit, decimals, grouping, blankAsZero);
    }

    /** The unit amounts are written in. */
    public AmountUnit unit() {
        return unit;
    }

    /** The number of decimals written. */
    public int decimals() {
        return decimals;
    }

    /** Whether thousands separators are written. */
    public boolean grouping() {
        return grouping;
    }

    /** Whether a blank text reads as zero. */
    public boolean blankAsZero() {
        return blankAsZero;
    }

    /**
     * Reads a number in this format's unit. Leading and trailing white space is ignored; a sign
     * ({@code -} or {@code +}) may lead; thousands separators must sit every three digits.
     *
     * @param text the text
     * @return the amount
     * @throws AmountParseException naming the index of the first wrong character, if the text is not
     *     a number, is blank (unless blank means zero), is finer than a fen or is out of range
     */
    public Amount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int end = text.length();
        int start = 0;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            if (blankAsZero) {
                return Amount.ZERO;
            }
            throw new AmountParseException("blank", text, start);
        }
        int i = start;
        boolean negative = false;
        char first = text.charAt(i);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long whole = 0L;
        int digits = 0;
        int digitsSinceSeparator = 0;
        boolean grouped = false;
        int integerStart = i;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                try {
                    whole = Math.addExact(Math.multiplyExact(whole, 10L), c - '0');
                } catch (ArithmeticException e) {
                    throw new AmountParseException("out of range", text, i);
                }
                digits++;
                digitsSinceSeparator++;
            } else if (c == ',') {
                boolean firstGroupOk = !grouped && digitsSinceSeparator >= 1 && digitsSinceSeparator <= 3;
                boolean laterGroupOk = grouped && digitsSinceSeparator == 3;
                if (!firstGroupOk && !laterGroupOk) {
                    throw new AmountParseException("misplaced thousands separator", text, i);
                }
                grouped = true;
                digitsSinceSeparator = 0;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw new AmountParseException("no digits", text, integerStart);
        }
        if (grouped && digitsSinceSeparator != 3) {
            throw new AmountParseException("misplaced thousands separator", text, i - digitsSinceSeparator - 1);
        }
        long fraction = 0L;
        if (i < end && text.charAt(i) == '.') {
            int pointIndex = i;
            i++;
            int place = 0;
            for (; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                place++;
                if (place <= unit.fenDecimals()) {
                    fraction = fraction * 10L + (c - '0');
                } else if (c != '0') {
                    throw new AmountParseException("finer than a fen", text, i);
                }
            }
            if (place == 0) {
                throw new AmountParseException("no digits after the decimal point", text, pointIndex);
            }
            for (; place < unit.fenDecimals(); place++) {
                fraction *= 10L;
            }
        }
        if (i < end) {
            throw new AmountParseException("unexpected character '" + text.charAt(i) + "'", text, i);
        }
        long fen;
        try {
            fen = Math.addExact(Math.multiplyExact(whole, unit.fenPerUnit()), fraction);
        } catch (ArithmeticException e) {
            throw new AmountParseException("out of range", text, start);
        }
        return Amount.ofFen(negative ? -fen : fen);
    }

    /**
     * Writes an amount in this format: an optional {@code -}, the whole part (grouped if this
     * format groups), and exactly {@link #decimals()} decimals.
     *
     * @param amount the amount
     * @return the text
     * @throws ArithmeticException if the amount cannot be written without rounding; round it first
     *     with {@link Amount#round}
     */
    public String format(Amount amount) {
        long fen = amount.fen();
        if (!amount.isExactIn(unit, decimals)) {
            throw new ArithmeticException("amount " + amount + " yuan cannot be written in " + unit.label() + " with "
                    + decimals + " decimals without rounding");
        }
        long magnitude = Math.abs(fen); // never MIN_VALUE: Amount's range is symmetric
        long whole = magnitude / unit.fenPerUnit();
        long fraction = magnitude % unit.fenPerUnit();
        StringBuilder out = new StringBuilder(24);
        if (fen < 0) {
            out.append('-');
        }
        String wholeDigits = Long.toString(whole);
        if (grouping) {
            int lead = wholeDigits.length() % 3;
            if (lead == 0) {
                lead = 3;
            }
            out.append(wholeDigits, 0, lead);
            for (int k = lead; k < wholeDigits.length(); k += 3) {
                out.append(',').append(wholeDigits, k, k + 3);
            }
        } else {
            out.append(wholeDigits);
        }
        if (decimals > 0) {
            out.append('.');
            String fractionDigits = Long.toString(fraction);
            int fenDecimals = unit.fenDecimals();
            StringBuilder all = new StringBuilder(fenDecimals);
            for (int k = fractionDigits.length(); k < fenDecimals; k++) {
                all.append('0');
            }
            all.append(fractionDigits);
            if (decimals <= fenDecimals) {
                out.append(all, 0, decimals);
            } else {
                out.append(all);
                for (int k = fenDecimals; k < decimals; k++) {
                    out.append('0');
                }
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AmountFormat)) {
            return false;
        }
        AmountFormat that = (AmountFormat) other;
        return unit == that.unit
                && decimals == that.decimals
                && grouping == that.grouping
                && blankAsZero == that.blankAsZero;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, decimals, grouping, blankAsZero);
    }

    @Override
    public String toString() {
        return "AmountFormat[" + unit.label() + ", " + decimals + " decimals" + (grouping ? ", grouped" : "")
                + (blankAsZero ? ", blank as zero" : "") + "]";
    }
}
