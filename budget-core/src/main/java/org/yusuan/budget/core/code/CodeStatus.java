package org.yusuan.budget.core.code;

/** What a catalog can say about a code. */
public enum CodeStatus {
    /** The catalog has the code. */
    KNOWN,
    /**
     * The catalog does not have the code, but it is partial at that level: the code may well exist.
     * Not an error.
     */
    UNKNOWN,
    /** The catalog is complete at the code's level and does not have it: the code does not exist. */
    INVALID
}
