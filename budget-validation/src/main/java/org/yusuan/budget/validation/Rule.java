package org.yusuan.budget.validation;

import java.util.List;
import org.yusuan.budget.core.disclosure.Disclosure;

/**
 * A check of a disclosure. Pure and thread-safe: the same disclosure and context always give the
 * same findings, and one rule checks any number of disclosures at once.
 */
public interface Rule {
    /** The stable id ({@code BUD-…}, {@code FIN-…}, {@code CAT-…}, {@code PRJ-…}, {@code NAR-…}). */
    String id();

    /** The severity of what the rule finds beyond tolerance; rounding tails are always {@code INFO}. */
    Severity severity();

    /** A short English title. */
    String title();

    /**
     * Checks a disclosure.
     *
     * @param disclosure the disclosure
     * @param context the tolerance and catalog to check with
     * @return the findings, in any order
     */
    List<Finding> check(Disclosure disclosure, RuleContext context);
}
