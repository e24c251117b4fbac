package org.yusuan.budget.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class AmountProperties {
    private static final long BIG = Long.MAX_VALUE / 4;

    record Case(Amount amount, AmountFormat format) {}

    @Provide
    Arbitrary<Case> formattable() {
        Arbitrary<AmountUnit> units = Arbitraries.of(AmountUnit.class);
        Arbitrary<Integer> decimals = Arbitraries.integers().between(0, 4);
        Arbitrary<Boolean> grouping = Arbitraries.of(true, false);
        return Combinators.combine(units, decimals, grouping, Arbitraries.longs())
                .as((unit, d, g, seed) -> {
                    long quantum = Amount.quantum(unit, d);
                    long steps = seed % (Long.MAX_VALUE / quantum);
                    return new Case(
                            Amount.ofFen(steps * quantum),
                            AmountFormat.of(unit, d).withGrouping(g));
                });
    }

    @Property
    void parseOfFormatIsIdentity(@ForAll("formattable") Case c) {
        String text = c.format().format(c.amount());
        assertThat(c.format().parse(text)).isEqualTo(c.amount());
    }

    @Property
    void formatOfParseIsIdentityOnFormattedText(@ForAll("formattable") Case c) {
        String text = c.format().format(c.amount());
        assertThat(c.format().format(c.format().parse(text))).isEqualTo(text);
    }

    @Property
    void canonicalTextRoundTrips(@ForAll @LongRange(min = -Long.MAX_VALUE) long fen) {
        Amount a = Amount.ofFen(fen);
        assertThat(Amount.parse(a.toString())).isEqualTo(a);
    }

    @Property
    void additionIsCommutative(
            @ForAll @LongRange(min = -BIG, max = BIG) long a, @ForAll @LongRange(min = -BIG, max = BIG) long b) {
        assertThat(Amount.ofFen(a).plus(Amount.ofFen(b)))
                .isEqualTo(Amount.ofFen(b).plus(Amount.ofFen(a)));
    }

    @Property
    void additionIsAssociative(
            @ForAll @LongRange(min = -BIG, max = BIG) long a,
            @ForAll @LongRange(min = -BIG, max = BIG) long b,
            @ForAll @LongRange(min = -BIG, max = BIG) long c) {
        Amount x = Amount.ofFen(a);
        Amount y = Amount.ofFen(b);
        Amount z = Amount.ofFen(c);
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    }

    @Property
    void zeroIsTheIdentity(@ForAll @LongRange(min = -Long.MAX_VALUE) long a) {
        Amount x = Amount.ofFen(a);
        assertThat(x.plus(Amount.ZERO)).isEqualTo(x);
        assertThat(Amount.ZERO.plus(x)).isEqualTo(x);
        assertThat(x.minus(x)).isEqualTo(Amount.ZERO);
    }

    @Property
    void additionIsExactOrThrows(
            @ForAll @LongRange(min = -Long.MAX_VALUE) long a, @ForAll @LongRange(min = -Long.MAX_VALUE) long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        boolean fits = exact.abs().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
        if (fits) {
            assertThat(Amount.ofFen(a).plus(Amount.ofFen(b)).fen()).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> Amount.ofFen(a).plus(Amount.ofFen(b))).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property
    void multiplicationIsExactOrThrows(
            @ForAll @LongRange(min = -Long.MAX_VALUE) long a,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long k) {
        BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(k));
        boolean fits = exact.abs().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
        if (fits) {
            assertThat(Amount.ofFen(a).multipliedBy(k).fen()).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> Amount.ofFen(a).multipliedBy(k)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property
    void monetaryAmountBridgeRoundTrips(@ForAll @LongRange(min = -Long.MAX_VALUE) long fen) {
        Amount a = Amount.ofFen(fen);
        assertThat(Amount.from(a.toMonetaryAmount())).isEqualTo(a);
    }

    @Property
    void roundingLandsOnTheQuantumWithinHalfAStep(
            @ForAll @LongRange(min = -BIG, max = BIG) long fen,
            @ForAll AmountUnit unit,
            @ForAll @IntRange(min = 0, max = 6) int decimals) {
        Amount rounded = Amount.ofFen(fen).round(unit, decimals, java.math.RoundingMode.HALF_UP);
        long quantum = Amount.quantum(unit, decimals);
        assertThat(rounded.isExactIn(unit, decimals)).isTrue();
        assertThat(2 * Math.abs(rounded.fen() - fen)).isLessThanOrEqualTo(quantum);
    }
}
