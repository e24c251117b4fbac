package org.yusuan.budget.core.code;

/** Checks shared by the code types. */
final class Codes {
    private Codes() {}

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A code's hash code: its digits read as a decimal number, times ten, plus its number of
     * digits, so that codes of different lengths differ ({@code 208} and {@code 00208}). At most 7
     * digits, so it fits an {@code int}.
     */
    static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value * 10 + digits.length();
    }
}
