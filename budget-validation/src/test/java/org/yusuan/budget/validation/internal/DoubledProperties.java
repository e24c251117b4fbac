package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class DoubledProperties {
    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,})\\1");

    /** The regular expression's matches: start, end of group 1, end. */
    private static List<List<Integer>> byPattern(String text) {
        List<List<Integer>> found = new ArrayList<>();
        Matcher m = DOUBLED.matcher(text);
        while (m.find()) {
            found.add(List.of(m.start(), m.end(1), m.end()));
        }
        return found;
    }

    private static List<List<Integer>> byDoubled(String text) {
        List<List<Integer>> found = new ArrayList<>();
        for (Doubled.Match m = Doubled.find(text, 0); m != null; m = Doubled.find(text, m.end())) {
            found.add(List.of(m.start(), m.groupEnd(), m.end()));
        }
        return found;
    }

    @Property(tries = 2000)
    void findsWhatThePatternFinds(@ForAll("texts") String text) {
        assertThat(byDoubled(text)).isEqualTo(byPattern(text));
    }

    @Provide
    Arbitrary<String> texts() {
        // mostly two Han characters, so that repetitions of every length are common; one outside
        // the BMP (U+20000), Latin, punctuation and a lone surrogate
        return Arbitraries.frequencyOf(
                        Tuple.of(40, Arbitraries.just("重")),
                        Tuple.of(30, Arbitraries.just("复")),
                        Tuple.of(8, Arbitraries.just("\uD840\uDC00")),
                        Tuple.of(4, Arbitraries.just("文")),
                        Tuple.of(4, Arbitraries.just("a")),
                        Tuple.of(4, Arbitraries.just("，")),
                        Tuple.of(2, Arbitraries.just(" ")),
                        Tuple.of(2, Arbitraries.just("\uD840")))
                .list()
                .ofMaxSize(80)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void findsWhatThePatternFindsInLongRuns(@ForAll("longRuns") String text) {
        assertThat(byDoubled(text)).isEqualTo(byPattern(text));
    }

    @Provide
    Arbitrary<String> longRuns() {
        // Han only: long runs, with many pairs of characters that come again
        return Arbitraries.of("重", "复", "文", "字", "\uD840\uDC00")
                .list()
                .ofMinSize(49)
                .ofMaxSize(200)
                .map(parts -> String.join("", parts));
    }

    @Example
    void examples() {
        assertThat(byDoubled("完成完成率")).containsExactly(List.of(0, 2, 4));
        assertThat(byDoubled("提高提高工作效率提高")).containsExactly(List.of(0, 2, 4));
        assertThat(byDoubled("年度年度目标目标")).containsExactly(List.of(0, 2, 4), List.of(4, 6, 8));
        assertThat(byDoubled("重复重复重复重复")).containsExactly(List.of(0, 4, 8)); // the longest first
        assertThat(byDoubled("重重重重重")).containsExactly(List.of(0, 2, 4));
        assertThat(byDoubled("完完成")).isEmpty();
        assertThat(byDoubled("ab ab")).isEmpty();
        assertThat(byDoubled("")).isEmpty();
    }
}
