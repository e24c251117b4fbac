package org.yusuan.budget.core.performance;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * 三级指标: one indicator of a target table: its name as printed and its target value.
 *
 * @param name the name as printed
 * @param value the target value
 * @param sourceLine the line of the source document, when imported
 */
public record Indicator(String name, TargetValue value, OptionalInt sourceLine) {
    /** Checks nothing is missing. */
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceLine, "sourceLine");
    }
}
