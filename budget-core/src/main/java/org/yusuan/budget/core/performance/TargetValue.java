package org.yusuan.budget.core.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Relation, number (with optional thousands groups) and a unit without digits. */
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
        // a quantitative value starts with a relation, a minus sign or a digit: most printed values
        // (达到100%, 良好) are told apart by their first character
        boolean mayBeQuantitative = !t.isEmpty() && ">=<＞＜≥≤＝-0123456789".indexOf(t.charAt(0)) >= 0;
        Matcher m = mayBeQuantitative ? QUANTITATIVE.matcher(t) : null;
        if (m == null || !m.matches()) {
            return new Qualitative(text);
        }
        Relation relation = switch (m.group(1) == null ? "" : m.group(1)) {
            case ">=", "＞=", "≥" -> Relation.GREATER_OR_EQUAL;
            case "<=", "＜=", "≤" -> Relation.LESS_OR_EQUAL;
            case "=", "＝" -> Relation.EQUAL;
            case ">", "＞" -> Relation.GREATER;
            case "<", "＜" -> Relation.LESS;
            default -> Relation.NONE;
        };
        return new Quantitative(relation, new BigDecimal(m.group(2).replace(",", "")), m.group(3), text);
    }
}
