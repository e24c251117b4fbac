package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/** Laws of the validator over generated disclosures. */
class ValidationProperties {
    private static final Budgets BUDGETS = Budgets.of(ClassificationCatalog.bundled());
    private static final Validator VALIDATOR = Validator.builder().build();

    @Provide
    Arbitrary<BudgetDisclosure> consistent() {
        return BUDGETS.consistentDisclosures();
    }

    @Provide
    Arbitrary<BudgetDisclosure> published() {
        return BUDGETS.publishedDisclosures();
    }

    @Property(tries = 200)
    void aTailFreeDisclosureHasNoFindingAboveInfo(@ForAll("consistent") BudgetDisclosure d) {
        ValidationReport report = VALIDATOR.validate(d);
        assertThat(report.findings()).allMatch(f -> f.severity() == Severity.INFO, report.toString());
        // and no rounding tail either: every identity holds exactly (what INFO remains is the 三公
        // item above basic expenditure, which project lines explain)
        assertThat(report.findings()).allMatch(f -> f.tolerance().isEmpty(), report.toString());
    }

    @Property(tries = 200)
    void anIndependentlyRoundedDisclosureHasNoError(@ForAll("published") BudgetDisclosure d) {
        ValidationReport report = VALIDATOR.validate(d);
        assertThat(report.hasErrors()).as(report.toString()).isFalse();
    }

    record Corruption(BudgetDisclosure disclosure, BudgetTable table, Row row, Column column, Amount delta) {}

    @Provide
    Arbitrary<Corruption> corruptions() {
        return corruptionsOf(BUDGETS.publishedDisclosures());
    }

    /** One cell of a disclosure changed by a delta beyond every rounding bound. */
    private static Arbitrary<Corruption> corruptionsOf(Arbitrary<BudgetDisclosure> disclosures) {
        return disclosures.flatMap(d -> {
            List<Object[]> cells = new ArrayList<>();
            for (BudgetTable t : d.tables().values()) {
                for (Row r : t.rows()) {
                    for (Column c : r.cells().keySet()) {
                        cells.add(new Object[] {t, r, c});
                    }
                }
            }
            // more than twice the largest rounding bound of any identity (30 classes: 0.155 万元)
            Arbitrary<Amount> deltas = Arbitraries.longs()
                    .between(1L, 100_000L)
                    .map(k -> Amount.ofFen(k * 1_000_000L))
                    .flatMap(a -> Arbitraries.of(a, a.negate()));
            return Combinators.combine(Arbitraries.of(cells), deltas)
                    .as((cell, delta) ->
                            new Corruption(d, (BudgetTable) cell[0], (Row) cell[1], (Column) cell[2], delta));
        });
    }

    @Property(tries = 300)
    void aCorruptedCellIsFoundAndNamed(@ForAll("corruptions") Corruption c) {
        Amount corrupted = c.row().cell(c.column()).orElseThrow().plus(c.delta());
        Disclosure changed = Disclosures.withCell(
                c.disclosure(), c.table().kind(), c.row().section(), c.row().key(), c.column(), corrupted);
        ValidationReport report = VALIDATOR.validate(changed);
        List<Finding> naming = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.involves(l -> l.table()
                                .equals(java.util.Optional.of(c.table().kind()))
                        && l.row().equals(java.util.Optional.of(c.row().key()))
                        && l.section().equals(java.util.Optional.of(c.row().section()))))
                .toList();
        assertThat(naming)
                .as(
                        "an ERROR naming %s %s %s %s after changing it by %s; report:%n%s",
                        c.table().kind(), c.row().section(), c.row().key(), c.column(), c.delta(), report)
                .isNotEmpty();
    }

    @Provide
    Arbitrary<Corruption> tailFreeCorruptions() {
        return corruptionsOf(BUDGETS.consistentDisclosures());
    }

    /**
     * One cell corrupted in a disclosure where every identity held breaks every identity it is in;
     * the report gives that as one root ERROR, the other identities under it.
     */
    @Property(tries = 300)
    void oneCorruptedCellIsOneRootError(@ForAll("tailFreeCorruptions") Corruption c) {
        Amount corrupted = c.row().cell(c.column()).orElseThrow().plus(c.delta());
        Disclosure changed = Disclosures.withCell(
                c.disclosure(), c.table().kind(), c.row().section(), c.row().key(), c.column(), corrupted);
        ValidationReport report = VALIDATOR.validate(changed);
        assertThat(report.count(Severity.ERROR))
                .as(
                        "%s %s %s %s by %s:%n%s",
                        c.table().kind(), c.row().section(), c.row().key(), c.column(), c.delta(), report)
                .isEqualTo(1);
        // every identity it breaks repeats the corruption's delta; a bound it breaks (三公 item ≥ the
        // same item of basic expenditure: no tolerance) is off by as much as it lies beyond the bound
        assertThat(report.findings().stream().filter(f -> f.severity() == Severity.ERROR))
                .singleElement()
                .satisfies(root -> assertThat(root.consequences())
                        .filteredOn(f -> f.tolerance().isPresent())
                        .allSatisfy(f -> assertThat(f.difference().orElseThrow().abs())
                                .isEqualTo(c.delta().abs())));
    }
}
