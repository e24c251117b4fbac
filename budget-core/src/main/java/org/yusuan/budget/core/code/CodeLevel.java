package org.yusuan.budget.core.code;

import java.util.Optional;

/**
 * 科目级次: the level of a classification code. Functional codes have three levels (类/款/项);
 * economic codes have two (类/款).
 */
public enum CodeLevel {
    /** 类: a class, 3 digits ({@code 208}, {@code 301}). */
    CLASS("类", 3),
    /** 款: a section, 5 digits ({@code 20801}, {@code 30101}). */
    SECTION("款", 5),
    /** 项: an item, 7 digits ({@code 2080107}); functional codes only. */
    ITEM("项", 7);

    private final String label;
    private final int digits;

    CodeLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    /** The Chinese label: 类, 款 or 项. */
    public String label() {
        return label;
    }

    /** The number of digits a code of this level has. */
    public int digits() {
        return digits;
    }

    /** The level above this one, empty for {@link #CLASS}. */
    public Optional<CodeLevel> parent() {
        return this == CLASS ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * The level of a code with this many digits.
     *
     * @param digits 3, 5 or 7
     * @return the level, empty for any other count
     */
    public static Optional<CodeLevel> ofDigits(int digits) {
        for (CodeLevel level : values()) {
            if (level.digits == digits) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a level from its Chinese label ({@code 类}, {@code 款}, {@code 项}) or its English
     * name ({@code class}, {@code section}, {@code item}, any case).
     *
     * @param text the label
     * @return the level
     * @throws IllegalArgumentException if the text names no level
     */
    public static CodeLevel parse(String text) {
        String t = text.strip();
        for (CodeLevel level : values()) {
            if (level.label.equals(t) || level.name().equalsIgnoreCase(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a code level (类/款/项 or class/section/item): \"" + text + "\"");
    }
}
