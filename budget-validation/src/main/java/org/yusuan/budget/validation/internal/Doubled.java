package org.yusuan.budget.validation.internal;

import java.util.Arrays;

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
        int[] bounds = new int[16];
        int[] points = new int[16];
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isHan(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // the run of Han characters from i: points[k] is its k-th character, bounds[k] where it
            // starts (bounds[count] where the run ends)
            int count = 0;
            bounds[0] = i;
            for (int j = i; j < n; ) {
                int c = text.codePointAt(j);
                if (!isHan(c)) {
                    break;
                }
                if (count + 1 == bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    points = Arrays.copyOf(points, points.length * 2);
                }
                points[count] = c;
                j += Character.charCount(c);
                bounds[++count] = j;
            }
            if (count < 4) {
                i = bounds[count]; // two copies of two characters at least
                continue;
            }
            // a second copy starts with the first one's two characters: link each pair of the run to
            // its next occurrence, and try only those
            int[] next = nextSamePair(points, count);
            int[] seconds = new int[8];
            for (int s = 0; s + 2 <= count; s++) {
                int found = 0;
                // the second copy is Han too, so it ends within the run: t + (t - s) <= count
                for (int t = next[s]; t >= 0 && 2 * t - s <= count; t = next[t]) {
                    if (t >= s + 2) {
                        if (found == seconds.length) {
                            seconds = Arrays.copyOf(seconds, found * 2);
                        }
                        seconds[found++] = t;
                    }
                }
                // the longest first copy first (greedy), down to two characters
                int start = bounds[s];
                for (int f = found - 1; f >= 0; f--) {
                    int groupEnd = bounds[seconds[f]];
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

    /**
     * For each index k of a run, the next index with the same two characters from there, or -1; the
     * last character of the run has no pair and no next.
     */
    private static int[] nextSamePair(int[] points, int count) {
        int[] next = new int[count];
        Arrays.fill(next, -1);
        int size = Integer.highestOneBit(Math.max(2, count) * 2) * 2;
        long[] keys = new long[size];
        int[] last = new int[size];
        Arrays.fill(last, -1);
        for (int k = count - 2; k >= 0; k--) {
            long key = ((long) points[k] << 21) | points[k + 1]; // code points are below 2^21
            int slot = (int) (key ^ (key >>> 17)) * 0x9E3779B9 & (size - 1);
            while (last[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & (size - 1);
            }
            next[k] = last[slot];
            keys[slot] = key;
            last[slot] = k;
        }
        return next;
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
