package org.yusuan.budget.core.performance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An indicator tree (绩效指标): level-2 groups under their level 1, each with its indicators, in
 * printed order.
 *
 * @param groups the groups
 */
public record IndicatorTree(List<IndicatorGroup> groups) {
    /** An empty tree. */
    public static final IndicatorTree EMPTY = new IndicatorTree(List.of());

    /** Checks nothing is missing and copies the list. */
    public IndicatorTree {
        Objects.requireNonNull(groups, "groups");
        groups = List.copyOf(groups);
    }

    /** Every indicator of the tree, in order. */
    public List<Indicator> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    /** The groups under a level 1. */
    public List<IndicatorGroup> groups(IndicatorCategory category) {
        return groups.stream().filter(g -> g.category() == category).toList();
    }

    /** The groups of a level 2. */
    public Stream<IndicatorGroup> groups(IndicatorKind kind) {
        return groups.stream().filter(g -> g.kind() == kind);
    }

    /** Whether the tree has no group at all. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
