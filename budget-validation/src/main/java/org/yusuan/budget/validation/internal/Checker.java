package org.yusuan.budget.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.validation.Tolerance.Judgement;

/** Checks identities between published cells and collects findings for one rule. */
public final class Checker {
    private final String ruleId;
    private final Severity severity;
    private final RuleContext context;
    private final List<Finding> findings = new ArrayList<>();
    private final IdentityTrace trace = IdentityTrace.current();
    private IndexedSum identity;

    /**
     * A checker.
     *
     * @param ruleId the rule's id
     * @param severity the severity beyond tolerance
     * @param context the tolerance
     */
    public Checker(String ruleId, Severity severity, RuleContext context) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.context = context;
    }

    /**
     * Whether the identities that hold exactly are being recorded for {@link RootCauses}: then a
     * rule must pass every identity to {@link #sum}, without a shortcut for the exact ones.
     */
    public boolean tracing() {
        return trace != null;
    }

    /**
     * The trace recording the identities that hold exactly, or null when none is ({@link
     * #tracing()}): a rule that compares cells from the validation's index records an identity
     * that holds there itself, as {@link #sum} would, without making its cells.
     */
    IdentityTrace trace() {
        return trace;
    }

    /**
     * This checker's identity over the validation's index, begun anew with {@link
     * IndexedSum#total}: one at a time.
     */
    IndexedSum identity() {
        if (identity == null) {
            identity = new IndexedSum(this);
        }
        return identity;
    }

    /** The findings so far. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Checks {@code total = Σ parts}. Nothing is reported when they are equal; a difference within
     * the rounding bound is an INFO rounding tail; beyond it, a finding of the rule's severity at
     * the total's cell.
     *
     * @param total the published total
     * @param parts the published parts (at least one)
     * @param zh what the identity is, in Chinese
     * @param en what the identity is, in English
     */
    public void sum(Cell total, List<Cell> parts, String zh, String en) {
        sum(total, parts, () -> zh, () -> en);
    }

    /**
     * Checks {@code total = Σ parts} as {@link #sum(Cell, List, String, String)} does, making the
     * descriptions of the identity only when there is a finding to describe: most identities hold,
     * and their text would cost more than the check.
     *
     * @param total the published total
     * @param parts the published parts (at least one)
     * @param zh what the identity is, in Chinese
     * @param en what the identity is, in English
     */
    public void sum(Cell total, List<Cell> parts, Supplier<String> zh, Supplier<String> en) {
        if (parts.isEmpty()) {
            return;
        }
        long fen = 0L;
        try {
            for (int i = 0; i < parts.size(); i++) {
                fen = Math.addExact(fen, parts.get(i).value().fen());
            }
        } catch (ArithmeticException overflow) {
            // a running sum beyond a long: add the parts exactly; whether the whole is an amount
            Optional<Amount> exact = exactSum(parts.stream().map(Cell::value).toList());
            if (exact.isEmpty()) {
                if (trace == null) { // it cannot equal the total, whose amount is within the range
                    outOfRange(total, Optional.empty(), parts, zh, en);
                }
                return;
            }
            fen = exact.get().fen();
        }
        if (fen == total.value().fen()) {
            if (trace != null) {
                trace.exact(total, parts); // how a value reaches other totals, for RootCauses
            }
            return; // exact: every tolerance accepts it, and there is nothing to report
        }
        if (trace != null) {
            return; // a traced run only records what holds: its findings are the untraced run's
        }
        compare(total, Amount.ofFen(fen), parts, zh, en);
    }

    /**
     * Checks {@code left = right} where both are published (the same fact in two places, or one side
     * of an identity already summed).
     */
    public void equal(Cell left, List<Cell> right, String zh, String en) {
        sum(left, right, zh, en);
    }

    /** Checks {@code left = right}, making the descriptions only for a finding. */
    public void equal(Cell left, List<Cell> right, Supplier<String> zh, Supplier<String> en) {
        sum(left, right, zh, en);
    }

    private void compare(Cell total, Amount expected, List<Cell> cells, Supplier<String> zh, Supplier<String> en) {
        Optional<Amount> between = difference(total.value(), expected);
        if (between.isEmpty()) {
            outOfRange(total, Optional.of(expected), cells, zh, en);
            return;
        }
        Amount difference = between.get();
        AmountUnit unit = total.table().unit();
        for (Cell c : cells) {
            if (c.table().unit() == AmountUnit.WAN_YUAN) {
                unit = AmountUnit.WAN_YUAN; // the message states amounts in the coarser unit
            }
        }
        // each value keeps its own precision: ½(10^-d_total + Σ 10^-d_i), in fen
        Tolerance.Precision totalPrecision =
                new Tolerance.Precision(total.table().unit(), total.table().decimals());
        // the parts of a sum mostly come from one table: its precision is made once
        List<Tolerance.Precision> partPrecisions = new ArrayList<>(cells.size());
        Tolerance.Precision last = null;
        for (int i = 0; i < cells.size(); i++) {
            BudgetTable table = cells.get(i).table();
            if (last == null || last.unit() != table.unit() || last.decimals() != table.decimals()) {
                last = new Tolerance.Precision(table.unit(), table.decimals());
            }
            partPrecisions.add(last);
        }
        Tolerance tolerance = context.tolerance();
        Judgement judgement = tolerance.judge(difference, totalPrecision, partPrecisions);
        if (judgement == Judgement.EXACT) {
            return;
        }
        BigDecimal bound = tolerance.bound(unit, totalPrecision, partPrecisions);
        boolean tail = judgement == Judgement.ROUNDING_TAIL;
        String e = plain(expected, unit);
        String a = plain(total.value(), unit);
        String d = plain(difference, unit);
        String u = unit.label();
        String b = bound.toPlainString();
        String zhMessage = zh.get() + "：按各项之和应为 " + e + u + "，公布为 " + a + u + "，相差 " + d + u
                + (tail ? "，在尾差范围（±" + b + u + "）内" : "，超出尾差范围（±" + b + u + "）");
        String enMessage =
                en.get() + ": the parts add up to " + e + " " + u + ", published " + a + " " + u + ", off by " + d
                        + " " + u + (tail ? ", a rounding tail within ±" : ", beyond the rounding bound of ±")
                        + b + " " + u;
        findings.add(new Finding(
                ruleId,
                tail ? Severity.INFO : severity,
                at(total),
                locations(cells),
                Optional.of(expected),
                Optional.of(total.value()),
                Optional.of(difference),
                Optional.of(bound),
                zhMessage,
                enMessage));
    }

    /** The largest number of fen an amount holds, either way ({@link Amount}'s range). */
    private static final BigInteger LARGEST = BigInteger.valueOf(Long.MAX_VALUE);

    /** {@code a − b}, or empty where that is beyond an amount's range. */
    static Optional<Amount> difference(Amount a, Amount b) {
        try {
            return Optional.of(a.minus(b));
        } catch (ArithmeticException beyond) {
            return Optional.empty();
        }
    }

    /** The sum of some amounts, added exactly, or empty where it is beyond an amount's range. */
    static Optional<Amount> exactSum(Collection<Amount> amounts) {
        BigInteger exact = BigInteger.ZERO;
        for (Amount amount : amounts) {
            exact = exact.add(BigInteger.valueOf(amount.fen()));
        }
        return exact.abs().compareTo(LARGEST) > 0
                ? Optional.empty()
                : Optional.of(Amount.ofFen(exact.longValueExact()));
    }

    /**
     * Reports an identity whose parts add up beyond the range of an amount, or whose total differs
     * from their sum by more than an amount holds: it does not hold (the published total is an
     * amount), and no difference can be stated. No real budget comes near (±92,233,720,368,547,758.07
     * 元); such a figure is a misprint or a damaged file, which the validator reports instead of
     * failing.
     *
     * @param expected the sum of the parts, if it is an amount
     */
    private void outOfRange(
            Cell total, Optional<Amount> expected, List<Cell> cells, Supplier<String> zh, Supplier<String> en) {
        AmountUnit unit = total.table().unit();
        String u = unit.label();
        String a = plain(total.value(), unit);
        String e = expected.map(sum -> plain(sum, unit)).orElse("");
        String largest = plain(Amount.ofFen(Long.MAX_VALUE), AmountUnit.YUAN);
        String zhMessage = expected.isPresent()
                ? zh.get() + "：按各项之和应为 " + e + u + "，公布为 " + a + u + "，相差超出金额的表示范围（绝对值至多 " + largest + "元）"
                : zh.get() + "：各项之和超出金额的表示范围（绝对值至多 " + largest + "元），不可能等于公布的 " + a + u;
        String enMessage = expected.isPresent()
                ? en.get() + ": the parts add up to " + e + " " + u + ", published " + a + " " + u
                        + ", off by more than an amount can hold (at most " + largest + " yuan either way)"
                : en.get() + ": the parts add up to more than an amount can hold (at most " + largest
                        + " yuan either way), so not to the published " + a + " " + u;
        findings.add(new Finding(
                ruleId,
                severity,
                at(total),
                locations(cells),
                expected,
                Optional.of(total.value()),
                Optional.empty(),
                Optional.empty(),
                zhMessage,
                enMessage));
    }

    /** Reports a finding at a cell without an identity (a comparison that is not a sum). */
    public void report(Severity severity, Cell at, Optional<Amount> expected, String zh, String en) {
        findings.add(new Finding(
                ruleId,
                severity,
                at(at),
                List.of(),
                expected,
                Optional.of(at.value()),
                expected.flatMap(x -> difference(at.value(), x)),
                Optional.empty(),
                zh,
                en));
    }

    /**
     * Reports that a cell lies beyond a bound that another published cell sets ({@code at ≤ bound}
     * or {@code at ≥ bound}, the finding's difference {@code at − bound} on the wrong side): an
     * inequality, whose one related cell is the bound. {@link RootCauses} can then tell a bound
     * that is off, and carried from a cell that is off, from a cell of its own that is.
     */
    public void beyond(Severity severity, Cell at, Cell bound, String zh, String en) {
        findings.add(new Finding(
                ruleId,
                severity,
                at(at),
                List.of(at(bound)),
                Optional.of(bound.value()),
                Optional.of(at.value()),
                difference(at.value(), bound.value()),
                Optional.empty(),
                zh,
                en));
    }

    /** Reports a finding at a location, with the expected and the published value. */
    public void report(Severity severity, Location location, Amount expected, Amount actual, String zh, String en) {
        findings.add(new Finding(
                ruleId,
                severity,
                location,
                List.of(),
                Optional.of(expected),
                Optional.of(actual),
                difference(actual, expected),
                Optional.empty(),
                zh,
                en));
    }

    /** Reports a finding at a location. */
    public void report(Severity severity, Location location, String zh, String en) {
        add(ruleId, severity, location, zh, en);
    }

    private void add(String id, Severity severity, Location location, String zh, String en) {
        findings.add(Finding.of(id, severity, location, zh, en));
    }

    /**
     * Reports that a check of this rule could not be made, and why: an {@code INFO} finding of the
     * rule {@code <id>-SKIP}. For what the document does not let the rule decide (a unit type not
     * stated, a project not found where its amount is printed); never for a table simply absent.
     *
     * @param location what could not be checked
     * @param zh why, in Chinese
     * @param en why, in English
     */
    public void skipped(Location location, String zh, String en) {
        add(ruleId + "-SKIP", Severity.INFO, location, "未能检查：" + zh, "not checked: " + en);
    }

    /** The locations of cells, in order. */
    private static List<Location> locations(List<Cell> cells) {
        Location[] at = new Location[cells.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = at(cells.get(i));
        }
        return List.of(at);
    }

    /** The location of a cell. */
    public static Location at(Cell cell) {
        OptionalInt line = cell.row().sourceLine();
        return new Location(
                Optional.of(cell.table().kind()),
                Optional.of(cell.row().section()),
                Optional.of(cell.row().key()),
                Optional.of(cell.row().name()),
                Optional.of(cell.column()),
                line);
    }

    /**
     * An amount in a unit as plain digits without trailing zeros, as {@code
     * amount.toBigDecimal(unit).stripTrailingZeros().toPlainString()} writes it, without the
     * {@code BigDecimal}s: a unit's fen are a power of ten, so the digits are the fen's with a point.
     */
    static String plain(Amount amount, AmountUnit unit) {
        long fen = amount.fen(); // never Long.MIN_VALUE, so its absolute value is exact
        long perUnit = unit.fenPerUnit();
        long abs = Math.abs(fen);
        long fraction = abs % perUnit;
        StringBuilder out = new StringBuilder(24);
        if (fen < 0) {
            out.append('-');
        }
        out.append(abs / perUnit);
        if (fraction != 0) {
            int digits = unit.fenDecimals();
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String written = Long.toString(fraction);
            for (int i = written.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(written);
        }
        return out.toString();
    }
}
