package org.yusuan.budget.core.performance;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A level-2 group of an indicator tree (数量指标 under 产出指标, …) with its indicators; a group
 * printed with no indicator is kept, empty.
 *
 * @param category the level 1 it is printed under
 * @param kind the level 2
 * @param indicators the level-3 indicators, possibly none
 * @param sourceLine the line the group starts on, when imported
 */
public record IndicatorGroup(
        IndicatorCategory category, IndicatorKind kind, List<Indicator> indicators, OptionalInt sourceLine) {
    /** Checks nothing is missing and copies the list. */
    public IndicatorGroup {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(sourceLine, "sourceLine");
    }
}
