package org.yusuan.budget.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hash code the code types document: the digits as a number, times ten, plus their count. */
class CodeHashProperties {
    /** A functional code's hash code is its documented number, and tells codes apart. */
    @Property(tries = 2000)
    void functionalHashIsTheDigitsAndTheirCount(@ForAll("functional") String a, @ForAll("functional") String b) {
        FunctionalCode code = FunctionalCode.of(a);
        assertThat(code.hashCode()).isEqualTo(Integer.parseInt(a) * 10 + a.length());
        assertThat(code.hashCode() == FunctionalCode.of(b).hashCode()).isEqualTo(a.equals(b));
    }

    /** A code made from another ({@link FunctionalCode#parent()}) has the hash code of its digits. */
    @Property(tries = 500)
    void derivedCodesHaveTheirDigitsHash(@ForAll("functional") String digits) {
        FunctionalCode code = FunctionalCode.of(digits);
        code.parent()
                .ifPresent(p -> assertThat(p.hashCode())
                        .isEqualTo(FunctionalCode.of(p.digits()).hashCode()));
        assertThat(code.classCode().hashCode())
                .isEqualTo(FunctionalCode.of(digits.substring(0, 3)).hashCode());
    }

    /** An economic code's hash code is its documented number, and tells codes apart. */
    @Property(tries = 2000)
    void economicHashIsTheDigitsAndTheirCount(@ForAll("economic") String a, @ForAll("economic") String b) {
        EconomicCode code = EconomicCode.of(a);
        assertThat(code.hashCode()).isEqualTo(Integer.parseInt(a) * 10 + a.length());
        assertThat(code.hashCode() == EconomicCode.of(b).hashCode()).isEqualTo(a.equals(b));
        code.parent().ifPresent(p -> assertThat(p.hashCode()).isEqualTo(Integer.parseInt(a.substring(0, 3)) * 10 + 3));
    }

    /** The examples the two types' javadoc gives. */
    @Example
    void documentedExamples() {
        assertThat(FunctionalCode.of("2080107").hashCode()).isEqualTo(20801077);
        assertThat(FunctionalCode.of("208").hashCode()).isEqualTo(2083);
        assertThat(EconomicCode.of("30101").hashCode()).isEqualTo(301015);
        assertThat(EconomicCode.of("301").hashCode()).isEqualTo(3013);
    }

    /** Functional codes of 3, 5 or 7 digits, leading zeros included, from few digits so that some repeat. */
    @Provide
    Arbitrary<String> functional() {
        return Arbitraries.of(3, 5, 7)
                .flatMap(length -> Arbitraries.strings().withChars("0129").ofLength(length));
    }

    /** Economic codes of 3 or 5 digits starting with 3 or 5. */
    @Provide
    Arbitrary<String> economic() {
        return Arbitraries.of(3, 5)
                .flatMap(length -> Arbitraries.strings()
                        .withChars("0139")
                        .ofLength(length - 1)
                        .flatMap(rest -> Arbitraries.of("3", "5").map(first -> first + rest)));
    }
}
