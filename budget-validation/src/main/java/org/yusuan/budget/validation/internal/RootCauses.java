package org.yusuan.budget.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;

/**
 * Gathers the identity findings that repeat one difference under the finding that explains them.
 *
 * <p>A published total that is off its parts by {@code d} is carried, unchanged, into every total
 * that adds it up exactly (as a part) and into every cell that equals it exactly (an identity whose
 * other parts are all zero: the same figure printed in another table). Each of those carriers is
 * off by {@code d} too, so an identity that has a carrier as its total is off by {@code d}, and one
 * that has it as a part is off by {@code −d}. When the finding is an equality of two cells (one
 * figure printed in two places), either may be the one that is off, and both are followed. A finding whose difference is explained that way is a
 * consequence of the first; it is listed under it, never dropped. Roots are chosen most severe
 * first (no error is counted under a lesser finding), then the finding that explains most others,
 * then report order; each finding goes under the first root that explains it.
 */
public final class RootCauses {
    private RootCauses() {}

    /** Where a cell is, without its printed name or source line. */
    private record Place(TableKind table, Section section, RowKey row, Column column) {
        static Place of(Cell cell) {
            return new Place(
                    cell.table().kind(), cell.row().section(), cell.row().key(), cell.column());
        }

        static Optional<Place> of(Location at) {
            if (at.table().isEmpty()
                    || at.section().isEmpty()
                    || at.row().isEmpty()
                    || at.column().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Place(
                    at.table().get(),
                    at.section().get(),
                    at.row().get(),
                    at.column().get()));
        }
    }

    /**
     * The findings with each group of one cause gathered under its root.
     *
     * @param findings the findings of every rule
     * @param trace the identities that held exactly in the same validation
     * @return the root findings and the others, each consequence under its root
     */
    public static List<Finding> group(List<Finding> findings, IdentityTrace trace) {
        List<Finding> candidates = candidates(findings);
        if (candidates.size() < 2) {
            return findings;
        }
        Map<Place, List<Integer>> asPart = new HashMap<>();
        Map<Place, List<Integer>> asTotal = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            asTotal.computeIfAbsent(Place.of(trace.total(i)), k -> new ArrayList<>(2))
                    .add(i);
            for (Cell part : trace.parts(i)) {
                asPart.computeIfAbsent(Place.of(part), k -> new ArrayList<>(2)).add(i);
            }
        }
        Map<Place, List<Finding>> byTotal = new HashMap<>();
        Map<Place, List<Finding>> byPart = new HashMap<>();
        for (Finding f : candidates) {
            byTotal.computeIfAbsent(Place.of(f.location()).orElseThrow(), k -> new ArrayList<>(1))
                    .add(f);
            for (Location part : f.related()) {
                Place.of(part)
                        .ifPresent(p -> byPart.computeIfAbsent(p, k -> new ArrayList<>(1))
                                .add(f));
            }
        }
        Map<Finding, List<Finding>> explained = new IdentityHashMap<>();
        for (Finding root : candidates) {
            Map<Place, Integer> carriers = carriers(root, trace, asPart, asTotal);
            Set<Finding> under = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<Place, Integer> carrier : carriers.entrySet()) {
                for (Finding other : byTotal.getOrDefault(carrier.getKey(), List.of())) {
                    if (explains(root, other, carrier.getValue(), carriers)) {
                        under.add(other);
                    }
                }
                for (Finding other : byPart.getOrDefault(carrier.getKey(), List.of())) {
                    if (explains(root, other, -carrier.getValue(), carriers)) {
                        under.add(other);
                    }
                }
            }
            explained.put(root, new ArrayList<>(under));
        }
        // The root of a cause is the finding that explains most others; each other finding goes
        // under the first root that explains it. Explanations are not chained: a finding explained
        // through one of its parts has a total that is right, so what its total would explain is
        // not explained by it; one explained through its total adds no carrier the root lacks.
        List<Finding> order = new ArrayList<>(candidates);
        order.sort(Comparator.<Finding, Severity>comparing(Finding::severity)
                .thenComparingInt(f -> -explained.get(f).size())
                .thenComparing(Finding.ORDER));
        Map<Finding, Finding> rootOf = new IdentityHashMap<>();
        Map<Finding, List<Finding>> groups = new IdentityHashMap<>();
        for (Finding root : order) {
            if (rootOf.containsKey(root)) {
                continue;
            }
            List<Finding> group = new ArrayList<>();
            for (Finding other : explained.get(root)) {
                if (!rootOf.containsKey(other)
                        && !groups.containsKey(other)
                        && other.severity().compareTo(root.severity()) >= 0) {
                    rootOf.put(other, root);
                    group.add(other);
                }
            }
            groups.put(root, group);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (rootOf.containsKey(f)) {
                continue;
            }
            List<Finding> group = groups.get(f);
            if (group == null || group.isEmpty()) {
                out.add(f);
            } else {
                group.sort(Finding.ORDER);
                List<Finding> all = new ArrayList<>(f.consequences());
                all.addAll(group);
                out.add(f.withConsequences(all));
            }
        }
        return out;
    }

    /** The findings that may share a cause: identities off by a difference, at a cell. */
    static List<Finding> candidates(List<Finding> findings) {
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : findings) {
            if (f.difference().isPresent()
                    && f.tolerance().isPresent()
                    && !f.difference().get().isZero()
                    && Place.of(f.location()).isPresent()) {
                candidates.add(f);
            }
        }
        return candidates;
    }

    /**
     * Whether the root's difference, carried into the other finding's identity, explains the
     * other's: the other is off by exactly {@code sign × d}, and exactly one cell of its identity
     * (its total, or one part) carries the root's value, so that nothing cancels it.
     */
    private static boolean explains(Finding root, Finding other, int sign, Map<Place, Integer> carriers) {
        if (other == root) {
            return false;
        }
        long d = root.difference().orElseThrow().fen();
        long e = other.difference().orElseThrow().fen();
        if (e != sign * d) {
            return false;
        }
        int carrying = carriers.containsKey(Place.of(other.location()).orElseThrow()) ? 1 : 0;
        for (Location part : other.related()) {
            if (Place.of(part).map(carriers::containsKey).orElse(false)) {
                carrying++;
            }
        }
        return carrying == 1;
    }

    /**
     * The cells that carry a finding's difference {@code d}, each with the sign of what it is off by
     * ({@code 1}: by {@code d}): the finding's total (by {@code d}) and, for an equality of two cells,
     * its other cell (by {@code −d}), which of the two is wrong the finding cannot tell; then every
     * total of an exact identity one of them is a part of, and every cell equal to one of them by an
     * exact identity whose other parts are zero.
     */
    private static Map<Place, Integer> carriers(
            Finding root, IdentityTrace trace, Map<Place, List<Integer>> asPart, Map<Place, List<Integer>> asTotal) {
        Map<Place, Integer> carriers = new HashMap<>();
        ArrayDeque<Place> queue = new ArrayDeque<>();
        Place start = Place.of(root.location()).orElseThrow();
        carriers.put(start, 1);
        queue.add(start);
        if (root.related().size() == 1) {
            Place.of(root.related().get(0)).ifPresent(other -> {
                if (carriers.putIfAbsent(other, -1) == null) {
                    queue.add(other);
                }
            });
        }
        while (!queue.isEmpty()) {
            Place at = queue.poll();
            int sign = carriers.get(at);
            for (int i : asPart.getOrDefault(at, List.of())) {
                Place total = Place.of(trace.total(i));
                if (carriers.putIfAbsent(total, sign) == null) {
                    queue.add(total);
                }
            }
            for (int i : asTotal.getOrDefault(at, List.of())) {
                Cell only = null;
                int nonzero = 0;
                for (Cell part : trace.parts(i)) {
                    if (!part.value().isZero()) {
                        nonzero++;
                        only = part;
                    }
                }
                if (nonzero == 1) {
                    Place equal = Place.of(only);
                    if (carriers.putIfAbsent(equal, sign) == null) {
                        queue.add(equal);
                    }
                }
            }
        }
        return carriers;
    }
}
