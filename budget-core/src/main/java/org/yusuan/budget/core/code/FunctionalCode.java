package org.yusuan.budget.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * 支出功能分类科目编码: a functional classification code of expenditure, at one of three levels:
 * 类 (class, 3 digits, {@code 208}), 款 (section, 5 digits, {@code 20801}) or 项 (item, 7 digits,
 * {@code 2080107}).
 *
 * <p>A code is a value: whether it exists in a given edition of the official catalog is a separate
 * question, answered by {@link ClassificationCatalog}. Ordered by its digits, so that a class
 * sorts before its sections and a section before its items.
 */
public final class FunctionalCode implements Comparable<FunctionalCode> {
    private final String digits;
    private final int hash; // the digits as a number, see hashCode()

    private FunctionalCode(String digits) {
        this.digits = digits;
        this.hash = Codes.number(digits);
    }

    /**
     * The code with these digits.
     *
     * @param digits 3, 5 or 7 ASCII digits, for example {@code "2080107"}
     * @return the code
     * @throws IllegalArgumentException if the text is not 3, 5 or 7 digits
     */
    public static FunctionalCode of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!Codes.isDigits(digits) || CodeLevel.ofDigits(digits.length()).isEmpty()) {
            throw new IllegalArgumentException(
                    "not a functional classification code (3, 5 or 7 digits): \"" + digits + "\"");
        }
        return new FunctionalCode(digits);
    }

    /**
     * Reads a code, ignoring white space around it; the same as {@link #of(String)} otherwise.
     *
     * @param text the text
     * @return the code
     * @throws IllegalArgumentException if the text is not 3, 5 or 7 digits
     */
    public static FunctionalCode parse(CharSequence text) {
        return of(text.toString().strip());
    }

    /** Whether a text is a well-formed functional code (3, 5 or 7 digits, nothing else). */
    public static boolean isWellFormed(CharSequence text) {
        String t = text.toString();
        return Codes.isDigits(t) && CodeLevel.ofDigits(t.length()).isPresent();
    }

    /** The digits of this code. */
    public String digits() {
        return digits;
    }

    /** The level: 类, 款 or 项. */
    public CodeLevel level() {
        return CodeLevel.ofDigits(digits.length()).orElseThrow();
    }

    /** The code one level up (the 款 of a 项, the 类 of a 款), empty for a 类. */
    public Optional<FunctionalCode> parent() {
        return level().parent().map(up -> new FunctionalCode(digits.substring(0, up.digits())));
    }

    /** The 类 this code belongs to (itself for a 类). */
    public FunctionalCode classCode() {
        return digits.length() == 3 ? this : new FunctionalCode(digits.substring(0, 3));
    }

    /** Whether this code is an ancestor of another (a 类 of its 款 and 项, a 款 of its 项). */
    public boolean isAncestorOf(FunctionalCode other) {
        return other.digits.length() > digits.length() && other.digits.startsWith(digits);
    }

    /**
     * Whether this is an "other" code (其他…), whose last two digits are {@code 99}, as in {@code
     * 20899} 其他社会保障和就业支出 or {@code 2089999}. A 类 is never "other" by its digits.
     */
    public boolean isOther() {
        return digits.length() > 3 && digits.endsWith("99");
    }

    @Override
    public int compareTo(FunctionalCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionalCode && ((FunctionalCode) other).digits.equals(digits);
    }

    /**
     * The digits read as a decimal number, times ten, plus the number of digits ({@code 2080107}
     * has 20801077, {@code 208} has 2083): two codes have the same hash code exactly when they are
     * equal. Kept with the code, so that a validator that looks codes up by number does not read
     * the digits again.
     */
    @Override
    public int hashCode() {
        return hash;
    }

    /** The digits of this code, which {@link #of(String)} reads back. */
    @Override
    public String toString() {
        return digits;
    }
}
