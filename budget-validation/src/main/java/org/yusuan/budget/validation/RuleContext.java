package org.yusuan.budget.validation;

import java.util.Objects;
import org.yusuan.budget.core.code.ClassificationCatalog;

/**
 * What rules check with: the tolerance policy and the classification catalog.
 *
 * @param tolerance how far identities may be off before it is an error
 * @param catalog the catalog codes and names are checked against
 */
public record RuleContext(Tolerance tolerance, ClassificationCatalog catalog) {
    /** Checks nothing is missing. */
    public RuleContext {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(catalog, "catalog");
    }
}
