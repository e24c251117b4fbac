package org.yusuan.budget.core.performance;

/** The comparison a quantitative target value states: {@code ≥}, {@code ≤}, {@code =}, {@code >}, {@code <}, or none. */
public enum Relation {
    /** ≥: at least. */
    GREATER_OR_EQUAL("≥"),
    /** ≤: at most. */
    LESS_OR_EQUAL("≤"),
    /** =: exactly. */
    EQUAL("="),
    /** &gt;: more than. */
    GREATER(">"),
    /** &lt;: less than. */
    LESS("<"),
    /** No comparator printed: the value as a plain target. */
    NONE("");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol printed before the number, empty for {@link #NONE}. */
    public String symbol() {
        return symbol;
    }

    /**
     * The relation a printed symbol states, in ASCII or full width ({@code >=}, {@code ＞=}, {@code ≥}
     * are all {@link #GREATER_OR_EQUAL}); {@link #NONE} for the empty text.
     */
    static Relation ofPrinted(String printed) {
        return switch (printed) {
            case ">=", "＞=", "≥" -> GREATER_OR_EQUAL;
            case "<=", "＜=", "≤" -> LESS_OR_EQUAL;
            case "=", "＝" -> EQUAL;
            case ">", "＞" -> GREATER;
            case "<", "＜" -> LESS;
            default -> NONE;
        };
    }
}
