package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.internal.IdentityTrace;

/**
 * The validator's traced run (the second run that records the identities that hold, for grouping
 * root findings) leaves out the built-in rules that check no identity. That is only right if those
 * rules indeed record none: a rule that did would lose its links between findings silently.
 */
class TracedRulesProperties {
    private static final Budgets BUDGETS = Budgets.of(ClassificationCatalog.bundled());
    private static final RuleContext CONTEXT = Validator.builder().build().context();

    @Provide
    Arbitrary<BudgetDisclosure> published() {
        return BUDGETS.publishedDisclosures();
    }

    @Property(tries = 100)
    void aRuleLeftOutOfTheTracedRunRecordsNoIdentity(@ForAll("published") BudgetDisclosure d) {
        assertLeftOutRulesRecordNothing(d);
    }

    @Example
    void onTheSeeds() throws IOException {
        for (Disclosure d :
                List.of(SeedValidationTest.seed000(), SeedValidationTest.seed002(), SeedValidationTest.seed004())) {
            assertLeftOutRulesRecordNothing(d);
        }
    }

    @Example
    void theRulesLeftOutAreTheOnesWithoutIdentities() {
        List<String> leftOut = Validator.builtInRules().stream()
                .filter(r -> !IdentityTrace.traces(r))
                .map(Rule::id)
                .toList();
        assertThat(leftOut).isNotEmpty().allMatch(id -> id.matches("(CAT|DOC|NAR|PRF)-.*"));
        assertThat(Validator.builtInRules().stream()
                        .filter(IdentityTrace::traces)
                        .map(Rule::id))
                .contains("BUD-ROW-SUM", "BUD-HIERARCHY", "BUD-CROSS", "FIN-CROSS", "PRJ-SUM");
    }

    private static void assertLeftOutRulesRecordNothing(Disclosure d) {
        int recordedByTraced = 0;
        for (Rule rule : Validator.builtInRules()) {
            IdentityTrace trace = new IdentityTrace();
            trace.record(() -> rule.check(d, CONTEXT));
            if (IdentityTrace.traces(rule)) {
                recordedByTraced += trace.size();
            } else {
                assertThat(trace.size()).as(rule.id()).isZero();
            }
        }
        assertThat(recordedByTraced).as("the traced rules record identities").isPositive();
    }
}
