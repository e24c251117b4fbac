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
}
