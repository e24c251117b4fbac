package org.yusuan.budget.validation.internal;

import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;

/**
 * Codes by their number (see {@link #number(FunctionalCode)}), each with an index: a table's functional codes
 * with their rows ({@link TableIndex}), a catalog's codes with their entries ({@link
 * CatalogIndex}). An open-addressing table of {@code int}s, so that a lookup makes no string and no
 * boxed key.
 */
final class CodeIndex {
    // slot s holds a key at 2s and its row at 2s + 1, so that a lookup reads one cache line; a key
    // is stored as its number + 1, so that a new array's zeros are the empty slots
    private int[] entries;
    private int mask;
    private int size;

    /** An index for about {@code size} codes; it grows when more are put. */
    CodeIndex(int size) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        entries = new int[capacity * 2];
        mask = capacity - 1;
    }

    /**
     * A functional code's number: its digits read as a decimal number, times ten, plus its number
     * of digits (so {@code 208} and {@code 00208} differ). The code keeps it as its {@linkplain
     * FunctionalCode#hashCode() hash code}: its digits are not read again.
     */
    static int number(FunctionalCode code) {
        return code.hashCode();
    }

    /** An economic code's number, as a functional code's: its {@linkplain EconomicCode#hashCode() hash code}. */
    static int number(EconomicCode code) {
        return code.hashCode();
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
        int key = number + 1;
        int slot = slot(number);
        while (entries[2 * slot] != 0) {
            if (entries[2 * slot] == key) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        entries[2 * slot] = key;
        entries[2 * slot + 1] = index;
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    /** The row of a code, or -1. */
    int get(int number) {
        int key = number + 1;
        int slot = slot(number);
        int k;
        while ((k = entries[2 * slot]) != 0) {
            if (k == key) {
                return entries[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Twice the slots, every code put again: the table stays at most half full. */
    private void grow() {
        int[] old = entries;
        entries = new int[old.length * 2];
        mask = old.length - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot(old[i] - 1);
                while (entries[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                entries[2 * slot] = old[i];
                entries[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private int slot(int number) {
        int h = number * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
