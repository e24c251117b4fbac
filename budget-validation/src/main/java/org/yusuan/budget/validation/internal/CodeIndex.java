package org.yusuan.budget.validation.internal;

import java.util.Arrays;

/**
 * Functional codes of a table by their number (see {@link #number}), each with the index of its
 * row: an open-addressing table of {@code int}s, so that looking up a code's ancestors makes no
 * string and no boxed key.
 */
final class CodeIndex {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    /** An index for up to {@code size} codes. */
    CodeIndex(int size) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, -1);
    }

    /**
     * A code's number: its digits read as a decimal number, times ten, plus its number of digits
     * (so {@code 208} and {@code 00208} differ). The digits are 3, 5 or 7 ASCII digits.
     */
    static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value * 10 + digits.length();
    }

    /** The number of a code's parent (its first two digits fewer), or -1 for a 类 (3 digits). */
    static int parent(int number) {
        int length = number % 10;
        if (length <= 3) {
            return -1;
        }
        return (number / 10 / 100) * 10 + length - 2;
    }

    /** Records a code's row unless the code already has one. */
    void putIfAbsent(int number, int index) {
        int slot = slot(number);
        while (keys[slot] != -1) {
            if (keys[slot] == number) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = number;
        values[slot] = index;
    }

    /** The row of a code, or -1. */
    int get(int number) {
        int slot = slot(number);
        while (keys[slot] != -1) {
            if (keys[slot] == number) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(int number) {
        int h = number * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
