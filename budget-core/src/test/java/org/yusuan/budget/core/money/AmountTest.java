package org.yusuan.budget.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountTest {
    private static final AmountFormat WAN = AmountFormat.of(AmountUnit.WAN_YUAN, 2);

    @Test
    void readsPublishedWanYuanExactly() {
        assertThat(Amount.parse("1505.93", AmountUnit.WAN_YUAN).fen()).isEqualTo(1_505_930_000L);
        assertThat(Amount.parse("0.50", AmountUnit.WAN_YUAN)).isEqualTo(Amount.ofYuan(5_000));
        assertThat(Amount.parse("29.099", AmountUnit.WAN_YUAN)).isEqualTo(Amount.ofYuan(290_990));
    }

    @Test
    void parsesThousandsSeparators() {
        assertThat(Amount.parse("22,236.26", AmountUnit.WAN_YUAN))
                .isEqualTo(Amount.parse("22236.26", AmountUnit.WAN_YUAN));
        assertThat(Amount.parse("8,266,024.73", AmountUnit.YUAN).fen()).isEqualTo(826_602_473L);
        assertThat(Amount.parse("1,431,200", AmountUnit.YUAN)).isEqualTo(Amount.ofYuan(1_431_200));
    }

    @Test
    void rejectsMisplacedThousandsSeparators() {
        for (String bad : new String[] {"1,23", "12,34.5", "1234,567", ",123", "1,,234", "1,234,56"}) {
            assertThatThrownBy(() -> Amount.parse(bad, AmountUnit.YUAN))
                    .as(bad)
                    .isInstanceOf(AmountParseException.class)
                    .hasMessageContaining("\"" + bad + "\"");
        }
    }

    @Test
    void rejectsSubFenPrecision() {
        assertThatThrownBy(() -> Amount.parse("0.001", AmountUnit.YUAN))
                .isInstanceOf(AmountParseException.class)
                .hasMessageContaining("finer than a fen")
                .satisfies(
                        e -> assertThat(((AmountParseException) e).errorIndex()).isEqualTo(4));
        assertThatThrownBy(() -> Amount.parse("1.0000001", AmountUnit.WAN_YUAN))
                .hasMessageContaining("finer than a fen");
        assertThatThrownBy(() -> Amount.of(new BigDecimal("0.005"), AmountUnit.YUAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.005");
    }

    @Test
    void acceptsTrailingZerosBeyondAFen() {
        assertThat(Amount.parse("1.2300", AmountUnit.YUAN)).isEqualTo(Amount.ofFen(123));
        assertThat(Amount.parse("1.00000000", AmountUnit.WAN_YUAN)).isEqualTo(Amount.ofYuan(10_000));
    }

    @Test
    void readsBlankAsZeroOnlyWhenAsked() {
        assertThat(WAN.withBlankAsZero(true).parse("   ")).isEqualTo(Amount.ZERO);
        assertThat(WAN.withBlankAsZero(true).parse("")).isEqualTo(Amount.ZERO);
        assertThatThrownBy(() -> WAN.parse(" "))
                .isInstanceOf(AmountParseException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void namesTheOffendingCharacter() {
        assertThatThrownBy(() -> WAN.parse("12.3a"))
                .isInstanceOf(AmountParseException.class)
                .satisfies(
                        e -> assertThat(((AmountParseException) e).errorIndex()).isEqualTo(4))
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> WAN.parse("-")).hasMessageContaining("no digits");
        assertThatThrownBy(() -> WAN.parse("5.")).hasMessageContaining("no digits after the decimal point");
        assertThatThrownBy(() -> WAN.parse(".5")).hasMessageContaining("no digits");
        assertThatThrownBy(() -> WAN.parse("1 000")).hasMessageContaining("unexpected character");
    }

    @Test
    void rejectsHugeExponentsWithoutExpandingThem() {
        assertThatThrownBy(() -> Amount.of(new BigDecimal("1e999999999"), AmountUnit.YUAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Amount.of(new BigDecimal("1e-999999999"), AmountUnit.YUAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finer than a fen");
        assertThat(Amount.of(new BigDecimal("1.5E+3"), AmountUnit.YUAN)).isEqualTo(Amount.ofYuan(1500));
        assertThat(Amount.of(new BigDecimal("0E-20"), AmountUnit.YUAN)).isEqualTo(Amount.ZERO);
    }

    @Test
    void readsSignsAndSurroundingSpace() {
        assertThat(WAN.parse(" -0.01 ")).isEqualTo(Amount.ofYuan(-100));
        assertThat(WAN.parse("+3")).isEqualTo(Amount.ofYuan(30_000));
        assertThat(WAN.parse("-0.00")).isEqualTo(Amount.ZERO);
    }

    @Test
    void rejectsOutOfRangeText() {
        assertThatThrownBy(() -> Amount.parse("99999999999999999999", AmountUnit.YUAN))
                .isInstanceOf(AmountParseException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Amount.parse("92233720368547.76", AmountUnit.WAN_YUAN))
                .hasMessageContaining("out of range");
    }

    @Test
    void formatsInEitherUnitWithAndWithoutGrouping() {
        Amount a = Amount.parse("22236.26", AmountUnit.WAN_YUAN);
        assertThat(WAN.format(a)).isEqualTo("22236.26");
        assertThat(WAN.withGrouping(true).format(a)).isEqualTo("22,236.26");
        assertThat(AmountFormat.of(AmountUnit.YUAN, 2).withGrouping(true).format(a))
                .isEqualTo("222,362,600.00");
        assertThat(AmountFormat.of(AmountUnit.YUAN, 0).format(Amount.ofYuan(263_000)))
                .isEqualTo("263000");
        assertThat(AmountFormat.of(AmountUnit.WAN_YUAN, 4).format(Amount.ofYuan(-5)))
                .isEqualTo("-0.0005");
        assertThat(AmountFormat.of(AmountUnit.YUAN, 4).format(Amount.ofFen(1))).isEqualTo("0.0100");
        assertThat(AmountFormat.of(AmountUnit.WAN_YUAN, 0).withGrouping(true).format(Amount.ofYuan(1_000_000_000)))
                .isEqualTo("100,000");
    }

    @Test
    void refusesToRoundWhenFormatting() {
        assertThatThrownBy(() -> WAN.format(Amount.ofYuan(1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("without rounding");
    }

    @Test
    void roundsOnlyWhenAskedAndAsAsked() {
        Amount a = Amount.ofYuan(12_345); // 1.2345 万元
        assertThat(a.round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP)).isEqualTo(Amount.ofYuan(12_300));
        assertThat(Amount.ofYuan(12_350).round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP))
                .isEqualTo(Amount.ofYuan(12_400));
        assertThat(Amount.ofYuan(-12_350).round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP))
                .isEqualTo(Amount.ofYuan(-12_400));
        assertThat(Amount.ofYuan(12_350).round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_EVEN))
                .isEqualTo(Amount.ofYuan(12_400));
        assertThat(Amount.ofYuan(12_250).round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_EVEN))
                .isEqualTo(Amount.ofYuan(12_200));
        assertThat(Amount.ofFen(123).round(AmountUnit.YUAN, 2, RoundingMode.UNNECESSARY))
                .isEqualTo(Amount.ofFen(123));
        assertThatThrownBy(() -> a.round(AmountUnit.WAN_YUAN, 2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void checksArithmeticOverflow() {
        Amount max = Amount.ofFen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Amount.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.negate().minus(Amount.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Amount.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Amount.sum(max, Amount.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThat(max.negate().abs()).isEqualTo(max);
    }

    @Test
    void hasCanonicalTextThatParsesBack() {
        assertThat(Amount.ofFen(150_593).toString()).isEqualTo("1505.93");
        assertThat(Amount.ofFen(-1).toString()).isEqualTo("-0.01");
        assertThat(Amount.ZERO.toString()).isEqualTo("0.00");
        assertThat(Amount.parse("1505.93")).isEqualTo(Amount.ofFen(150_593));
        assertThat(Amount.parse(Amount.ofFen(Long.MAX_VALUE).toString())).isEqualTo(Amount.ofFen(Long.MAX_VALUE));
    }

    @Test
    void ordersAndComparesByValue() {
        assertThat(Amount.ofFen(1)).isGreaterThan(Amount.ZERO).isLessThan(Amount.ofFen(2));
        assertThat(Amount.ofFen(7)).isEqualTo(Amount.ofFen(7)).hasSameHashCodeAs(Amount.ofFen(7));
        assertThat(Amount.ofFen(7)).isNotEqualTo(Amount.ofFen(8)).isNotEqualTo("0.07");
        assertThat(Amount.ofFen(-3).signum()).isEqualTo(-1);
        assertThat(Amount.ofFen(-3).isNegative()).isTrue();
        assertThat(Amount.ofFen(3).isPositive()).isTrue();
        assertThat(Amount.ZERO.isZero()).isTrue();
    }

    @Test
    void convertsToAndFromMonetaryAmountExactly() {
        Amount a = Amount.parse("1505.93", AmountUnit.WAN_YUAN);
        MonetaryAmount money = a.toMonetaryAmount();
        assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(money.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("15059300.00");
        assertThat(Amount.from(money)).isEqualTo(a);
        assertThat(Amount.from(FastMoney.of(new BigDecimal("12.34"), "CNY"))).isEqualTo(Amount.ofFen(1234));
    }

    @Test
    void refusesForeignOrSubFenMonetaryAmounts() {
        assertThatThrownBy(() -> Amount.from(Money.of(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> Amount.from(Money.of(new BigDecimal("0.001"), "CNY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finer than a fen");
    }

    @Test
    void exposesExactDecimalsPerUnit() {
        Amount a = Amount.ofYuan(1_500);
        assertThat(a.toBigDecimal(AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("0.150000"));
        assertThat(a.toBigDecimal(AmountUnit.YUAN)).isEqualTo(new BigDecimal("1500.00"));
        assertThat(Amount.of(new BigDecimal("0.15"), AmountUnit.WAN_YUAN)).isEqualTo(a);
        assertThat(a.isExactIn(AmountUnit.WAN_YUAN, 2)).isTrue();
        assertThat(Amount.ofYuan(1_234).isExactIn(AmountUnit.WAN_YUAN, 2)).isFalse();
    }

    @Test
    void readsUnitLabels() {
        assertThat(AmountUnit.fromLabel("单位：万元")).contains(AmountUnit.WAN_YUAN);
        assertThat(AmountUnit.fromLabel("金额单位：万元")).contains(AmountUnit.WAN_YUAN);
        assertThat(AmountUnit.fromLabel("单位:元")).contains(AmountUnit.YUAN);
        assertThat(AmountUnit.fromLabel("（万元）")).contains(AmountUnit.WAN_YUAN);
        assertThat(AmountUnit.fromLabel("万人")).isEmpty();
    }

    @Test
    void fenPerUnitIsTenToTheFenDecimals() {
        // Tolerance states bounds in a unit by moving the decimal point fenDecimals places
        for (AmountUnit unit : AmountUnit.values()) {
            assertThat(BigDecimal.ONE.scaleByPowerOfTen(unit.fenDecimals()).longValueExact())
                    .as(unit.name())
                    .isEqualTo(unit.fenPerUnit());
        }
    }
}
