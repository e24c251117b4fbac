package org.yusuan.budget.core.internal;

/**
 * Normalises names and labels as printed, so that the forms PDF extraction produces compare equal:
 * white space anywhere is removed (extraction breaks cells as {@code 国有资本经营 预算}), ASCII
 * parentheses and colons become full-width, and a leading ordinal ({@code 八、}, {@code （一）},
 * {@code 1.}, {@code ①}) or {@code 其中：} is taken off.
 */
public final class Names {
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十百零〇";

    private Names() {}

    /** The name with white space removed and punctuation made full-width; the ordinal stays. */
    public static String compact(CharSequence text) {
        int n = text.length();
        int first = 0;
        while (first < n && isKept(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text.toString(); // nothing to change: most names
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '(':
                    out.append('（');
                    break;
                case ')':
                    out.append('）');
                    break;
                case ':':
                    out.append('：');
                    break;
                case '[':
                case '［':
                    out.append('【');
                    break;
                case ']':
                case '］':
                    out.append('】');
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #compact} keeps a character as it is: no white space, nothing it replaces. */
    private static boolean isKept(char c) {
        if (c >= '\u4e00' && c <= '\u9fff') {
            return true; // CJK unified ideographs: the common case, decided without a table lookup
        }
        if (c > ' ' && c < '\u007f') {
            return c != '(' && c != ')' && c != ':' && c != '[' && c != ']';
        }
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '［' && c != '］';
    }

    /** The compact name ({@link #compact}) without a leading ordinal or {@code 其中：}. */
    public static String normalize(CharSequence text) {
        String name = compact(text);
        boolean changed = true;
        while (changed && !name.isEmpty()) {
            String before = name;
            name = stripOrdinal(name);
            if (name.startsWith("其中：")) {
                name = name.substring(3);
            }
            changed = !name.equals(before);
        }
        return name;
    }

    /** Whether a compact name starts with an ordinal that {@link #normalize} would remove. */
    public static boolean hasOrdinal(CharSequence text) {
        String name = compact(text);
        return !stripOrdinal(name).equals(name) || name.startsWith("其中：");
    }

    private static String stripOrdinal(String name) {
        int n = name.length();
        char first = name.charAt(0);
        if (first >= '①' && first <= '⑳') {
            return name.substring(1);
        }
        if (first == '（') {
            int i = 1;
            while (i < n && isOrdinalDigit(name.charAt(i))) {
                i++;
            }
            if (i > 1 && i < n && name.charAt(i) == '）' && i + 1 < n) {
                return name.substring(i + 1);
            }
            return name;
        }
        int i = 0;
        while (i < n && isOrdinalDigit(name.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < n) {
            char mark = name.charAt(i);
            if (mark == '、' || mark == '．' || (mark == '.' && isAsciiDigit(name.charAt(0)))) {
                return name.substring(i + 1);
            }
        }
        return name;
    }

    private static boolean isOrdinalDigit(char c) {
        return CHINESE_NUMERALS.indexOf(c) >= 0 || isAsciiDigit(c);
    }

    /**
     * Whether a character is an ASCII digit, what {@code \d} matches in an expression without
     * Unicode classes.
     *
     * @param c a character
     * @return whether it is 0 to 9
     */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
