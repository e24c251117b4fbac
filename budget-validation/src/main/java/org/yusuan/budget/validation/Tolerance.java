package org.yusuan.budget.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

/**
 * 尾差容忍度: how far the two sides of a published identity may differ before the difference is an
 * error rather than a rounding tail.
 *
 * <p>A published value with {@code d} decimals stands for an interval of ± half a unit in its last
 * place. An identity {@code total = Σ of n parts} between such values holds when the intervals meet,
 * that is when {@code |total − Σ parts| ≤ (n + 1) × ½ × 10^-d} of the table's unit. Within that
 * bound a non-zero difference is a rounding tail; beyond it, an error. The bound follows from the
 * published precision alone, never from a guessed epsilon. Values published at different precisions
 * each keep their own ({@link #judge(Amount, Precision, List)}): the bound is {@code ½(10^-d_total + Σ
 * 10^-d_i)}, each half unit in its own unit. Immutable and thread-safe.
 *
 * <pre>{@code
 * Tolerance t = Tolerance.roundingTails();
 * // 收入总计 1563.24 = 本年收入合计 1505.93 + 上年结转 57.32 (万元, 2 decimals, 2 parts): off by 0.01
 * t.judge(Amount.parse("0.01", AmountUnit.WAN_YUAN), AmountUnit.WAN_YUAN, 2, 2); // ROUNDING_TAIL
 * }</pre>
 */
public final class Tolerance {
    /** The outcome of comparing the two sides of an identity. */
    public enum Judgement {
        /** The two sides are equal. */
        EXACT,
        /** They differ, within the bound: a rounding tail (尾差), not an error. */
        ROUNDING_TAIL,
        /** They differ beyond the bound: an error. */
        BEYOND_TOLERANCE
    }

    private enum Kind {
        EXACT,
        ROUNDING_TAILS,
        ABSOLUTE
    }

    private static final Tolerance EXACT = new Tolerance(Kind.EXACT, Amount.ZERO);
    private static final Tolerance ROUNDING_TAILS = new Tolerance(Kind.ROUNDING_TAILS, Amount.ZERO);

    private final Kind kind;
    private final Amount absolute;

    private Tolerance(Kind kind, Amount absolute) {
        this.kind = kind;
        this.absolute = absolute;
    }

    /** No difference at all is accepted. */
    public static Tolerance exact() {
        return EXACT;
    }

    /** The bound {@code (n + 1) × ½ × 10^-d} that the published precision implies; the default. */
    public static Tolerance roundingTails() {
        return ROUNDING_TAILS;
    }

    /**
     * A fixed bound, whatever the precision and the number of parts.
     *
     * @param bound the largest accepted difference, zero or more
     * @return the tolerance
     * @throws IllegalArgumentException if the bound is negative
     */
    public static Tolerance absolute(Amount bound) {
        Objects.requireNonNull(bound, "bound");
        if (bound.isNegative()) {
            throw new IllegalArgumentException("a tolerance bound must not be negative: " + bound);
        }
        return new Tolerance(Kind.ABSOLUTE, bound);
    }

    /**
     * The precision a value was published with: its unit and its number of decimals. It stands for
     * an interval of ± half a unit in its last place.
     *
     * @param unit the unit ({@code 万元} in most tables, {@code 元} in target tables)
     * @param decimals the number of decimals printed
     */
    public record Precision(AmountUnit unit, int decimals) {
        /** Checks the values. */
        public Precision {
            Objects.requireNonNull(unit, "unit");
            if (decimals < 0) {
                throw new IllegalArgumentException("decimals must not be negative: " + decimals);
            }
        }

        /** Half a unit in the last place, in fen, exactly ({@code 50} for 万元 at two decimals). */
        public BigDecimal halfUnitInFen() {
            return BigDecimal.valueOf(unit.fenPerUnit()).multiply(BigDecimal.valueOf(5L, decimals + 1));
        }
    }

    /**
     * Judges the difference of an identity whose values keep their own precisions: it holds when
     * {@code |total − Σ parts| ≤ ½(10^-d_total + Σ 10^-d_i)}, each half unit taken in its own unit
     * and all compared in fen. With one precision throughout this is {@link #judge(Amount,
     * AmountUnit, int, int)}; with a 元 cell among 万元 ones, each side keeps the bound its own
     * printing implies, not the coarsest one. The other policies judge as they always do.
     *
     * @param difference {@code total − Σ parts}, either sign
     * @param total the total's precision
     * @param parts each part's precision (at least one)
     * @return whether the sides are equal, differ by a rounding tail, or differ beyond the bound
     */
    public Judgement judge(Amount difference, Precision total, List<Precision> parts) {
        Objects.requireNonNull(difference, "difference");
        if (difference.isZero()) {
            return Judgement.EXACT;
        }
        BigDecimal bound = boundInFen(total, parts);
        return BigDecimal.valueOf(difference.abs().fen()).compareTo(bound) <= 0
                ? Judgement.ROUNDING_TAIL
                : Judgement.BEYOND_TOLERANCE;
    }

    /**
     * The bound {@link #judge(Amount, Precision, List)} applies, in a unit, exactly.
     *
     * @param unit the unit to state it in
     * @param total the total's precision
     * @param parts each part's precision (at least one)
     * @return the bound, a decimal in {@code unit}
     */
    public BigDecimal bound(AmountUnit unit, Precision total, List<Precision> parts) {
        Objects.requireNonNull(unit, "unit");
        // fenPerUnit is 10^fenDecimals: moving the point divides exactly, without a division
        return boundInFen(total, parts).movePointLeft(unit.fenDecimals()).stripTrailingZeros();
    }

    private BigDecimal boundInFen(Precision total, List<Precision> parts) {
        Objects.requireNonNull(total, "total");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an identity adds up at least one part");
        }
        switch (kind) {
            case EXACT:
                return BigDecimal.ZERO;
            case ABSOLUTE:
                return BigDecimal.valueOf(absolute.fen());
            default:
                // parts mostly share one precision: add each run of equal ones as one product
                BigDecimal sum = total.halfUnitInFen();
                Precision run = parts.get(0);
                long count = 0L;
                for (Precision p : parts) {
                    if (p.equals(run)) {
                        count++;
                    } else {
                        sum = sum.add(run.halfUnitInFen().multiply(BigDecimal.valueOf(count)));
                        run = p;
                        count = 1L;
                    }
                }
                return sum.add(run.halfUnitInFen().multiply(BigDecimal.valueOf(count)));
        }
    }

    /**
     * Judges the difference between the two sides of an identity {@code total = Σ parts}.
     *
     * @param difference {@code total − Σ parts}, either sign
     * @param unit the unit the values were published in
     * @param decimals the number of decimals they were published with
     * @param parts how many published values the sum adds up (at least 1)
     * @return whether the sides are equal, differ by a rounding tail, or differ beyond the bound
     */
    public Judgement judge(Amount difference, AmountUnit unit, int decimals, int parts) {
        check(unit, decimals, parts);
        if (difference.isZero()) {
            return Judgement.EXACT;
        }
        boolean within;
        switch (kind) {
            case EXACT:
                within = false;
                break;
            case ABSOLUTE:
                within = difference.abs().compareTo(absolute) <= 0;
                break;
            default:
                // |diff| ≤ (n + 1) × fenPerUnit / (2 × 10^d), compared in integers to stay exact.
                BigInteger left = BigInteger.valueOf(difference.abs().fen())
                        .multiply(BigInteger.TWO)
                        .multiply(BigInteger.TEN.pow(decimals));
                BigInteger right = BigInteger.valueOf(parts + 1L).multiply(BigInteger.valueOf(unit.fenPerUnit()));
                within = left.compareTo(right) <= 0;
        }
        return within ? Judgement.ROUNDING_TAIL : Judgement.BEYOND_TOLERANCE;
    }

    /**
     * The largest accepted difference for an identity, in the table's unit, exactly ({@code 0.015}
     * 万元 for two parts at two decimals).
     *
     * @param unit the unit the values were published in
     * @param decimals the number of decimals they were published with
     * @param parts how many published values the sum adds up (at least 1)
     * @return the bound, a decimal in {@code unit}
     */
    public BigDecimal bound(AmountUnit unit, int decimals, int parts) {
        check(unit, decimals, parts);
        switch (kind) {
            case EXACT:
                return BigDecimal.ZERO;
            case ABSOLUTE:
                return absolute.toBigDecimal(unit).stripTrailingZeros();
            default:
                return BigDecimal.valueOf(parts + 1L)
                        .multiply(BigDecimal.valueOf(5L, decimals + 1))
                        .stripTrailingZeros();
        }
    }

    private static void check(AmountUnit unit, int decimals, int parts) {
        Objects.requireNonNull(unit, "unit");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        if (parts < 1) {
            throw new IllegalArgumentException("an identity adds up at least one part: " + parts);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tolerance
                && ((Tolerance) other).kind == kind
                && ((Tolerance) other).absolute.equals(absolute);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + absolute.hashCode();
    }

    /** {@code exact}, {@code rounding tails} or {@code absolute 0.05}. */
    @Override
    public String toString() {
        switch (kind) {
            case EXACT:
                return "exact";
            case ABSOLUTE:
                return "absolute " + absolute;
            default:
                return "rounding tails";
        }
    }
}
