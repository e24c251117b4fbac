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

    @Property(tries = 3000)
    void aValueIsQuantitativeExactlyWhenTheExpressionMatches(@ForAll("printed") String text) {
        boolean matches = TargetValue.QUANTITATIVE.matcher(text.strip()).matches();
        assertThat(TargetValue.parse(text) instanceof Quantitative).as(text).isEqualTo(matches);
    }

    @Provide
    Arbitrary<String> printed() {
        // relations, signs, digits, separators, units and white space in any order
        return Arbitraries.of(
                        ">=", "≤", "＝", "<", "＞", "-", "1", "12", "1,234", ".", "5", " ", "\u3000", "\t", "%", "万元",
                        "达到", "良好", "≥")
                .list()
                .ofMaxSize(5)
                .map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void parsingAnyStringNeverThrowsAndKeepsTheText(@ForAll String text) {
        TargetValue value = TargetValue.parse(text);
        assertThat(value.raw()).isEqualTo(text);
    }
}
