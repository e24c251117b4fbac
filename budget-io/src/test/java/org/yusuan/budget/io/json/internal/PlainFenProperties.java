package org.yusuan.budget.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

/** {@link JsonIn#plainFen}, the fast way to read a cell, agrees with the exact way. */
class PlainFenProperties {
    private static final JsonFactory JSON = new JsonFactory();

    private static long plainFen(String number, AmountUnit unit) throws IOException {
        try (JsonParser p = JSON.createParser("[" + number + "]")) {
            p.nextToken();
            p.nextToken();
            return new JsonIn(p, false).plainFen(unit);
        }
    }

    @Property(tries = 3000)
    void readsWhatTheExactWayReads(
            @ForAll long unscaled, @ForAll @IntRange(min = 0, max = 8) int scale, @ForAll AmountUnit unit)
            throws IOException {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        for (String text : new String[] {value.toPlainString(), value.toString(), value.toEngineeringString()}) {
            long fen = plainFen(text, unit);
            if (fen != Long.MIN_VALUE) {
                // whenever the fast way reads a number, it reads what Amount.of reads
                assertThat(fen)
                        .as(text)
                        .isEqualTo(Amount.of(new BigDecimal(text), unit).fen());
            }
        }
        // and it reads every plain decimal a table can hold: at most the unit's fen decimals, in range
        BigDecimal inFen = value.movePointRight(unit.fenDecimals());
        if (scale <= unit.fenDecimals() && inFen.abs().compareTo(BigDecimal.TEN.pow(17)) < 0) {
            assertThat(plainFen(value.toPlainString(), unit)).isEqualTo(inFen.longValueExact());
        }
    }

    @Example
    void examples() throws IOException {
        assertThat(plainFen("1446.71", AmountUnit.WAN_YUAN)).isEqualTo(1_446_710_000L);
        assertThat(plainFen("-0.01", AmountUnit.YUAN)).isEqualTo(-1L);
        assertThat(plainFen("0", AmountUnit.YUAN)).isZero();
        assertThat(plainFen("-0.0", AmountUnit.YUAN)).isZero();
        assertThat(plainFen("12", AmountUnit.YUAN)).isEqualTo(1_200L);
        assertThat(plainFen("1e3", AmountUnit.YUAN)).isEqualTo(Long.MIN_VALUE); // exponent: the exact way
        assertThat(plainFen("0.001", AmountUnit.YUAN)).isEqualTo(Long.MIN_VALUE); // finer than a fen
        assertThat(plainFen("12345678901234567890", AmountUnit.YUAN)).isEqualTo(Long.MIN_VALUE);
        assertThat(plainFen("\"12\"", AmountUnit.YUAN)).isEqualTo(Long.MIN_VALUE); // not a number
    }
}
