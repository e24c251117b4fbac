package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yusuan.budget.validation.Finding;

/**
 * {@link Finding#ORDER} with each finding's keys made once. That comparator writes a finding's row
 * key as text for every comparison; a report sorts every finding, and grouping sorts and ranks the
 * findings of a cause, so the keys are made once a finding here.
 */
public final class FindingOrder {
    private FindingOrder() {}

    /** A finding with the keys {@link Finding#ORDER} compares. */
    record Keyed(int table, int line, String row, int column, Finding finding) {
        Keyed(Finding f) {
            this(
                    f.location().table().map(Enum::ordinal).orElse(-1),
                    f.location().sourceLine().orElse(Integer.MAX_VALUE),
                    f.location().row().map(Object::toString).orElse(""),
                    f.location().column().map(Enum::ordinal).orElse(-1),
                    f);
        }

        /** The order of {@link Finding#ORDER}. */
        int compareTo(Keyed o) {
            int c = Integer.compare(table, o.table);
            if (c == 0) {
                c = Integer.compare(line, o.line);
            }
            if (c == 0) {
                c = row.compareTo(o.row);
            }
            if (c == 0) {
                c = Integer.compare(column, o.column);
            }
            if (c == 0) {
                c = finding.ruleId().compareTo(o.finding.ruleId());
            }
            if (c == 0) {
                c = finding.messageEn().compareTo(o.finding.messageEn());
            }
            return c;
        }
    }

    /**
     * Some findings sorted by {@link Finding#ORDER}, stably (findings equal in that order keep theirs).
     *
     * @param findings the findings
     * @return a new list of them, sorted
     */
    public static List<Finding> sorted(List<Finding> findings) {
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new Keyed(findings.get(i));
        }
        Arrays.sort(keyed, Keyed::compareTo); // stable, as List.sort
        List<Finding> sorted = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            sorted.add(k.finding());
        }
        return sorted;
    }
}
