package org.yusuan.budget.io.csv;

/** Text cells a spreadsheet would run as formulas are written with a leading apostrophe, and read back without it. */
final class Cells {
    private Cells() {}

    /** The cell as written: {@code '} before a leading {@code = + - @}, tab, CR or {@code '}. */
    static String protect(String text) {
        if (!text.isEmpty()) {
            char c = text.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
                return "'" + text;
            }
        }
        return text;
    }

    /** The cell as meant: a leading {@code '} written by {@link #protect} removed. */
    static String unprotect(String text) {
        return text.startsWith("'") ? text.substring(1) : text;
    }
}
