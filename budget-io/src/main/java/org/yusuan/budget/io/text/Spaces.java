package org.yusuan.budget.io.text;

import java.util.regex.Pattern;

/**
 * Text without its ASCII white space, as {@code text.replaceAll("\\s", "")} gives it (the
 * characters {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return;
 * not the ideographic space), without compiling the expression on every call: the importer does it
 * for most lines of a document.
 */
final class Spaces {
    /** A number as the tables print it (sign, thousands separators, decimals). */
    static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private Spaces() {}

    /**
     * The text without the characters {@code \s} matches.
     *
     * @param text a text
     * @return the same text if it has none of them, otherwise the text without them
     */
    static String without(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether a text is ASCII digits only, at least {@code min} and at most {@code max} of them (what
     * {@code text.matches("[0-9]{min,max}")} says, without compiling an expression on every call).
     *
     * @param text a text
     * @param min the fewest digits
     * @param max the most digits
     * @return whether it is such a run of digits
     */
    static boolean isDigits(String text, int min, int max) {
        int n = text.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code text.strip()} starts: the index of the first character that is not white space
     * ({@link Character#isWhitespace}), or the text's length if there is none.
     *
     * @param text a text
     * @return the index
     */
    static int stripStart(String text) {
        int start = 0;
        while (start < text.length() && isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * Where {@code text.strip()} ends: one past the last character that is not white space, or 0 if
     * there is none. A line's first or last character is looked at this way before it is stripped.
     *
     * @param text a text
     * @return the index
     */
    static int stripEnd(String text) {
        int end = text.length();
        while (end > 0 && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Whether a character is white space as {@link Character#isWhitespace(char)} (and so {@link
     * String#strip()}) says, deciding the characters of printed text (ASCII letters and digits, CJK
     * ideographs and punctuation) without its table lookup. Below U+1680, the first white space
     * character outside ASCII, only the ASCII controls and the space are white space.
     *
     * @param c a character
     * @return whether {@link Character#isWhitespace(char)} is true of it
     */
    static boolean isWhitespace(char c) {
        if (c > ' ' && c < '\u1680') {
            return false;
        }
        return Character.isWhitespace(c);
    }

    /**
     * Whether a character is an ASCII digit, what {@code \d} matches.
     *
     * @param c a character
     * @return whether it is 0 to 9
     */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
