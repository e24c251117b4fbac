package org.yusuan.budget.core.money;

/**
 * Thrown when a text cannot be read as an {@link Amount}. Carries the text and the index of the
 * first offending character, so that a reader of a document can point at the column.
 */
public final class AmountParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param reason what is wrong, in English
     * @param text the text that was read
     * @param errorIndex the index in {@code text} of the first character that is wrong
     */
    public AmountParseException(String reason, CharSequence text, int errorIndex) {
        super("cannot read amount \"" + text + "\": " + reason + " (at index " + errorIndex + ")");
        this.text = text.toString();
        this.errorIndex = errorIndex;
    }

    /** The text that could not be read. */
    public String text() {
        return text;
    }

    /** The zero-based index in {@link #text()} of the first offending character. */
    public int errorIndex() {
        return errorIndex;
    }
}
