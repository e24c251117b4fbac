package org.yusuan.budget.validation;

/** How much a finding matters. Ordered from the most to the least severe. */
public enum Severity {
    /** A real error: an identity broken beyond the rounding bound, an impossible value. */
    ERROR,
    /** Probably wrong, but the document may have a reason the check cannot see. */
    WARNING,
    /** Worth knowing and not wrong: a rounding tail within its bound, a check that could not be made. */
    INFO
}
