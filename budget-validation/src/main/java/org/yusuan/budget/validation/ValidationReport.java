package org.yusuan.budget.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.validation.internal.FindingOrder;

/**
 * The findings of a validation, in deterministic order, with counts by severity. Immutable.
 *
 * <p>A finding that explains others (one rounding tail repeated by every total built on it) holds
 * them as its {@linkplain Finding#consequences() consequences}: {@link #findings()} and the counts
 * are of root findings, so one cause is counted once; {@link #allFindings()} lists every finding.
 */
public final class ValidationReport {
    private final List<Finding> findings;
    private final List<Finding> all;
    private final Map<Severity, Integer> counts;
    private final Language language;

    private ValidationReport(List<Finding> findings, Language language) {
        this.language = language;
        this.findings = List.copyOf(FindingOrder.sorted(findings));
        List<Finding> flat = new ArrayList<>();
        for (Finding f : this.findings) {
            flatten(f, flat);
        }
        this.all = List.copyOf(flat);
        Map<Severity, Integer> byseverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            byseverity.put(s, 0);
        }
        for (Finding f : this.findings) {
            byseverity.merge(f.severity(), 1, Integer::sum);
        }
        this.counts = Map.copyOf(byseverity);
    }

    /**
     * A report of some findings, which it sorts, shown in Chinese (as {@link Validator} reports are
     * by default).
     *
     * @param findings the findings
     * @return the report
     */
    public static ValidationReport of(List<Finding> findings) {
        return new ValidationReport(findings, Language.CHINESE);
    }

    /**
     * A report of some findings, shown in a language.
     *
     * @param findings the findings
     * @param language the language of {@link #toString()}
     * @return the report
     */
    public static ValidationReport of(List<Finding> findings, Language language) {
        return new ValidationReport(findings, language);
    }

    /** The language the report is shown in. */
    public Language language() {
        return language;
    }

    private static void flatten(Finding f, List<Finding> into) {
        into.add(f);
        f.consequences().forEach(c -> flatten(c, into));
    }

    /** The root findings, ordered by {@link Finding#ORDER}, each with its consequences. */
    public List<Finding> findings() {
        return findings;
    }

    /** Every finding: each root finding followed by its consequences. */
    public List<Finding> allFindings() {
        return all;
    }

    /** The number of root findings of a severity (a consequence is counted with its root). */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** Whether any finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings of one rule, roots and consequences alike. */
    public List<Finding> findings(String ruleId) {
        return all.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport && ((ValidationReport) other).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * The counts by severity in one line: {@code 错误 1 项，警告 2 项，提示 3 项} or {@code 1 errors, 2
     * warnings, 3 infos}.
     *
     * @param language the language of the line
     * @return the line, without a line break
     */
    public String counts(Language language) {
        return language == Language.CHINESE
                ? "错误 " + count(Severity.ERROR) + " 项，警告 " + count(Severity.WARNING) + " 项，提示 " + count(Severity.INFO)
                        + " 项"
                : count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, " + count(Severity.INFO)
                        + " infos";
    }

    /** The counts, then one finding a line, in the report's language. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(counts(language));
        if (language == Language.CHINESE) {
            for (Finding f : findings) {
                out.append('\n')
                        .append(f.severity())
                        .append(' ')
                        .append(f.ruleId())
                        .append(' ');
                out.append(f.location()).append("：").append(f.messageZh());
                for (Finding c : f.consequences()) {
                    out.append("\n  由此：")
                            .append(c.severity())
                            .append(' ')
                            .append(c.ruleId())
                            .append(' ');
                    out.append(c.location()).append("：").append(c.messageZh());
                }
            }
        } else {
            for (Finding f : findings) {
                out.append('\n').append(f);
                f.consequences().forEach(c -> out.append("\n  hence: ").append(c));
            }
        }
        return out.toString();
    }
}
