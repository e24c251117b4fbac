package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

class CheckerProperties {
    /** A finding's amounts are written as the BigDecimal way writes them, in every unit. */
    @Property(tries = 5000)
    void plainWritesWhatBigDecimalWrites(@ForAll("fen") long fen, @ForAll AmountUnit unit) {
        Amount amount = Amount.ofFen(fen);
        assertThat(Checker.plain(amount, unit))
                .isEqualTo(amount.toBigDecimal(unit).stripTrailingZeros().toPlainString());
    }

    /** Amounts of every size, with trailing zeros and small fractions more often than chance. */
    @Provide
    Arbitrary<Long> fen() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
                Arbitraries.longs().between(-100_000L, 100_000L),
                Arbitraries.longs().between(-99_999L, 99_999L).map(f -> f * 1_000L),
                Arbitraries.of(0L, 1L, -1L, 10L, 100L, 1_000_000L, Long.MAX_VALUE, -Long.MAX_VALUE));
    }
}
