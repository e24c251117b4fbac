package org.yusuan.budget.core.money;

import java.util.Locale;
import java.util.Optional;

/**
 * 金额单位: the unit a published amount is written in.
 *
 * <p>The main tables of a disclosure are in {@link #WAN_YUAN} (万元, 10,000 yuan); performance
 * target tables are in {@link #YUAN} (元).
 */
public enum AmountUnit {
    /** 元: one yuan, 100 fen. */
    YUAN("元", 100L, 2),
    /** 万元: ten thousand yuan, 1,000,000 fen. */
    WAN_YUAN("万元", 1_000_000L, 6);

    private final String label;
    private final long fenPerUnit;
    private final int fenDecimals;

    AmountUnit(String label, long fenPerUnit, int fenDecimals) {
        this.label = label;
        this.fenPerUnit = fenPerUnit;
        this.fenDecimals = fenDecimals;
    }

    /** The Chinese label as printed in a table header ({@code 元}, {@code 万元}). */
    public String label() {
        return label;
    }

    /** How many fen one of this unit is worth (100 for 元, 1,000,000 for 万元). */
    public long fenPerUnit() {
        return fenPerUnit;
    }

    /**
     * The number of decimals that a value in this unit needs to express one fen: 2 for 元, 6 for
     * 万元. A published value with more significant decimals than this is finer than a fen.
     */
    public int fenDecimals() {
        return fenDecimals;
    }

    /**
     * Reads a unit label as printed: {@code 元}, {@code 万元}, and also the forms seen in table
     * headers ({@code 单位：万元}, {@code 金额单位：万元}, {@code 单位:元}).
     *
     * @param text the printed label
     * @return the unit, or empty if the text names no unit
     */
    public static Optional<AmountUnit> fromLabel(String text) {
        String t = text.strip();
        int colon = Math.max(t.lastIndexOf('：'), t.lastIndexOf(':'));
        if (colon >= 0) {
            t = t.substring(colon + 1).strip();
        }
        t = t.replace("（", "").replace("）", "").replace("(", "").replace(")", "");
        for (AmountUnit unit : values()) {
            if (unit.label.equals(t) || unit.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
