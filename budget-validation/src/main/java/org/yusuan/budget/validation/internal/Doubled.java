package org.yusuan.budget.validation.internal;

/**
 * Finds Chinese text repeated right after itself (重复重复), as the regular expression {@code
 * (\p{IsHan}{2,})\1} finds it, match for match: from each start, the longest run of two or more
 * Han characters that the same characters follow. Written out because the expression backtracks
 * through every length at every start, and looks the script of each character up again each
 * time: it was half the validation of a seed with long performance texts.
 */
final class Doubled {
    /** The script of each BMP character, found once: 0 not yet, 1 Han, 2 not. */
    private static final byte[] HAN = new byte[Character.MAX_VALUE + 1];

    /**
     * One repetition.
     *
     * @param start where the repeated text starts
     * @param groupEnd where its first copy ends and the second starts
     * @param end where the second copy ends
     */
    record Match(int start, int groupEnd, int end) {
        /** Both copies, as {@code Matcher.group()} gives them. */
        String whole(String text) {
            return text.substring(start, end);
        }

        /** The repeated text once, as {@code Matcher.group(1)} gives it. */
        String repeated(String text) {
            return text.substring(start, groupEnd);
        }
    }

    private Doubled() {}

    /**
     * The first repetition at or after an index, as {@code Matcher.find()} continues from it.
     *
     * @param text the text
     * @param from where to start (0, or the end of the previous match)
     * @return the repetition, or null if there is none
     */
    static Match find(String text, int from) {
        int n = text.length();
        int[] bounds = new int[8];
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isHan(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // the run of Han characters from i: bounds[k] is where its k-th character ends
            int count = 0;
            bounds[0] = i;
            for (int j = i; j < n; ) {
                int c = text.codePointAt(j);
                if (!isHan(c)) {
                    break;
                }
                j += Character.charCount(c);
                count++;
                if (count == bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count] = j;
            }
            // each start in the run, the longest first copy first (greedy), down to two characters
            for (int s = 0; s + 2 <= count; s++) {
                int start = bounds[s];
                for (int k = count - s; k >= 2; k--) {
                    int groupEnd = bounds[s + k];
                    int length = groupEnd - start;
                    if (groupEnd + length <= n && text.regionMatches(groupEnd, text, start, length)) {
                        return new Match(start, groupEnd, groupEnd + length);
                    }
                }
            }
            i = bounds[count]; // no start in this run repeats: go past it
        }
        return null;
    }

    private static boolean isHan(int cp) {
        if (cp > Character.MAX_VALUE) {
            return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        }
        byte known = HAN[cp];
        if (known == 0) { // a benign race: every thread writes the same value
            known = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? (byte) 1 : (byte) 2;
            HAN[cp] = known;
        }
        return known == 1;
    }
}
