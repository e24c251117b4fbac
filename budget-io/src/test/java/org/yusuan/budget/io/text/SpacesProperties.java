package org.yusuan.budget.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link Spaces}'s methods give what the regular expressions and JDK methods they stand for give. */
class SpacesProperties {
    @Property(tries = 3000)
    void withoutIsReplaceAllOfWhiteSpace(@ForAll("texts") String text) {
        assertEquals(text.replaceAll("\\s", ""), Spaces.without(text));
    }

    @Property(tries = 3000)
    void isDigitsIsMatchesOfARunOfDigits(
            @ForAll("texts") String text, @ForAll @IntRange(max = 4) int min, @ForAll @IntRange(max = 4) int more) {
        int max = min + more;
        assertEquals(text.matches("[0-9]{" + min + "," + max + "}"), Spaces.isDigits(text, min, max), text);
    }

    /** Every character, not a sample: the shortcut must agree with the JDK on all of them. */
    @Example
    void isWhitespaceIsCharactersIsWhitespace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(
                    Character.isWhitespace((char) c), Spaces.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // digits most of the time, with white space, other digits, their ASCII neighbours and Han characters
        return Arbitraries.strings()
                .withChars("0123456789")
                .withChars(" \t\n\u000B\f\r\u3000\u00a0０٣a年/:")
                .ofMaxLength(8);
    }
}
