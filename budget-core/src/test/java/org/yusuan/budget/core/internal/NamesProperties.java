package org.yusuan.budget.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Names#compact}'s shortcut for names it leaves alone gives what the plain loop gives. */
class NamesProperties {
    /** The plain loop: every character looked at and copied. */
    private static String compactByLoop(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(
                    switch (c) {
                        case '(' -> '（';
                        case ')' -> '）';
                        case ':' -> '：';
                        case '[', '［' -> '【';
                        case ']', '］' -> '】';
                        default -> c;
                    });
        }
        return out.toString();
    }

    @Property(tries = 3000)
    void compactIsThePlainLoop(@ForAll("names") String text) {
        assertEquals(compactByLoop(text), Names.compact(text));
    }

    @Property(tries = 1000)
    void compactOfAnyTextIsThePlainLoop(@ForAll String text) {
        assertEquals(compactByLoop(text), Names.compact(text));
    }

    @Provide
    Arbitrary<String> names() {
        // Han names with the characters compact removes or replaces mixed in now and then
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fff');
        Arbitrary<Character> special = Arbitraries.of(
                ' ', '\t', '\u3000', '\u00a0', '\u2007', '\u200b', '(', ')', ':', '[', ']', '［', '］', '（', '）', '、',
                '1', 'a', '\u4dff', '\ua000', '\u007f', '\u0085');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, han), net.jqwik.api.Tuple.of(2, special))
                .list()
                .ofMaxSize(30)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }
}
