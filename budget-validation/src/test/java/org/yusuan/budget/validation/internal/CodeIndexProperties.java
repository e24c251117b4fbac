package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;

class CodeIndexProperties {
    /**
     * The index answers as a map that keeps the first row put for a code, however small it was
     * made (so it grows), and has no row for a code never put.
     */
    @Property(tries = 500)
    void answersAsAMapOfTheFirstRow(
            @ForAll @Size(max = 300) List<@From("codes") String> put,
            @ForAll @Size(max = 50) List<@From("codes") String> asked,
            @ForAll @IntRange(min = 0, max = 40) int size) {
        CodeIndex index = new CodeIndex(size);
        Map<Integer, Integer> expected = new HashMap<>();
        for (int row = 0; row < put.size(); row++) {
            int number = number(put.get(row));
            index.putIfAbsent(number, row);
            expected.putIfAbsent(number, row);
        }
        for (String code : put) {
            int number = number(code);
            assertThat(index.get(number)).isEqualTo(expected.get(number));
        }
        for (String code : asked) {
            int number = number(code);
            assertThat(index.get(number)).isEqualTo(expected.getOrDefault(number, -1));
        }
    }

    /** Codes of one number are one code: the digits and their count. */
    @Property(tries = 2000)
    void numbersTellCodesApart(@ForAll("codes") String a, @ForAll("codes") String b) {
        assertThat(number(a) == number(b)).isEqualTo(a.equals(b));
    }

    /** A code's number is its digits as a number, times ten, plus their count. */
    @Property(tries = 1000)
    void aCodesNumberIsItsDigitsAndTheirCount(@ForAll("codes") String digits) {
        assertThat(CodeIndex.number(FunctionalCode.of(digits)))
                .isEqualTo(Integer.parseInt(digits) * 10 + digits.length());
        String economic = "3" + digits.substring(1, 3);
        assertThat(CodeIndex.number(EconomicCode.of(economic))).isEqualTo(Integer.parseInt(economic) * 10 + 3);
    }

    /** A code's parent number is the number of its first digits but two; a 类 has none. */
    @Property(tries = 2000)
    void parentIsTheCodeTwoDigitsShorter(@ForAll("codes") String code) {
        int parent = CodeIndex.parent(number(code));
        if (code.length() == 3) {
            assertThat(parent).isEqualTo(-1);
        } else {
            assertThat(parent).isEqualTo(number(code.substring(0, code.length() - 2)));
        }
    }

    /** The number of the functional code of some digits. */
    static int number(String digits) {
        return CodeIndex.number(FunctionalCode.of(digits));
    }

    /** Functional codes of 3, 5 or 7 digits, from a small range so that some repeat. */
    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(3, 5, 7)
                .flatMap(length -> Arbitraries.strings()
                        .withChars("0123")
                        .ofLength(length)
                        .map(digits -> "2" + digits.substring(1)));
    }
}
