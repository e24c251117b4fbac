package org.yusuan.budget.core;

import java.util.Objects;

/**
 * Thrown when an input document (a catalog file, a CSV or JSON document, an extracted disclosure)
 * cannot be read. Names the source, the line and the column where reading failed, and why.
 *
 * <p>Lines and columns count from 1; a column of 0 means the whole line.
 */
public class BudgetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param source the name of the input (a file name, or a description such as {@code <stream>})
     * @param line the 1-based line
     * @param column the 1-based column, or 0 for the whole line
     * @param reason what is wrong, quoting the offending text
     */
    public BudgetFormatException(String source, int line, int column, String reason) {
        this(source, line, column, reason, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source the name of the input
     * @param line the 1-based line
     * @param column the 1-based column, or 0 for the whole line
     * @param reason what is wrong, quoting the offending text
     * @param cause the underlying exception, or {@code null}
     */
    public BudgetFormatException(String source, int line, int column, String reason, Throwable cause) {
        super(source + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The name of the input that could not be read. */
    public String source() {
        return source;
    }

    /** The 1-based line where reading failed. */
    public int line() {
        return line;
    }

    /** The 1-based column where reading failed, or 0 when the whole line is at fault. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
