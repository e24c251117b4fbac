package org.yusuan.budget.core.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.internal.Names;

/** {@link IndicatorKind#fromLabel}'s lookup tables give what comparing with every label gives. */
class IndicatorKindProperties {
    /** Every label compared in order: the rule as its javadoc states it. */
    private static Optional<IndicatorKind> byComparing(String text) {
        String t = Names.normalize(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (IndicatorKind k : IndicatorKind.values()) {
            if (t.equals(k.label()) || t.equals(k.label().substring(0, k.label().length() - 2))) {
                return Optional.of(k);
            }
        }
        if (t.length() < 3) {
            return Optional.empty();
        }
        List<IndicatorKind> cut = new ArrayList<>();
        for (IndicatorKind k : IndicatorKind.values()) {
            if (k.label().startsWith(t)) {
                cut.add(k);
            }
        }
        return cut.size() == 1 ? Optional.of(cut.get(0)) : Optional.empty();
    }

    @Property(tries = 5000)
    void fromLabelIsComparingWithEveryLabel(@ForAll("printed") String text) {
        assertEquals(byComparing(text), IndicatorKind.fromLabel(text), text);
    }

    @Provide
    Arbitrary<String> printed() {
        // a label cut at any length, with an ordinal, spaces or other characters around it
        Arbitrary<String> cut = Arbitraries.of(IndicatorKind.values())
                .flatMap(k -> Arbitraries.integers()
                        .between(0, k.label().length())
                        .map(end -> k.label().substring(0, end)));
        Arbitrary<String> around = Arbitraries.of("", "", "", " ", "1、", "（一）", "其中：", "标", "指标", "类", "x");
        return net.jqwik.api.Combinators.combine(around, cut, around, cut)
                .as((before, label, after, other) -> Arrays.asList(before, label, after, other).stream()
                        .limit(label.length() % 2 == 0 ? 3 : 4)
                        .reduce("", String::concat));
    }
}
