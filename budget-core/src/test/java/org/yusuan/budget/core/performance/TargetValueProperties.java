package org.yusuan.budget.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.performance.TargetValue.Quantitative;

class TargetValueProperties {
    @Provide
    Arbitrary<Quantitative> quantitative() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000_000L),
                        Arbitraries.integers().between(0, 4))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        Arbitrary<String> units =
                Arbitraries.of("", "次", "张", "%", "元", "万元", "元/人", "平方米", "小时", "年", "人次", "万人", "万次", "条", "个/年");
        return Combinators.combine(Arbitraries.of(Relation.class), numbers, units)
                .as((relation, number, unit) -> {
                    String text = relation.symbol() + number.toPlainString() + unit;
                    return new Quantitative(relation, number, unit, text);
                });
    }

    @Property
    void formatOfParseIsIdentityForQuantitativeValues(@ForAll("quantitative") Quantitative value) {
        TargetValue parsed = TargetValue.parse(value.format());
        assertThat(parsed).isEqualTo(value);
        assertThat(parsed.format()).isEqualTo(value.format());
    }

    /** What the expression reads: how values were parsed before the parser read them by hand. */
    private static TargetValue byExpression(String text) {
        java.util.regex.Matcher m = TargetValue.QUANTITATIVE.matcher(text.strip());
        if (!m.matches()) {
            return new TargetValue.Qualitative(text);
        }
        Relation relation = Relation.ofPrinted(m.group(1) == null ? "" : m.group(1));
        return new Quantitative(relation, new BigDecimal(m.group(2).replace(",", "")), m.group(3), text);
    }

    @Property(tries = 10000)
    void parseReadsWhatTheExpressionReads(@ForAll("printed") String text) {
        assertThat(TargetValue.parse(text)).as(text).isEqualTo(byExpression(text));
    }

    @Provide
    Arbitrary<String> printed() {
        // relations, signs, digit runs of every length, thousands groups right and wrong, decimal
        // points, units, Han words, ASCII and other white space and line terminators, in any order
        return Arbitraries.of(
                        ">", "<", "=", ">=", "<=", "＞=", "＜=", "≥", "≤", "＝", "＞", "＜", "-", "1", "12", "123", "1234",
                        ",", ",123", ",12", ".", ".5", "0", "%", "万元", "元/人", "次", "达到", " ", "\t", "\u3000", "\u0085",
                        "\u2028", "\n")
                .list()
                .ofMaxSize(6)
                .map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void parsingAnyStringNeverThrowsAndKeepsTheText(@ForAll String text) {
        TargetValue value = TargetValue.parse(text);
        assertThat(value.raw()).isEqualTo(text);
    }
}
