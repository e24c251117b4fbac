package org.yusuan.budget.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * 支出经济分类科目编码: an economic classification code of expenditure, in the department system
 * (3xx: {@code 301} 工资福利支出, {@code 30101} 基本工资) or the government system (5xx: {@code 501}
 * 机关工资福利支出, {@code 50101} 工资奖金津补贴), at one of two levels: 类 (class, 3 digits) or 款
 * (section, 5 digits).
 *
 * <p>A code is a value: whether it exists in a given edition of the official catalog is answered by
 * {@link ClassificationCatalog}. Ordered by its digits.
 */
public final class EconomicCode implements Comparable<EconomicCode> {
    private final String digits;
    private final int hash; // the digits as a number, see hashCode()

    private EconomicCode(String digits) {
        this.digits = digits;
        this.hash = Codes.number(digits);
    }

    /**
     * The code with these digits.
     *
     * @param digits 3 or 5 ASCII digits starting with 3 (department) or 5 (government)
     * @return the code
     * @throws IllegalArgumentException if the text is not such a code
     */
    public static EconomicCode of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("not an economic classification code (3 or 5 digits starting with 3"
                    + " for the department system or 5 for the government system): \"" + digits + "\"");
        }
        return new EconomicCode(digits);
    }

    /**
     * Reads a code, ignoring white space around it; the same as {@link #of(String)} otherwise.
     *
     * @param text the text
     * @return the code
     * @throws IllegalArgumentException if the text is not such a code
     */
    public static EconomicCode parse(CharSequence text) {
        return of(text.toString().strip());
    }

    /** Whether a text is a well-formed economic code (3 or 5 digits starting with 3 or 5). */
    public static boolean isWellFormed(CharSequence text) {
        String t = text.toString();
        return Codes.isDigits(t) && (t.length() == 3 || t.length() == 5) && (t.charAt(0) == '3' || t.charAt(0) == '5');
    }

    /** The digits of this code. */
    public String digits() {
        return digits;
    }

    /** The system this code belongs to, from its first digit. */
    public EconomicSystem system() {
        return digits.charAt(0) == '3' ? EconomicSystem.DEPARTMENT : EconomicSystem.GOVERNMENT;
    }

    /** The level: {@link CodeLevel#CLASS} or {@link CodeLevel#SECTION}. */
    public CodeLevel level() {
        return digits.length() == 3 ? CodeLevel.CLASS : CodeLevel.SECTION;
    }

    /** The 类 of a 款, empty for a 类. */
    public Optional<EconomicCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(digits.substring(0, 3)));
    }

    /**
     * Whether this is an "other" code (其他…), a 款 whose last two digits are {@code 99}, as in
     * {@code 30299} 其他商品和服务支出. {@code 399} 其他支出 is a 类 and counts too.
     */
    public boolean isOther() {
        return digits.endsWith("99");
    }

    @Override
    public int compareTo(EconomicCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EconomicCode && ((EconomicCode) other).digits.equals(digits);
    }

    /**
     * The digits read as a decimal number, times ten, plus the number of digits ({@code 30101}
     * has 301015, {@code 301} has 3013): two codes have the same hash code exactly when they are
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
