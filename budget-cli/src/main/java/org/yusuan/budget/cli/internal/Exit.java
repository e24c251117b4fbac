package org.yusuan.budget.cli.internal;

/** The exit statuses of the {@code budget} command. */
public final class Exit {
    /** Nothing is wrong: no ERROR finding, the conversion or look-up succeeded. */
    public static final int OK = 0;
    /** A validation found an ERROR, or a catalog look-up found no single code. */
    public static final int FOUND = 1;
    /** An input could not be read (missing, unreadable, malformed) or the arguments are wrong. */
    public static final int UNREADABLE = 2;

    private Exit() {}
}
