package org.yusuan.budget.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.NarrativeChange;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.NarrativeItem;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;

/** Narrative figures against the table cells they state, and year-on-year comparisons against themselves. */
final class NarrativeRules {
    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NarrativeRules() {}

    /** A published cell as a decimal in 万元 with the half-unit of its table, or empty if absent. */
    private record Value(BigDecimal amount, BigDecimal half, String where) {}

    private static Optional<Value> value(Disclosure d, CellRef ref) {
        Optional<BudgetTable> table = d.table(ref.table());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        BudgetTable t = table.get();
        BigDecimal half = BigDecimal.valueOf(5, t.decimals() + 1)
                .multiply(BigDecimal.valueOf(t.unit().fenPerUnit()))
                .divide(BigDecimal.valueOf(AmountUnit.WAN_YUAN.fenPerUnit()), PRECISION);
        if (t.publishedEmpty()) {
            return Optional.of(new Value(BigDecimal.ZERO, half, ref.toString()));
        }
        return t.row(ref.section(), ref.row())
                .flatMap(r -> r.cell(ref.column()))
                .map(a -> new Value(a.toBigDecimal(AmountUnit.WAN_YUAN), half, ref.toString()));
    }

    private static BigDecimal half(BigDecimal printed) {
        return BigDecimal.valueOf(5, Math.max(0, printed.scale()) + 1);
    }

    private static Location at(NarrativeFigure f) {
        return new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(f.quote()),
                Optional.empty(),
                f.sourceLine());
    }

    static void amounts(Disclosure d, Checker c, RuleContext x) {
        for (NarrativeFigure f : d.narrative()) {
            if (f.unit() == NarrativeFigure.Unit.PERCENT || f.cell().isEmpty()) {
                continue;
            }
            Optional<Value> cell = value(d, f.cell().get());
            if (cell.isEmpty()) {
                continue; // the cell is not published: cannot check
            }
            BigDecimal figure = f.unit() == NarrativeFigure.Unit.YUAN
                    ? f.value().divide(BigDecimal.valueOf(10_000), PRECISION)
                    : f.value();
            BigDecimal figureHalf = f.unit() == NarrativeFigure.Unit.YUAN
                    ? half(f.value()).divide(BigDecimal.valueOf(10_000), PRECISION)
                    : half(f.value());
            BigDecimal difference = figure.subtract(cell.get().amount());
            if (difference.signum() == 0 || sameAtCoarserPrecision(figure, figureHalf, cell.get())) {
                continue;
            }
            BigDecimal bound = figureHalf.add(cell.get().half());
            boolean within = difference.abs().compareTo(bound) <= 0;
            Severity severity = within ? Severity.INFO : Severity.ERROR;
            String zh = "情况说明「" + f.quote() + "」与表中数字 " + plain(cell.get().amount()) + "万元" + (within ? "仅差尾数" : "不符")
                    + "（" + cell.get().where() + "）";
            String en = "the narrative's \"" + f.quote() + "\" (" + f.label() + ") states " + plain(figure)
                    + " 万元, the table " + plain(cell.get().amount()) + " 万元 at "
                    + cell.get().where()
                    + (within ? ": within the published precision" : "");
            Optional<Amount> printed = exact(figure);
            Optional<Amount> published = exact(cell.get().amount());
            if (printed.isPresent() && published.isPresent()) {
                c.report(severity, at(f), published.get(), printed.get(), zh, en);
            } else {
                c.report(severity, at(f), zh, en);
            }
        }
    }

    private static Optional<Amount> exact(BigDecimal wan) {
        try {
            return Optional.of(Amount.of(wan, AmountUnit.WAN_YUAN));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // finer than a fen: the message still says it
        }
    }

    static void shares(Disclosure d, Checker c, RuleContext x) {
        for (NarrativeFigure f : d.narrative()) {
            if (f.unit() != NarrativeFigure.Unit.PERCENT
                    || f.cell().isEmpty()
                    || f.base().isEmpty()) {
                continue;
            }
            Optional<Value> part = value(d, f.cell().get());
            Optional<Value> whole = value(d, f.base().get());
            if (part.isEmpty() || whole.isEmpty()) {
                continue;
            }
            BigDecimal figureLow = f.value().subtract(half(f.value()));
            BigDecimal figureHigh = f.value().add(half(f.value()));
            BigDecimal p = part.get().amount();
            BigDecimal b = whole.get().amount();
            BigDecimal low;
            BigDecimal high;
            BigDecimal baseLow = b.subtract(whole.get().half());
            if (baseLow.signum() <= 0) {
                if (f.value().signum() != 0 || p.signum() != 0) {
                    c.report(
                            Severity.ERROR,
                            at(f),
                            "情况说明「" + f.quote() + "」以零为基数计算占比",
                            "the narrative's \"" + f.quote() + "\" is a share of a zero base ("
                                    + whole.get().where() + ")");
                }
                continue;
            }
            low = p.subtract(part.get().half())
                    .max(BigDecimal.ZERO)
                    .multiply(HUNDRED)
                    .divide(b.add(whole.get().half()), PRECISION);
            high = p.add(part.get().half()).multiply(HUNDRED).divide(baseLow, PRECISION);
            boolean meets = figureLow.compareTo(high) <= 0 && low.compareTo(figureHigh) <= 0;
            if (!meets) {
                BigDecimal share = p.multiply(HUNDRED)
                        .divide(b, PRECISION)
                        .setScale(Math.max(2, f.value().scale()), RoundingMode.HALF_UP);
                c.report(
                        Severity.ERROR,
                        at(f),
                        "情况说明「" + f.quote() + "」的占比与表中数字不符：" + plain(p) + " ÷ " + plain(b) + " ＝ "
                                + share.toPlainString() + "%",
                        "the narrative's share \"" + f.quote() + "\" does not follow from the tables: " + plain(p)
                                + " / " + plain(b) + " = " + share.toPlainString() + "% ("
                                + part.get().where() + " of " + whole.get().where() + ")");
            }
        }
    }

    private static Location at(NarrativeChange change) {
        return new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(change.quote()),
                Optional.empty(),
                change.sourceLine());
    }

    /** An amount figure in 万元. */
    private static BigDecimal wan(NarrativeFigure f) {
        return f.unit() == NarrativeFigure.Unit.YUAN
                ? f.value().divide(BigDecimal.valueOf(10_000), PRECISION)
                : f.value();
    }

    /** Half a unit in the last printed place of an amount figure, in 万元. */
    private static BigDecimal wanHalf(NarrativeFigure f) {
        return f.unit() == NarrativeFigure.Unit.YUAN
                ? half(f.value()).divide(BigDecimal.valueOf(10_000), PRECISION)
                : half(f.value());
    }

    /**
     * NAR-DIRECTION: a direction word that the figures of its own sentence contradict. Decided only
     * from what the sentence prints: a changed amount and its rate going opposite ways (增加…，下降…),
     * a direction word before a negative number, 持平 beside a nonzero change, or a direction against
     * the current and previous amounts the sentence states, beyond their printed precision.
     */
    static void directions(Disclosure d, Checker c, RuleContext x) {
        for (NarrativeChange change : d.changes()) {
            contradiction(change)
                    .ifPresent(why -> c.report(
                            Severity.ERROR,
                            at(change),
                            "情况说明「" + change.quote() + "」的增减方向自相矛盾：" + why.zh(),
                            "the narrative's \"" + change.quote() + "\" contradicts its own direction: " + why.en()));
        }
    }

    /** Why a finding is made, in Chinese and in English. */
    private record Why(String zh, String en) {}

    private static Optional<Why> contradiction(NarrativeChange change) {
        for (NarrativeChange.Movement m : change.movements()) {
            if (m.figure().value().signum() < 0) {
                String value = m.figure().value().toPlainString();
                return Optional.of(new Why(m.word() + "后为负数 " + value, m.word() + " before a negative " + value));
            }
        }
        List<NarrativeChange.Movement> nonzero = change.movements().stream()
                .filter(m -> m.figure().value().signum() != 0)
                .toList();
        for (NarrativeChange.Movement m : nonzero) {
            for (NarrativeChange.Movement n : nonzero) {
                if (m.isRate() != n.isRate() && m.direction() != n.direction()) {
                    return Optional.of(new Why(
                            m.word() + "与" + n.word() + "方向相反", m.word() + " and " + n.word() + " go opposite ways"));
                }
            }
        }
        // 持平 and the amounts compared are about the sentence's amount: only a movement naming no
        // part of its own can contradict them (与上年持平，其中公务接待费增加… does not)
        List<NarrativeChange.Movement> unnamed =
                nonzero.stream().filter(NarrativeChange.Movement::isUnnamed).toList();
        if (change.level() && !unnamed.isEmpty()) {
            String moved = unnamed.get(0).word() + " "
                    + unnamed.get(0).figure().value().toPlainString();
            return Optional.of(new Why("持平，又" + moved, "unchanged, yet " + moved));
        }
        if (change.current().isPresent() && change.previous().isPresent()) {
            NarrativeFigure now = change.current().get();
            NarrativeFigure then = change.previous().get();
            BigDecimal difference = wan(now).subtract(wan(then));
            BigDecimal bound = wanHalf(now).add(wanHalf(then));
            if (difference.abs().compareTo(bound) > 0) {
                NarrativeChange.Direction actual =
                        difference.signum() > 0 ? NarrativeChange.Direction.UP : NarrativeChange.Direction.DOWN;
                String zh = "上年 " + plain(wan(then)) + "万元，本年 " + plain(wan(now)) + "万元";
                String en = "last year " + plain(wan(then)) + " 万元, this year " + plain(wan(now)) + " 万元";
                for (NarrativeChange.Movement m : unnamed) {
                    if (m.direction() != actual) {
                        return Optional.of(new Why(m.word() + "，而" + zh, m.word() + ", while " + en));
                    }
                }
                if (change.level()) {
                    return Optional.of(new Why("持平，而" + zh, "unchanged, while " + en));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * NAR-ZERO-BASE: a growth rate stated on a zero base. Last year's amount is zero when the sentence
     * prints it as zero (上年为0万元), or when the change it prints equals the amount it compares; a
     * rate is then undefined, unless it is large enough to stand for a base smaller than the printed
     * precision, which is not called a zero base. A sentence whose direction words contradict its
     * figures is NAR-DIRECTION's finding alone: which of its words is wrong decides the base.
     */
    static void zeroBases(Disclosure d, Checker c, RuleContext x) {
        for (NarrativeChange change : d.changes()) {
            Optional<NarrativeChange.Movement> rate = change.movements().stream()
                    .filter(m -> m.isRate() && m.isUnnamed())
                    .filter(m -> m.figure().value().signum() != 0)
                    .findFirst();
            if (rate.isEmpty() || contradiction(change).isPresent()) {
                continue; // a sentence that contradicts itself (NAR-DIRECTION) tells no base
            }
            Optional<Why> zero = Optional.empty();
            if (change.previous().isPresent()) {
                if (change.previous().get().value().signum() == 0) {
                    String printed = change.previous().get().value().toPlainString();
                    zero = Optional.of(new Why("上年为 " + printed, "last year " + printed));
                }
            } else if (change.current().isPresent()) {
                NarrativeFigure now = change.current().get();
                Optional<NarrativeChange.Movement> amount = change.movements().stream()
                        .filter(m -> !m.isRate() && m.isUnnamed() && m.direction() == NarrativeChange.Direction.UP)
                        .filter(m -> m.figure().value().signum() > 0)
                        .findFirst();
                if (amount.isPresent() && wan(amount.get().figure()).compareTo(wan(now)) == 0) {
                    // the base is at most the two figures' rounding: a rate smaller than the change
                    // over that is on no base at all
                    BigDecimal baseAtMost =
                            wanHalf(now).add(wanHalf(amount.get().figure()));
                    BigDecimal rateAtLeast = wan(amount.get().figure())
                            .subtract(wanHalf(amount.get().figure()))
                            .multiply(HUNDRED)
                            .divide(baseAtMost, PRECISION);
                    BigDecimal stated = rate.get().figure().value().abs();
                    if (stated.add(half(stated)).compareTo(rateAtLeast) < 0) {
                        String changed = plain(wan(amount.get().figure()));
                        zero = Optional.of(new Why(
                                "本年 " + plain(wan(now)) + "万元，" + amount.get().word() + " " + changed + "万元",
                                "this year " + plain(wan(now)) + " 万元, "
                                        + amount.get().word() + " " + changed + " 万元"));
                    }
                }
            }
            zero.ifPresent(why -> c.report(
                    Severity.ERROR,
                    at(change),
                    "情况说明「" + change.quote() + "」在上年为零时给出增减率 "
                            + rate.get().figure().value().toPlainString() + "%（" + why.zh() + "）",
                    "the narrative's \"" + change.quote() + "\" states a rate of "
                            + rate.get().figure().value().toPlainString() + "% on a zero base (" + why.en() + ")"));
        }
    }

    /**
     * NAR-ITEM: an economic item the narrative lists by name under 人员经费 or 公用经费 (主要包括：基本工资、…)
     * has spending in the basic-expenditure table: its cell printed blank or zero says the list names
     * an item the unit did not spend on. A WARNING: the words, not a figure, are wrong.
     */
    static void items(Disclosure d, Checker c, RuleContext x) {
        for (NarrativeItem item : d.items()) {
            Optional<BudgetTable> table = d.table(item.cell().table());
            if (table.isEmpty()) {
                continue;
            }
            Optional<org.yusuan.budget.core.table.Row> row =
                    table.get().row(item.cell().section(), item.cell().row());
            if (row.isEmpty()) {
                continue; // the table does not print the item: nothing to set the name against
            }
            Optional<Amount> cell = row.get().cell(item.cell().column());
            if (cell.isPresent() && !cell.get().isZero()) {
                continue;
            }
            c.report(
                    Severity.WARNING,
                    new Location(
                            Optional.of(item.cell().table()),
                            Optional.of(item.cell().section()),
                            Optional.of(item.cell().row()),
                            Optional.of(item.quote()),
                            Optional.of(item.cell().column()),
                            item.sourceLine()),
                    "情况说明「" + item.quote() + "」列出「" + item.name() + "」，而表中该项无支出（空白或0，" + item.cell() + "）",
                    "the narrative's \"" + item.quote() + "\" lists " + item.name() + ", which the table prints "
                            + "blank or zero (" + item.cell() + ")");
        }
    }

    /**
     * Whether the figure and the cell print the same value once the finer of the two is rounded
     * (half up) to the precision of the coarser: 4,302,134.56 元 and 430.21 万元 are one fact.
     */
    private static boolean sameAtCoarserPrecision(BigDecimal figure, BigDecimal figureHalf, Value cell) {
        int figureScale = figureHalf.stripTrailingZeros().scale() - 1;
        int cellScale = cell.half().stripTrailingZeros().scale() - 1;
        int coarser = Math.min(figureScale, cellScale);
        return figure.setScale(coarser, RoundingMode.HALF_UP)
                        .compareTo(cell.amount().setScale(coarser, RoundingMode.HALF_UP))
                == 0;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
