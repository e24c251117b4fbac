package org.yusuan.budget.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of a validation, in deterministic order, with counts by severity. Immutable. */
public final class ValidationReport {
    private final List<Finding> findings;
    private final Map<Severity, Integer> counts;
    private final Language language;

    private ValidationReport(List<Finding> findings, Language language) {
        this.language = language;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        this.findings = List.copyOf(sorted);
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

    /** The findings, ordered by {@link Finding#ORDER}. */
    public List<Finding> findings() {
        return findings;
    }

    /** The number of findings of a severity. */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** Whether any finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport && ((ValidationReport) other).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /** The counts, then one finding a line, in the report's language. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (language == Language.CHINESE) {
            out.append("错误 ").append(count(Severity.ERROR)).append(" 项，警告 ");
            out.append(count(Severity.WARNING))
                    .append(" 项，提示 ")
                    .append(count(Severity.INFO))
                    .append(" 项");
            for (Finding f : findings) {
                out.append('\n')
                        .append(f.severity())
                        .append(' ')
                        .append(f.ruleId())
                        .append(' ');
                out.append(f.location()).append("：").append(f.messageZh());
            }
        } else {
            out.append(count(Severity.ERROR)).append(" errors, ");
            out.append(count(Severity.WARNING)).append(" warnings, ");
            out.append(count(Severity.INFO)).append(" infos");
            findings.forEach(f -> out.append('\n').append(f));
        }
        return out.toString();
    }
}
