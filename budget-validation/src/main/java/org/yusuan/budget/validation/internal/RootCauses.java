package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A finding that a cell lies beyond a bound another cell sets (an inequality: no tolerance, the
 * bound its one related cell) is explained by a carrier at the cell or at the bound when undoing
 * {@code δ} there brings the cell back within its bound: its difference need not be {@code δ}.
 */
public final class RootCauses {
    private RootCauses() {}

    /**
     * Hypotheses, each that the cell at a place ({@link IdentityTrace}'s number, never negative) is
     * off by {@code delta} fen: the distinct ones, numbered in the order they were first added.
     */
    private static final class Hypotheses {
        private int[] places;
        private long[] deltas;
        private int size;
        private int[] slots; // open addressing: a hypothesis's number + 1, or 0 for an empty slot

        Hypotheses(int expected) {
            places = new int[Math.max(4, expected)];
            deltas = new long[places.length];
            slots = new int[Integer.highestOneBit(places.length * 2) * 2];
        }

        /** Adds a hypothesis unless it is there already. */
        void add(int place, long delta) {
            int mask = slots.length - 1;
            int slot = hash(place, delta) & mask;
            for (int h = slots[slot] - 1; h >= 0; h = slots[slot] - 1) {
                if (places[h] == place && deltas[h] == delta) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
                deltas = Arrays.copyOf(deltas, size * 2);
            }
            places[size] = place;
            deltas[size] = delta;
            slots[slot] = ++size;
            if (size * 2 > slots.length) {
                rehash();
            }
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int h = 0; h < size; h++) {
                int slot = hash(places[h], deltas[h]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = h + 1;
            }
        }

        private static int hash(int place, long delta) {
            long key = (delta * 0x9E3779B97F4A7C15L ^ place) * 0xC2B2AE3D27D4EB4FL;
            return (int) (key ^ (key >>> 32));
        }

        int size() {
            return size;
        }

        int place(int h) {
            return places[h];
        }

        long delta(int h) {
            return deltas[h];
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
        int n = candidates.size();
        if (n < 2) {
            return findings;
        }
        // each finding's places, numbered once: its total's and its parts'
        int[] total = new int[n];
        int[][] partsOf = new int[n][];
        long[] difference = new long[n];
        boolean[] inequality = new boolean[n];
        for (int i = 0; i < n; i++) {
            Finding f = candidates.get(i);
            // a comparison with a bound another cell sets (Checker.beyond): no tolerance, one part
            inequality[i] = f.tolerance().isEmpty() && !f.related().isEmpty();
            total[i] = trace.place(f.location());
            difference[i] = f.difference().orElseThrow().fen();
            int[] places = new int[f.related().size()];
            int k = 0;
            for (Location part : f.related()) {
                int place = trace.place(part);
                if (place >= 0) {
                    places[k++] = place;
                }
            }
            partsOf[i] = Arrays.copyOf(places, k);
        }
        Index index = new Index(trace, total, partsOf, inequality);
        // The hypotheses: a cell off by δ. Each finding's total, off by its difference; and a part
        // off by minus the difference where that part is the finding's only one (an equality: which
        // side is wrong it cannot tell) or is a part of another finding too (a cell that breaks
        // every identity it is in).
        Hypotheses hypotheses = new Hypotheses(n * 2);
        for (int i = 0; i < n; i++) {
            hypotheses.add(total[i], difference[i]);
            for (int p : partsOf[i]) {
                if (partsOf[i].length == 1 || index.partCount[p] >= 2) {
                    hypotheses.add(p, -difference[i]);
                }
            }
        }
        int count = hypotheses.size();
        // the hypotheses of one place share its carriers: found once, then each delta tried (each
        // hypothesis's findings depend on its place and delta alone, not on the order they are tried)
        long[] byPlace = new long[count];
        for (int h = 0; h < count; h++) {
            byPlace[h] = (long) hypotheses.place(h) << 32 | h;
        }
        Arrays.sort(byPlace);
        int[][] explained = new int[count][];
        int[] atCell = new int[count];
        int[] carriers = null;
        for (int k = 0; k < count; k++) {
            int h = (int) byPlace[k];
            int place = hypotheses.place(h);
            if (k == 0 || (int) (byPlace[k - 1] >>> 32) != place) {
                carriers = index.carriers(place);
            }
            explained[h] = index.explained(hypotheses.delta(h), carriers, difference);
            for (int i : explained[h]) {
                if (total[i] == place) {
                    atCell[h]++;
                }
            }
        }
        // The hypothesis that explains most findings is a cause; its root is the most severe of
        // them (no error is counted under a lesser finding), then the one printed at the cell, then
        // the first in report order, and the others are its consequences. Then the next hypothesis,
        // over the findings left. Explanations are not chained: a finding explained through one of
        // its parts has a total that is right, so what its total would explain, it does not.
        // Only a hypothesis that explains two findings or more can make a group: the others are
        // left out before sorting (most of them explain only the finding they come from).
        int candidatesOfGroups = 0;
        for (int h = 0; h < count; h++) {
            if (explained[h].length >= 2) {
                candidatesOfGroups++;
            }
        }
        Integer[] ranked = new Integer[candidatesOfGroups];
        for (int h = 0, k = 0; h < count; h++) {
            if (explained[h].length >= 2) {
                ranked[k++] = h;
            }
        }
        Arrays.sort(
                ranked,
                Comparator.<Integer>comparingInt(h -> -explained[h].length)
                        .thenComparingInt(h -> -atCell[h])); // stable: ties keep the hypotheses' order
        boolean[] assigned = new boolean[n];
        FindingOrder.Keyed[] keys = new FindingOrder.Keyed[n]; // made when first compared
        Map<Finding, List<Finding>> groups = new IdentityHashMap<>();
        Set<Finding> consequences = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int h : ranked) {
            int place = hypotheses.place(h);
            List<Integer> left = new ArrayList<>();
            for (int i : explained[h]) {
                if (!assigned[i]) {
                    left.add(i);
                }
            }
            if (left.size() < 2) {
                continue;
            }
            // the most severe, then the one at the cell, then the first in report order
            int root = left.get(0);
            for (int i : left) {
                int c = candidates
                        .get(i)
                        .severity()
                        .compareTo(candidates.get(root).severity());
                if (c == 0) {
                    c = Boolean.compare(total[i] != place, total[root] != place);
                }
                if (c == 0) {
                    c = keyed(keys, candidates, i).compareTo(keyed(keys, candidates, root));
                }
                if (c < 0) {
                    root = i;
                }
            }
            List<Finding> group = new ArrayList<>(left.size() - 1);
            for (int i : left) {
                assigned[i] = true;
                if (i != root) {
                    group.add(candidates.get(i));
                    consequences.add(candidates.get(i));
                }
            }
            groups.put(candidates.get(root), group);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Finding> group = groups.get(f);
            if (group == null && consequences.contains(f)) {
                continue; // a consequence, listed under its root
            }
            if (group == null || group.isEmpty()) {
                out.add(f);
            } else {
                List<Finding> all = new ArrayList<>(f.consequences());
                all.addAll(FindingOrder.sorted(group));
                out.add(f.withConsequences(all));
            }
        }
        return out;
    }

    /** The keys of candidate {@code i} in {@link Finding#ORDER}, made once. */
    private static FindingOrder.Keyed keyed(FindingOrder.Keyed[] keys, List<Finding> candidates, int i) {
        if (keys[i] == null) {
            keys[i] = new FindingOrder.Keyed(candidates.get(i));
        }
        return keys[i];
    }

    /**
     * The recorded identities and the candidate findings, indexed by place in arrays: which
     * identities have a place as their total or as a part, and which findings.
     */
    private static final class Index {
        private final IdentityTrace trace;
        private final int[] total;
        private final int[][] partsOf;
        private final boolean[] inequality;

        /** Identities by total: {@code byTotal[totalFrom[p] .. totalFrom[p + 1])}. */
        private final int[] totalFrom;

        private final int[] byTotal;

        /** Identities by part, likewise. */
        private final int[] partFrom;

        private final int[] byPart;

        /** Findings by total (the first at a place, then the next of each), and by part. */
        private final int[] findingAtTotal;

        private final int[] nextAtTotal;
        private final int[] findingAtPart;
        private final int[] entryFinding;
        private final int[] nextEntry;

        /** How many times a place is a part of a finding. */
        private final int[] partCount;

        /** The carriers of the place last asked about are the places marked with {@link #stamp}. */
        private final int[] mark;

        private int stamp;
        private final int[] seen;
        private int seenStamp;

        Index(IdentityTrace trace, int[] total, int[][] partsOf, boolean[] inequality) {
            this.trace = trace;
            this.total = total;
            this.partsOf = partsOf;
            this.inequality = inequality;
            int places = trace.places();
            int m = trace.size();
            totalFrom = new int[places + 1];
            partFrom = new int[places + 1];
            for (int i = 0; i < m; i++) {
                totalFrom[trace.total(i) + 1]++;
                for (int j = trace.partsFrom(i); j < trace.partsTo(i); j++) {
                    partFrom[trace.part(j) + 1]++;
                }
            }
            for (int p = 0; p < places; p++) {
                totalFrom[p + 1] += totalFrom[p];
                partFrom[p + 1] += partFrom[p];
            }
            byTotal = new int[m];
            byPart = new int[partFrom[places]];
            int[] nextTotal = Arrays.copyOf(totalFrom, places);
            int[] nextPart = Arrays.copyOf(partFrom, places);
            for (int i = 0; i < m; i++) {
                byTotal[nextTotal[trace.total(i)]++] = i;
                for (int j = trace.partsFrom(i); j < trace.partsTo(i); j++) {
                    byPart[nextPart[trace.part(j)]++] = i;
                }
            }
            int n = total.length;
            findingAtTotal = new int[places];
            Arrays.fill(findingAtTotal, -1);
            nextAtTotal = new int[n];
            findingAtPart = new int[places];
            Arrays.fill(findingAtPart, -1);
            partCount = new int[places];
            int entries = 0;
            for (int[] parts : partsOf) {
                entries += parts.length;
            }
            entryFinding = new int[entries];
            nextEntry = new int[entries];
            for (int i = n - 1; i >= 0; i--) { // linked from the last, so each list runs in report order
                nextAtTotal[i] = findingAtTotal[total[i]];
                findingAtTotal[total[i]] = i;
                for (int k = partsOf[i].length - 1; k >= 0; k--) {
                    int p = partsOf[i][k];
                    entries--;
                    entryFinding[entries] = i;
                    nextEntry[entries] = findingAtPart[p];
                    findingAtPart[p] = entries;
                    partCount[p]++;
                }
            }
            mark = new int[places];
            seen = new int[n];
        }

        /**
         * The cells that carry the value of a cell, off as it is: the cell, every total of an exact
         * identity one of them is a part of, and every cell equal to one of them by an exact
         * identity whose other parts are zero. They stay marked until the next call.
         */
        int[] carriers(int start) {
            stamp++;
            int[] carriers = new int[8];
            int size = 0;
            carriers[size++] = start;
            mark[start] = stamp;
            for (int head = 0; head < size; head++) {
                int at = carriers[head];
                for (int k = partFrom[at]; k < partFrom[at + 1]; k++) {
                    int t = trace.total(byPart[k]);
                    if (mark[t] != stamp) {
                        mark[t] = stamp;
                        carriers = add(carriers, size++, t);
                    }
                }
                for (int k = totalFrom[at]; k < totalFrom[at + 1]; k++) {
                    int i = byTotal[k];
                    int only = -1;
                    int nonzero = 0;
                    for (int j = trace.partsFrom(i); j < trace.partsTo(i); j++) {
                        if (trace.nonzero(j)) {
                            nonzero++;
                            only = trace.part(j);
                        }
                    }
                    if (nonzero == 1 && mark[only] != stamp) {
                        mark[only] = stamp;
                        carriers = add(carriers, size++, only);
                    }
                }
            }
            return Arrays.copyOf(carriers, size);
        }

        private static int[] add(int[] to, int at, int value) {
            int[] grown = at == to.length ? Arrays.copyOf(to, at * 2) : to;
            grown[at] = value;
            return grown;
        }

        /**
         * The findings that a cell off by {@code delta} explains, given its carriers (the ones last
         * found), in report order.
         */
        int[] explained(long delta, int[] carriers, long[] difference) {
            seenStamp++;
            int[] found = new int[4];
            int size = 0;
            for (int c : carriers) {
                for (int i = findingAtTotal[c]; i >= 0; i = nextAtTotal[i]) {
                    if (seen[i] != seenStamp && explains(delta, i, true, difference)) {
                        seen[i] = seenStamp;
                        found = add(found, size++, i);
                    }
                }
                for (int e = findingAtPart[c]; e >= 0; e = nextEntry[e]) {
                    int i = entryFinding[e];
                    if (seen[i] != seenStamp && explains(delta, i, false, difference)) {
                        seen[i] = seenStamp;
                        found = add(found, size++, i);
                    }
                }
            }
            int[] explained = Arrays.copyOf(found, size);
            Arrays.sort(explained);
            return explained;
        }

        /**
         * Whether a cell off by {@code delta}, carried into the finding's identity, explains its
         * difference: at its total the finding is off by {@code delta}, at one of its parts by
         * {@code −delta}, and exactly one cell of its identity carries the value, so that nothing
         * cancels it.
         */
        private boolean explains(long delta, int finding, boolean atTotal, long[] difference) {
            long e = difference[finding];
            if (inequality[finding]) {
                // a cell beyond its bound by e: restoring the carrier (the cell, or the bound) by
                // delta must bring it back to the bound or within it, that is e − delta (at the
                // total) or e + delta (at a part) must not keep e's sign. Compared, not computed:
                // near the range's end the sum would wrap (−delta cannot: no difference is
                // Long.MIN_VALUE fen, see Amount.ofFen)
                long restoring = atTotal ? delta : -delta;
                if (e > 0 ? e > restoring : e < restoring) {
                    return false;
                }
            } else if (e != (atTotal ? delta : -delta)) {
                return false;
            }
            int carrying = mark[total[finding]] == stamp ? 1 : 0;
            for (int p : partsOf[finding]) {
                if (mark[p] == stamp) {
                    carrying++;
                }
            }
            return carrying == 1;
        }
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
                    && namesCell(f.location())) {
                candidates.add(f);
            }
        }
        return candidates;
    }

    private static boolean namesCell(Location at) {
        return at.table().isPresent()
                && at.section().isPresent()
                && at.row().isPresent()
                && at.column().isPresent();
    }
}
