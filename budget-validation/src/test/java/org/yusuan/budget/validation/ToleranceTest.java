package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.validation.Tolerance.Judgement;

class ToleranceTest {
    private static final AmountUnit WAN = AmountUnit.WAN_YUAN;

    private static Amount wan(String text) {
        return Amount.parse(text, WAN);
    }

    @Test
    void boundFollowsThePublishedPrecision() {
        assertThat(Tolerance.roundingTails().bound(WAN, 2, 2)).isEqualByComparingTo("0.015");
        assertThat(Tolerance.roundingTails().bound(WAN, 2, 9)).isEqualByComparingTo("0.05");
        assertThat(Tolerance.roundingTails().bound(WAN, 3, 1)).isEqualByComparingTo("0.001");
        assertThat(Tolerance.roundingTails().bound(AmountUnit.YUAN, 0, 4)).isEqualByComparingTo("2.5");
        assertThat(Tolerance.exact().bound(WAN, 2, 5)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Tolerance.absolute(wan("0.05")).bound(WAN, 2, 5)).isEqualByComparingTo("0.05");
    }

    @Test
    void tellsARoundingTailFromAnError() {
        Tolerance t = Tolerance.roundingTails();
        // seed 000: 收入总计 1563.24 vs 本年收入合计 1505.93 + 上年结转 57.32 = 1563.25
        Amount difference = wan("1563.24").minus(wan("1505.93").plus(wan("57.32")));
        assertThat(t.judge(difference, WAN, 2, 2)).isEqualTo(Judgement.ROUNDING_TAIL);
        assertThat(t.judge(wan("0.02"), WAN, 2, 2)).isEqualTo(Judgement.BEYOND_TOLERANCE);
        assertThat(t.judge(wan("0.015"), WAN, 2, 2)).isEqualTo(Judgement.ROUNDING_TAIL);
        assertThat(t.judge(wan("-0.015"), WAN, 2, 2)).isEqualTo(Judgement.ROUNDING_TAIL);
        assertThat(t.judge(Amount.ofFen(150_001), WAN, 2, 2)).isEqualTo(Judgement.BEYOND_TOLERANCE);
        assertThat(t.judge(Amount.ZERO, WAN, 2, 2)).isEqualTo(Judgement.EXACT);
        assertThat(t.judge(Amount.ofFen(Long.MAX_VALUE), WAN, 6, 1_000)).isEqualTo(Judgement.BEYOND_TOLERANCE);
    }

    @Test
    void exactAndAbsolutePoliciesDoWhatTheySay() {
        assertThat(Tolerance.exact().judge(wan("0.01"), WAN, 2, 2)).isEqualTo(Judgement.BEYOND_TOLERANCE);
        assertThat(Tolerance.exact().judge(Amount.ZERO, WAN, 2, 2)).isEqualTo(Judgement.EXACT);
        Tolerance absolute = Tolerance.absolute(wan("0.05"));
        assertThat(absolute.judge(wan("0.05"), WAN, 2, 1)).isEqualTo(Judgement.ROUNDING_TAIL);
        assertThat(absolute.judge(wan("0.06"), WAN, 2, 100)).isEqualTo(Judgement.BEYOND_TOLERANCE);
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> Tolerance.absolute(Amount.ofFen(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.roundingTails().judge(Amount.ZERO, WAN, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> Tolerance.roundingTails().bound(WAN, -1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasValueSemantics() {
        assertThat(Tolerance.absolute(wan("0.05"))).isEqualTo(Tolerance.absolute(wan("0.05")));
        assertThat(Tolerance.absolute(wan("0.05"))).hasSameHashCodeAs(Tolerance.absolute(wan("0.05")));
        assertThat(Tolerance.roundingTails()).isNotEqualTo(Tolerance.exact()).hasToString("rounding tails");
        assertThat(Tolerance.absolute(wan("0.05"))).hasToString("absolute 500.00");
    }

    @Test
    void eachValueKeepsItsOwnPrecision() {
        Tolerance t = Tolerance.roundingTails();
        Tolerance.Precision yuan = new Tolerance.Precision(AmountUnit.YUAN, 2);
        Tolerance.Precision wan = new Tolerance.Precision(AmountUnit.WAN_YUAN, 2);
        // a target's 元 total against the project table's 万元 cell: ½ × 0.01 元 + ½ × 0.01 万元 = 50.005 元
        assertThat(t.bound(AmountUnit.YUAN, yuan, List.of(wan))).isEqualByComparingTo("50.005");
        assertThat(t.judge(Amount.ofFen(5000), yuan, List.of(wan))).isEqualTo(Judgement.ROUNDING_TAIL);
        assertThat(t.judge(Amount.ofFen(5001), yuan, List.of(wan))).isEqualTo(Judgement.BEYOND_TOLERANCE);
        // the coarsest precision for both would have allowed (1 + 1) × ½ × 0.01 万元 = 100 元
        assertThat(t.judge(Amount.ofFen(10_000), yuan, List.of(wan))).isEqualTo(Judgement.BEYOND_TOLERANCE);
        // one precision throughout: (n + 1) × ½ × 10^-d
        assertThat(t.bound(AmountUnit.WAN_YUAN, wan, List.of(wan, wan))).isEqualByComparingTo("0.015");
        assertThat(Tolerance.exact().judge(Amount.ofFen(1), wan, List.of(wan))).isEqualTo(Judgement.BEYOND_TOLERANCE);
        assertThatThrownBy(() -> t.judge(Amount.ofFen(1), wan, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tolerance.Precision(AmountUnit.YUAN, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
