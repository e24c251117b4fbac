package org.yusuan.budget.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.internal.BuiltInRules;
import org.yusuan.budget.validation.internal.DisclosureIndex;
import org.yusuan.budget.validation.internal.IdentityTrace;
import org.yusuan.budget.validation.internal.RootCauses;

/**
 * Validates disclosures: runs a rule set with a tolerance and a catalog. Build it once and share
 * it: it is immutable and validates any number of disclosures concurrently.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().build();   // every rule, rounding tails, bundled catalog
 * ValidationReport report = validator.validate(disclosure);
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public final class Validator {
    private final List<Rule> rules;
    private final RuleContext context;
    private final Language language;
    private final boolean rootCauses;

    private Validator(List<Rule> rules, RuleContext context, Language language, boolean rootCauses) {
        this.rules = List.copyOf(rules);
        this.context = context;
        this.language = language;
        this.rootCauses = rootCauses;
    }

    /** Whether findings that repeat one cause come as one root finding (the default). */
    public boolean groupsRootCauses() {
        return rootCauses;
    }

    /** The language reports are shown in. */
    public Language language() {
        return language;
    }

    /** A builder with every built-in rule, {@link Tolerance#roundingTails()} and the bundled catalog. */
    public static Builder builder() {
        return new Builder();
    }

    /** The built-in rules, in id order. */
    public static List<Rule> builtInRules() {
        return BuiltInRules.all();
    }

    /** The rules this validator runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** The tolerance and catalog it checks with. */
    public RuleContext context() {
        return context;
    }

    /**
     * Validates a disclosure. Identity findings that repeat one difference because they are built on
     * the same published cell (a rounding tail carried into every total that adds it up) come as
     * one root finding with the others as its {@linkplain Finding#consequences() consequences}.
     *
     * @param disclosure the disclosure
     * @return the report
     */
    public ValidationReport validate(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        // the built-in rules share one index of the disclosure's tables, read once a validation
        return DisclosureIndex.during(disclosure, () -> {
            List<Finding> findings = run(disclosure, rule -> true);
            if (!rootCauses || !IdentityTrace.worthTracing(findings)) {
                return ValidationReport.of(findings, language);
            }
            // Findings that may share a cause: run the rules again, recording the identities that
            // hold (the first run skips them, which is what keeps a clean disclosure fast). The
            // traced run makes no finding of an identity: they are the first run's.
            IdentityTrace trace = new IdentityTrace(disclosure);
            trace.record(() -> run(disclosure, IdentityTrace::traces));
            return ValidationReport.of(RootCauses.group(findings, trace), language);
        });
    }

    private List<Finding> run(Disclosure disclosure, java.util.function.Predicate<Rule> which) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (which.test(rule)) {
                findings.addAll(rule.check(disclosure, context));
            }
        }
        return findings;
    }

    /** Collects a rule set, a tolerance and a catalog. */
    public static final class Builder {
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private Tolerance tolerance = Tolerance.roundingTails();
        private ClassificationCatalog catalog;
        private Language language = Language.CHINESE;
        private boolean rootCauses = true;

        private Builder() {
            BuiltInRules.all().forEach(r -> rules.put(r.id(), r));
        }

        /** Uses only these rules (replacing the built-in set). */
        public Builder rules(List<? extends Rule> chosen) {
            rules.clear();
            chosen.forEach(this::addRule);
            return this;
        }

        /** Adds a rule; its id must be new. */
        public Builder addRule(Rule rule) {
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two rules with the id " + rule.id());
            }
            return this;
        }

        /** Leaves out the rules of these ids. */
        public Builder without(String... ids) {
            for (String id : ids) {
                if (rules.remove(id) == null) {
                    throw new IllegalArgumentException("no rule with the id " + id);
                }
            }
            return this;
        }

        /** The tolerance; {@link Tolerance#roundingTails()} by default. */
        public Builder tolerance(Tolerance tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** The catalog; {@link ClassificationCatalog#bundled()} by default. */
        public Builder catalog(ClassificationCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** The language reports are shown in; Chinese by default. Findings carry both. */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Whether findings that repeat one cause come as one root finding with the others as its
         * consequences ({@code true}, the default), or every finding on its own. Grouping costs a
         * second, traced run of the rules on a disclosure with two or more identity findings (a
         * document full of rounding tails takes several times as long to validate); a batch that
         * only needs every finding may turn it off. The findings are the same either way.
         *
         * @param group whether to group
         * @return this builder
         */
        public Builder groupRootCauses(boolean group) {
            this.rootCauses = group;
            return this;
        }

        /** Builds the validator. */
        public Validator build() {
            return new Validator(
                    new ArrayList<>(rules.values()),
                    new RuleContext(tolerance, catalog == null ? ClassificationCatalog.bundled() : catalog),
                    language,
                    rootCauses);
        }
    }
}
