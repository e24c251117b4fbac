package org.yusuan.budget.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * 金额: an exact amount of Chinese money, held as a whole number of fen (分, 0.01 yuan).
 *
 * <p>An {@code Amount} never uses floating point. Arithmetic is checked: a result outside the
 * range throws {@link ArithmeticException}. The range is symmetric, ±{@link Long#MAX_VALUE} fen,
 * so that {@link #negate()} and {@link #abs()} can never overflow. Values finer than a fen are
 * rejected wherever they could enter.
 *
 * <p>The canonical text ({@link #toString()}) is the amount in yuan with exactly two decimals and
 * no grouping ({@code 1505.93}, {@code -0.01}, {@code 0.00}); {@link #parse(CharSequence)} reads it
 * back. Published text in 元 or 万元, with thousands separators or blank cells, is read and written
 * with an {@link AmountFormat}.
 *
 * <pre>{@code
 * Amount a = Amount.parse("1,505.93", AmountUnit.WAN_YUAN);   // 15,059,300 yuan
 * Amount b = Amount.parse("57.32", AmountUnit.WAN_YUAN);
 * a.plus(b).equals(Amount.parse("1563.25", AmountUnit.WAN_YUAN)); // true
 * }</pre>
 */
public final class Amount implements Comparable<Amount> {
    /** Zero. */
    public static final Amount ZERO = new Amount(0L);

    private static final String CNY = "CNY";

    private final long fen;

    private Amount(long fen) {
        this.fen = fen;
    }

    /**
     * An amount of a number of fen.
     *
     * @param fen the count of fen
     * @return the amount
     * @throws ArithmeticException if {@code fen} is {@link Long#MIN_VALUE}, outside the symmetric
     *     range
     */
    public static Amount ofFen(long fen) {
        if (fen == Long.MIN_VALUE) {
            throw new ArithmeticException("amount out of range: " + fen + " fen");
        }
        return fen == 0L ? ZERO : new Amount(fen);
    }

    /**
     * An amount of a whole number of yuan.
     *
     * @param yuan the count of yuan
     * @return the amount
     * @throws ArithmeticException if the amount in fen is out of range
     */
    public static Amount ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * An amount of a decimal number of the given unit, exactly.
     *
     * @param value the number, for example {@code 1505.93}
     * @param unit the unit the number is in
     * @return the amount
     * @throws IllegalArgumentException if the value is finer than a fen or out of range
     */
    public static Amount of(BigDecimal value, AmountUnit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        // Cheap checks first, on the number's shape: 1e999999999 must not become a billion digits.
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > unit.fenDecimals()) {
            throw new IllegalArgumentException(
                    "amount " + shortText(value) + " " + unit.label() + " is finer than a fen");
        }
        if (stripped.precision() - stripped.scale() > 19 + unit.fenDecimals()) {
            throw new IllegalArgumentException("amount " + shortText(value) + " " + unit.label()
                    + " is out of range (at most " + Long.MAX_VALUE + " fen)");
        }
        BigDecimal inFen = value.movePointRight(unit.fenDecimals());
        BigDecimal whole = inFen.setScale(0, RoundingMode.DOWN);
        if (inFen.compareTo(whole) != 0) {
            throw new IllegalArgumentException(
                    "amount " + value.toPlainString() + " " + unit.label() + " is finer than a fen");
        }
        if (whole.toBigInteger().bitLength() > 63 || whole.longValue() == Long.MIN_VALUE) {
            throw new IllegalArgumentException("amount " + value.toPlainString() + " " + unit.label()
                    + " is out of range (at most " + Long.MAX_VALUE + " fen)");
        }
        return ofFen(whole.longValue());
    }

    private static String shortText(BigDecimal value) {
        String text = value.toString(); // scientific for extreme exponents: short
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * Reads the canonical text written by {@link #toString()}: yuan, an optional sign, at most two
     * decimals. Thousands separators are accepted where they are correctly placed.
     *
     * @param text the text, for example {@code 1505.93}
     * @return the amount
     * @throws AmountParseException if the text is not an amount in yuan
     */
    public static Amount parse(CharSequence text) {
        return AmountFormat.of(AmountUnit.YUAN, 2).parse(text);
    }

    /**
     * Reads a published number in the given unit, with or without thousands separators and with
     * any number of decimals that does not go finer than a fen. A blank text is an error; use
     * {@link AmountFormat#withBlankAsZero(boolean)} where blank cells mean zero.
     *
     * @param text the text, for example {@code 22,236.26}
     * @param unit the unit the text is in
     * @return the amount
     * @throws AmountParseException if the text is not an amount or is finer than a fen
     */
    public static Amount parse(CharSequence text, AmountUnit unit) {
        return AmountFormat.of(unit, unit.fenDecimals()).parse(text);
    }

    /**
     * The amount of a {@link MonetaryAmount} in Chinese yuan (CNY), exactly.
     *
     * @param money an amount in CNY
     * @return the same amount
     * @throws IllegalArgumentException if the currency is not CNY, or the number is finer than a
     *     fen or out of range
     */
    public static Amount from(MonetaryAmount money) {
        Objects.requireNonNull(money, "money");
        String currency = money.getCurrency().getCurrencyCode();
        if (!CNY.equals(currency)) {
            throw new IllegalArgumentException("monetary amount " + money + " is in " + currency + ", not CNY");
        }
        return of(money.getNumber().numberValueExact(BigDecimal.class), AmountUnit.YUAN);
    }

    /**
     * The sum of some amounts.
     *
     * @param amounts the amounts
     * @return their sum, zero if there are none
     * @throws ArithmeticException if the sum overflows
     */
    public static Amount sum(Iterable<Amount> amounts) {
        long total = 0L;
        for (Amount amount : amounts) {
            total = Math.addExact(total, amount.fen);
        }
        return ofFen(total);
    }

    /**
     * The sum of some amounts.
     *
     * @param amounts the amounts
     * @return their sum, zero if there are none
     * @throws ArithmeticException if the sum overflows
     */
    public static Amount sum(Amount... amounts) {
        return sum(java.util.Arrays.asList(amounts));
    }

    /** The whole number of fen this amount is. */
    public long fen() {
        return fen;
    }

    /**
     * This amount as a decimal number of the given unit, exactly, with as many decimals as the unit
     * needs to express a fen (2 for 元, 6 for 万元).
     *
     * @param unit the unit
     * @return the number, for example {@code 0.150000} for 1,500 yuan in 万元
     */
    public BigDecimal toBigDecimal(AmountUnit unit) {
        return BigDecimal.valueOf(fen, unit.fenDecimals());
    }

    /** This amount as a JSR 354 {@link MonetaryAmount} in CNY (a moneta {@link Money}), exactly. */
    public MonetaryAmount toMonetaryAmount() {
        CurrencyUnit cny = Monetary.getCurrency(CNY);
        return Money.of(BigDecimal.valueOf(fen, 2), cny);
    }

    /**
     * The sum of this and another amount.
     *
     * @throws ArithmeticException if the result is out of range
     */
    public Amount plus(Amount other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * The difference of this and another amount.
     *
     * @throws ArithmeticException if the result is out of range
     */
    public Amount minus(Amount other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * This amount multiplied by a whole number.
     *
     * @throws ArithmeticException if the result is out of range
     */
    public Amount multipliedBy(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /** This amount with its sign reversed; never overflows. */
    public Amount negate() {
        return ofFen(-fen);
    }

    /** The absolute value of this amount; never overflows. */
    public Amount abs() {
        return fen < 0 ? ofFen(-fen) : this;
    }

    /** {@code -1}, {@code 0} or {@code 1} as this amount is negative, zero or positive. */
    public int signum() {
        return Long.signum(fen);
    }

    /** Whether this amount is zero. */
    public boolean isZero() {
        return fen == 0L;
    }

    /** Whether this amount is below zero. */
    public boolean isNegative() {
        return fen < 0L;
    }

    /** Whether this amount is above zero. */
    public boolean isPositive() {
        return fen > 0L;
    }

    /**
     * Whether this amount can be written exactly in the unit with the given number of decimals
     * (for example 1,234.5 yuan can be written in 万元 with 5 decimals but not with 2).
     *
     * @param unit the unit
     * @param decimals the number of decimals, zero or more
     */
    public boolean isExactIn(AmountUnit unit, int decimals) {
        return fen % quantum(unit, decimals) == 0L;
    }

    /**
     * This amount rounded to a number of decimals of a unit, as a publisher rounds a cell.
     * Rounding is always explicit: nothing else in this class rounds.
     *
     * @param unit the unit to round in
     * @param decimals the decimals to keep, zero or more
     * @param mode how to round, typically {@link RoundingMode#HALF_UP}
     * @return the rounded amount, exact in {@code unit} with {@code decimals} decimals
     * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and rounding is
     *     needed, or the result is out of range
     */
    public Amount round(AmountUnit unit, int decimals, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        long quantum = quantum(unit, decimals);
        if (quantum == 1L || fen % quantum == 0L) {
            return this;
        }
        long units = BigDecimal.valueOf(fen)
                .divide(BigDecimal.valueOf(quantum), 0, mode)
                .longValueExact();
        return ofFen(Math.multiplyExact(units, quantum));
    }

    /** The number of fen in one step of the last decimal of {@code unit} at {@code decimals}. */
    static long quantum(AmountUnit unit, int decimals) {
        Objects.requireNonNull(unit, "unit");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        if (decimals >= unit.fenDecimals()) {
            return 1L;
        }
        long quantum = unit.fenPerUnit();
        for (int i = 0; i < decimals; i++) {
            quantum /= 10L;
        }
        return quantum;
    }

    @Override
    public int compareTo(Amount other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amount && ((Amount) other).fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /** The canonical text: yuan with two decimals, no grouping ({@code 1505.93}, {@code -0.01}). */
    @Override
    public String toString() {
        return AmountFormat.of(AmountUnit.YUAN, 2).format(this);
    }
}
