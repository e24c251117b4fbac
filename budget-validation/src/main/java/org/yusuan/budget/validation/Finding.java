package org.yusuan.budget.validation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.budget.core.money.Amount;

/**
 * One thing a rule found: which rule, how severe, where, what was expected and what is published,
 * the difference and the tolerance applied, and what it means, in Chinese and in English.
 *
 * @param ruleId the rule's stable id ({@code BUD-TOTALS})
 * @param severity how much it matters
 * @param location where it is: for an identity, the total's cell
 * @param related the other places involved: for an identity, the cells of its parts
 * @param expected the value the identity implies, when there is one
 * @param actual the value published, when there is one
 * @param difference {@code actual − expected}, when both are known and the difference is an
 *     amount (not beyond its range)
 * @param tolerance the largest difference accepted as a rounding tail, in the table's unit
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param consequences the findings this one explains: other identities that repeat the same
 *     difference because they are built on the cell this finding is about (a rounding tail printed
 *     in a total and carried into every total built on it), and bounds that cell now breaks (a
 *     三公 item below the same item of basic expenditure: its difference is how far the cell lies
 *     beyond the bound). Empty for most findings; a report counts a finding with its consequences
 *     once.
 */
public record Finding(
        String ruleId,
        Severity severity,
        Location location,
        List<Location> related,
        Optional<Amount> expected,
        Optional<Amount> actual,
        Optional<Amount> difference,
        Optional<BigDecimal> tolerance,
        String messageZh,
        String messageEn,
        List<Finding> consequences) {
    /** The order of a report: by table, source line, row, column, then rule. Deterministic. */
    public static final Comparator<Finding> ORDER = Comparator.<Finding, Integer>comparing(
                    f -> f.location().table().map(Enum::ordinal).orElse(-1))
            .thenComparing(f -> f.location().sourceLine().orElse(Integer.MAX_VALUE))
            .thenComparing(f -> f.location().row().map(Object::toString).orElse(""))
            .thenComparing(f -> f.location().column().map(Enum::ordinal).orElse(-1))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::messageEn);

    /** Checks nothing is missing. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        consequences = List.copyOf(consequences);
    }

    /**
     * A finding without consequences.
     *
     * @param ruleId the rule's stable id
     * @param severity how much it matters
     * @param location where it is
     * @param related the other places involved
     * @param expected the value the identity implies, when there is one
     * @param actual the value published, when there is one
     * @param difference {@code actual − expected}, when both are known and the difference is an
     *     amount (not beyond its range)
     * @param tolerance the largest difference accepted as a rounding tail, in the table's unit
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public Finding(
            String ruleId,
            Severity severity,
            Location location,
            List<Location> related,
            Optional<Amount> expected,
            Optional<Amount> actual,
            Optional<Amount> difference,
            Optional<BigDecimal> tolerance,
            String messageZh,
            String messageEn) {
        this(
                ruleId,
                severity,
                location,
                related,
                expected,
                actual,
                difference,
                tolerance,
                messageZh,
                messageEn,
                List.of());
    }

    /**
     * A finding that states no amounts and names no other place: a check that could not be made, a
     * name or a text that is wrong, a line an importer could not read. What a custom {@link Rule}
     * mostly reports.
     *
     * @param ruleId the rule's stable id
     * @param severity how much it matters
     * @param location where it is
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     * @return the finding, without related places, amounts, tolerance or consequences
     */
    public static Finding of(String ruleId, Severity severity, Location location, String messageZh, String messageEn) {
        return new Finding(
                ruleId,
                severity,
                location,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                messageZh,
                messageEn);
    }

    /**
     * This finding with the findings it explains under it.
     *
     * @param explained the consequences: identities repeating this finding's difference, bounds
     *     its cell breaks
     * @return the root finding
     */
    public Finding withConsequences(List<Finding> explained) {
        return new Finding(
                ruleId,
                severity,
                location,
                related,
                expected,
                actual,
                difference,
                tolerance,
                messageZh,
                messageEn,
                explained);
    }

    /** Whether the finding names a place, as its location or as a related one. */
    public boolean involves(Predicate<Location> place) {
        return place.test(location) || related.stream().anyMatch(place);
    }

    /** The message in a language. */
    public String message(Language language) {
        return language == Language.CHINESE ? messageZh : messageEn;
    }

    /** {@code ERROR BUD-TOTALS BUDGET_SUMMARY … : message}. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + location + ": " + messageEn;
    }
}
