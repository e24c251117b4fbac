package org.yusuan.budget.core.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yusuan.budget.core.internal.Names;

/**
 * 指标值: the target value of a performance indicator, either quantitative (a relation, a number and
 * a unit: {@code ≥1次}, {@code ≤7.5元/人}, {@code 100%}) or qualitative text ({@code 是}, {@code 及时},
 * {@code 年底前完成}). Parsing never fails: what is not quantitative is qualitative, and the printed
 * text is always kept.
 */
public sealed interface TargetValue {
    /** The text as printed. */
    String raw();

    /** The canonical text: relation, plain number and unit ({@code ≥150000张}), or the qualitative text. */
    String format();

    /**
     * A quantitative value.
     *
     * @param relation the comparison
     * @param number the number, exactly as printed (thousands separators removed)
     * @param unit the unit as printed after the number ({@code 次}, {@code %}, {@code 元/人}), possibly
     *     empty
     * @param raw the text as printed
     */
    record Quantitative(Relation relation, BigDecimal number, String unit, String raw) implements TargetValue {
        /** Checks nothing is missing. */
        public Quantitative {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(raw, "raw");
        }

        /** Whether the unit is money: 元, 万元, 亿元 or 千元, alone or per something ({@code 元/人}). */
        public boolean isMoney() {
            String head = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
            return head.equals("元") || head.equals("万元") || head.equals("亿元") || head.equals("千元");
        }

        /** Whether the unit is a percentage. */
        public boolean isPercent() {
            return unit.equals("%") || unit.equals("％");
        }

        @Override
        public String format() {
            return relation.symbol() + number.toPlainString() + unit;
        }
    }

    /**
     * A qualitative value.
     *
     * @param raw the text as printed
     */
    record Qualitative(String raw) implements TargetValue {
        /** Checks the text is present. */
        public Qualitative {
            Objects.requireNonNull(raw, "raw");
        }

        @Override
        public String format() {
            return raw.strip();
        }
    }

    /**
     * Relation, number (with optional thousands groups) and a unit without digits: what {@link
     * #parse} reads as quantitative. {@code parse} reads it by hand, faster; this expression is its
     * definition, and the tests compare the two.
     */
    Pattern QUANTITATIVE = Pattern.compile(
            "^(>=|<=|＞=|＜=|≥|≤|＝|=|＞|>|＜|<)?\\s*(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(\\D*?)\\s*$");

    /**
     * Reads a printed value. Never throws: text that is not a relation, a number and a unit without
     * digits is qualitative.
     *
     * @param text the value as printed
     * @return the value
     */
    static TargetValue parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        int n = t.length();
        // what QUANTITATIVE matches, read without the expression: a relation, ASCII white space,
        // the longest number the expression's alternatives can take, and a rest without digits
        String relation = relationAt(t);
        int i = relation.length();
        while (i < n && isAsciiSpace(t.charAt(i))) {
            i++;
        }
        int numberStart = i;
        if (i < n && t.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && Names.isAsciiDigit(t.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return new Qualitative(text);
        }
        if (i - digits <= 3) {
            // thousands groups: ,ddd as often as printed
            while (i + 3 < n
                    && t.charAt(i) == ','
                    && Names.isAsciiDigit(t.charAt(i + 1))
                    && Names.isAsciiDigit(t.charAt(i + 2))
                    && Names.isAsciiDigit(t.charAt(i + 3))) {
                i += 4;
            }
        }
        if (i + 1 < n && t.charAt(i) == '.' && Names.isAsciiDigit(t.charAt(i + 1))) {
            i += 2;
            while (i < n && Names.isAsciiDigit(t.charAt(i))) {
                i++;
            }
        }
        int numberEnd = i;
        for (int k = numberEnd; k < n; k++) {
            if (Names.isAsciiDigit(t.charAt(k))) {
                return new Qualitative(text); // a digit after the number: no shorter number leaves none
            }
        }
        int unitStart = numberEnd;
        while (unitStart < n && isAsciiSpace(t.charAt(unitStart))) {
            unitStart++;
        }
        int unitEnd = n;
        while (unitEnd > unitStart && isAsciiSpace(t.charAt(unitEnd - 1))) {
            unitEnd--;
        }
        String number = t.substring(numberStart, numberEnd).replace(",", "");
        return new Quantitative(
                Relation.ofPrinted(relation), new BigDecimal(number), t.substring(unitStart, unitEnd), text);
    }

    /**
     * The relation a text starts with, as {@link #QUANTITATIVE} reads it (its alternatives tried in
     * order: {@code >=} before {@code >}), or empty.
     */
    private static String relationAt(String t) {
        if (t.isEmpty()) {
            return "";
        }
        boolean equals = t.length() > 1 && t.charAt(1) == '=';
        return switch (t.charAt(0)) {
            case '>' -> equals ? ">=" : ">";
            case '<' -> equals ? "<=" : "<";
            case '＞' -> equals ? "＞=" : "＞";
            case '＜' -> equals ? "＜=" : "＜";
            case '≥' -> "≥";
            case '≤' -> "≤";
            case '＝' -> "＝";
            case '=' -> "=";
            default -> "";
        };
    }

    /** ASCII white space: what {@code \s} matches. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
