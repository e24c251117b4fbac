package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.validation.Tolerance.Judgement;

class ToleranceProperties {
    /**
     * The law the bound rests on: publish exact parts and their exact total each rounded on its own
     * to {@code d} decimals, and the published identity is never judged an error.
     */
    @Property
    void independentlyRoundedConsistentFiguresAreNeverAnError(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 100_000_000_000L) Long> partsInFen,
            @ForAll AmountUnit unit,
            @ForAll @IntRange(min = 0, max = 4) int decimals) {
        Amount total = Amount.ZERO;
        Amount roundedSum = Amount.ZERO;
        for (long fen : partsInFen) {
            Amount part = Amount.ofFen(fen);
            total = total.plus(part);
            roundedSum = roundedSum.plus(part.round(unit, decimals, RoundingMode.HALF_UP));
        }
        Amount roundedTotal = total.round(unit, decimals, RoundingMode.HALF_UP);
        Judgement judgement =
                Tolerance.roundingTails().judge(roundedTotal.minus(roundedSum), unit, decimals, partsInFen.size());
        assertThat(judgement).isNotEqualTo(Judgement.BEYOND_TOLERANCE);
    }

    /** A cell corrupted by more than the bound is always an error, whichever way it moves. */
    @Property
    void aDifferenceBeyondTheBoundIsAlwaysAnError(
            @ForAll @IntRange(min = 1, max = 200) int parts,
            @ForAll @IntRange(min = 0, max = 2) int decimals,
            @ForAll boolean negative) {
        AmountUnit unit = AmountUnit.WAN_YUAN;
        // (n + 1) × ½ × 10^-d 万元 in fen, plus one fen
        long boundFen = (parts + 1L) * unit.fenPerUnit() / (2L * (long) Math.pow(10, decimals));
        Amount beyond = Amount.ofFen(boundFen + 1);
        Amount at = Amount.ofFen(boundFen);
        Tolerance t = Tolerance.roundingTails();
        assertThat(t.judge(negative ? beyond.negate() : beyond, unit, decimals, parts))
                .isEqualTo(Judgement.BEYOND_TOLERANCE);
        assertThat(t.judge(negative ? at.negate() : at, unit, decimals, parts)).isEqualTo(Judgement.ROUNDING_TAIL);
    }

    /**
     * The general form on values that keep their own precisions: exact parts and their exact total,
     * each published in its own unit and decimals (元 or 万元, 0 to 2 decimals), are never judged an
     * error; and with one precision throughout it judges as the single-precision form does.
     */
    @Property
    void mixedPrecisionsOfConsistentFiguresAreNeverAnError(
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 10_000_000_000L) Long> partsInFen,
            @ForAll @Size(min = 21, max = 21) List<AmountUnit> units,
            @ForAll @Size(min = 21, max = 21) List<@IntRange(min = 0, max = 2) Integer> decimals,
            @ForAll @LongRange(min = -5_000, max = 5_000) long shift) {
        Amount total = Amount.ZERO;
        Amount roundedSum = Amount.ZERO;
        List<Tolerance.Precision> precisions = new java.util.ArrayList<>();
        for (int i = 0; i < partsInFen.size(); i++) {
            Amount part = Amount.ofFen(partsInFen.get(i));
            Tolerance.Precision p = new Tolerance.Precision(units.get(i + 1), decimals.get(i + 1));
            precisions.add(p);
            total = total.plus(part);
            roundedSum = roundedSum.plus(part.round(p.unit(), p.decimals(), RoundingMode.HALF_UP));
        }
        Tolerance.Precision totalPrecision = new Tolerance.Precision(units.get(0), decimals.get(0));
        Amount roundedTotal = total.round(totalPrecision.unit(), totalPrecision.decimals(), RoundingMode.HALF_UP);
        Tolerance t = Tolerance.roundingTails();
        assertThat(t.judge(roundedTotal.minus(roundedSum), totalPrecision, precisions))
                .isNotEqualTo(Judgement.BEYOND_TOLERANCE);
        // one precision throughout: the same judgement as (n + 1) × ½ × 10^-d
        AmountUnit unit = units.get(0);
        int d = decimals.get(0);
        Amount difference = Amount.ofFen(shift * 100);
        List<Tolerance.Precision> same = java.util.Collections.nCopies(partsInFen.size(), totalPrecision);
        assertThat(t.judge(difference, totalPrecision, same))
                .isEqualTo(t.judge(difference, unit, d, partsInFen.size()));
    }
}
