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
 * Gathers the findings that repeat one difference under the finding that explains them.
 *
 * <p>A finding says that a published cell is off by {@code d} from what an identity (or a
 * comparison) expects. If a cell is off by {@code δ}, that value is carried, unchanged, into every
 * total that adds it up exactly (as a part) and into every cell that equals it exactly (an identity
 * whose other parts are all zero: the same figure printed in another table). An identity that has
 * such a carrier as its total is then off by {@code δ}, one that has it as a part by {@code −δ}. The
 * hypotheses tried are: each finding's total off by its difference; a part off by minus the
 * difference where it is the finding's only part (an equality: either side may be the wrong one)
 * or where it is a part of another finding too (one cell that breaks every identity it is in). The
 * hypothesis that explains most findings is a cause: its findings are one root, the most severe of
 * them (no error is counted under a lesser finding), then the one printed at the cell, then the
 * first in report order, with the others as its consequences. Then the next hypothesis, over the
 * findings left; a finding no hypothesis shares with another stays on its own. Nothing is dropped.
 */
public final class RootCauses {
    private RootCauses() {}

    /** That the cell at a place is off by {@code delta} fen. */
    private record Hypothesis(Place place, long delta) {}

    /**
     * Where a cell is, without its printed name or source line. Its hash is computed once: every
     * identity of a traced validation is indexed by the places of its cells.
     */
    private static final class Place {
        private final TableKind table;
        private final Section section;
        private final RowKey row;
        private final Column column;
        private final int hash;

        private Place(TableKind table, Section section, RowKey row, Column column) {
            this.table = table;
            this.section = section;
            this.row = row;
            this.column = column;
            this.hash = ((table.hashCode() * 31 + section.hashCode()) * 31 + row.hashCode()) * 31 + column.hashCode();
        }

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

        @Override
        public boolean equals(Object other) {
            return other instanceof Place p
                    && p.hash == hash
                    && p.table == table
                    && p.section == section
                    && p.column == column
                    && p.row.equals(row);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return table + "/" + section + "/" + row + "/" + column;
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
        // each finding's places, found once: its total's and its parts'
        Map<Finding, Place> totals = new IdentityHashMap<>();
        Map<Finding, List<Place>> parts = new IdentityHashMap<>();
        Map<Place, List<Finding>> byTotal = new HashMap<>();
        Map<Place, List<Finding>> byPart = new HashMap<>();
        for (Finding f : candidates) {
            Place total = Place.of(f.location()).orElseThrow();
            totals.put(f, total);
            byTotal.computeIfAbsent(total, k -> new ArrayList<>(1)).add(f);
            List<Place> places = new ArrayList<>(f.related().size());
            for (Location part : f.related()) {
                Place.of(part).ifPresent(places::add);
            }
            parts.put(f, places);
            places.forEach(
                    p -> byPart.computeIfAbsent(p, k -> new ArrayList<>(1)).add(f));
        }
        // The hypotheses: a cell off by δ. Each finding's total, off by its difference; and a part
        // off by minus the difference where that part is the finding's only one (an equality: which
        // side is wrong it cannot tell) or is a part of another finding too (a cell that breaks
        // every identity it is in).
        Set<Hypothesis> hypotheses = new java.util.LinkedHashSet<>();
        for (Finding f : candidates) {
            long d = f.difference().orElseThrow().fen();
            hypotheses.add(new Hypothesis(totals.get(f), d));
            for (Place p : parts.get(f)) {
                if (parts.get(f).size() == 1 || byPart.get(p).size() >= 2) {
                    hypotheses.add(new Hypothesis(p, -d));
                }
            }
        }
        Map<Hypothesis, Set<Finding>> explained = new HashMap<>();
        Map<Place, Set<Place>> carriersOf = new HashMap<>();
        for (Hypothesis h : hypotheses) {
            Set<Place> carriers = carriersOf.computeIfAbsent(h.place(), p -> carriers(p, trace, asPart, asTotal));
            Set<Finding> under = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Place carrier : carriers) {
                for (Finding other : byTotal.getOrDefault(carrier, List.of())) {
                    if (explains(h.delta(), other, true, carriers, totals, parts)) {
                        under.add(other);
                    }
                }
                for (Finding other : byPart.getOrDefault(carrier, List.of())) {
                    if (explains(h.delta(), other, false, carriers, totals, parts)) {
                        under.add(other);
                    }
                }
            }
            explained.put(h, under);
        }
        // The hypothesis that explains most findings is a cause; its root is the most severe of
        // them (no error is counted under a lesser finding), then the one printed at the cell, then
        // the first in report order, and the others are its consequences. Then the next hypothesis,
        // over the findings left. Explanations are not chained: a finding explained through one of
        // its parts has a total that is right, so what its total would explain, it does not.
        List<Hypothesis> order = new ArrayList<>(hypotheses);
        Map<Hypothesis, Integer> atCell = new HashMap<>();
        for (Hypothesis h : order) {
            int n = 0;
            for (Finding f : explained.get(h)) {
                if (totals.get(f).equals(h.place())) {
                    n++;
                }
            }
            atCell.put(h, n);
        }
        order.sort(Comparator.<Hypothesis>comparingInt(h -> -explained.get(h).size())
                .thenComparingInt(h -> -atCell.get(h)));
        Set<Finding> assigned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Finding, List<Finding>> groups = new IdentityHashMap<>();
        for (Hypothesis h : order) {
            List<Finding> left = new ArrayList<>();
            for (Finding f : explained.get(h)) {
                if (!assigned.contains(f)) {
                    left.add(f);
                }
            }
            if (left.size() < 2) {
                continue;
            }
            Finding root = left.stream()
                    .min(Comparator.<Finding, Severity>comparing(Finding::severity)
                            .thenComparing(f -> !totals.get(f).equals(h.place()))
                            .thenComparing(Finding.ORDER))
                    .orElseThrow();
            left.remove(root);
            assigned.add(root);
            assigned.addAll(left);
            groups.put(root, left);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Finding> group = groups.get(f);
            if (group == null && assigned.contains(f)) {
                continue; // a consequence, listed under its root
            }
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

    /**
     * The findings that may share a cause: a published cell off by a difference from what an
     * identity expects of it (within its tolerance or not), or from what a comparison expects of it
     * when that is a WARNING or an ERROR (an INFO comparison, such as a 三公 item above the basic
     * expenditure, is not something off).
     */
    static List<Finding> candidates(List<Finding> findings) {
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : findings) {
            if (f.difference().isPresent()
                    && !f.difference().get().isZero()
                    && (f.tolerance().isPresent() || f.severity() != Severity.INFO)
                    && Place.of(f.location()).isPresent()) {
                candidates.add(f);
            }
        }
        return candidates;
    }

    /**
     * Whether a cell off by {@code delta}, carried into the other finding's identity, explains its
     * difference: at its total the other is off by {@code delta}, at one of its parts by {@code
     * −delta}, and exactly one cell of its identity carries the value, so that nothing cancels it.
     */
    private static boolean explains(
            long delta,
            Finding other,
            boolean atTotal,
            Set<Place> carriers,
            Map<Finding, Place> totals,
            Map<Finding, List<Place>> parts) {
        long e = other.difference().orElseThrow().fen();
        if (e != (atTotal ? delta : -delta)) {
            return false;
        }
        int carrying = carriers.contains(totals.get(other)) ? 1 : 0;
        for (Place part : parts.get(other)) {
            if (carriers.contains(part)) {
                carrying++;
            }
        }
        return carrying == 1;
    }

    /**
     * The cells that carry the value of a cell, off as it is: the cell, every total of an exact
     * identity one of them is a part of, and every cell equal to one of them by an exact identity
     * whose other parts are zero.
     */
    private static Set<Place> carriers(
            Place start, IdentityTrace trace, Map<Place, List<Integer>> asPart, Map<Place, List<Integer>> asTotal) {
        Set<Place> carriers = new java.util.HashSet<>();
        ArrayDeque<Place> queue = new ArrayDeque<>();
        carriers.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            Place at = queue.poll();
            for (int i : asPart.getOrDefault(at, List.of())) {
                Place total = Place.of(trace.total(i));
                if (carriers.add(total)) {
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
                    if (carriers.add(equal)) {
                        queue.add(equal);
                    }
                }
            }
        }
        return carriers;
    }
}
