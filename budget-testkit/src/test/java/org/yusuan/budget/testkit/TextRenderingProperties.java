package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Count;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;

/**
 * Importing the text rendering of a disclosure gives that disclosure back ({@link TextRendering} is
 * the inverse of {@link DisclosureImporter} on the reference layout), with no import finding.
 *
 * <p>The disclosures are compared whole, after normalising exactly what the text cannot carry or
 * the importer sets from the text itself ({@link #comparable}):
 *
 * <ul>
 *   <li>source lines (of tables, rows, counts, performance tables, indicator groups and
 *       indicators), which the importer takes from the rendered text;
 *   <li>the order of rows between the two sides of a two-sided summary table (the income side,
 *       {@link Section#INCOME} and {@link Section#CARRY_OVER}, and the expenditure side), which the
 *       print interleaves line by line; the order within each side is compared;
 *   <li>the unit's data beyond its name (type, level, codes), which the reference layout does not
 *       print;
 *   <li>projects known by name only (no target, no self-evaluation), which the reference layout
 *       prints as rows of the project tables, not as a table of their own: instead of comparing them
 *       as projects, each is checked to be a project row of the imported project tables.
 * </ul>
 */
class TextRenderingProperties {
    private static final Budgets BUDGETS = Budgets.of(ClassificationCatalog.bundled());

    /** Generated budgets, tail-free or rounded as publishers round, as {@link Budgets} makes them. */
    private static Arbitrary<BudgetDisclosure> compiled(Arbitrary<Ledger> ledgers) {
        return Combinators.combine(ledgers, Arbitraries.of(RoundingPolicy.TAIL_FREE, RoundingPolicy.INDEPENDENT))
                .as((ledger, policy) -> ledger.compile(policy, ClassificationCatalog.bundled()));
    }

    /**
     * {@link Budgets#ledgers()} with every current-year 国有资本经营预算 line carried over instead, so
     * that the 国有资本经营预算收支预算表 is published empty (the importer reads that table only then).
     */
    @Provide
    Arbitrary<BudgetDisclosure> disclosuresWithoutStateCapitalSpending() {
        return compiled(BUDGETS.ledgers()
                .map(ledger -> Ledger.builder()
                        .from(ledger)
                        .lines(ledger.lines().stream()
                                .map(l -> l.fund() == FundSource.STATE_CAPITAL_OPERATIONS_BUDGET
                                                && l.origin() == Origin.CURRENT_YEAR
                                        ? BudgetLine.builder()
                                                .from(l)
                                                .origin(Origin.CARRY_OVER)
                                                .build()
                                        : l)
                                .toList())
                        .build()));
    }

    /** {@link Budgets#ledgers()} with a current-year 国有资本经营预算 line. */
    @Provide
    Arbitrary<BudgetDisclosure> disclosuresWithStateCapitalSpending() {
        return compiled(BUDGETS.ledgers()
                .filter(ledger -> ledger.lines().stream()
                        .anyMatch(l -> l.fund() == FundSource.STATE_CAPITAL_OPERATIONS_BUDGET
                                && l.origin() == Origin.CURRENT_YEAR)));
    }

    /**
     * The property, on every generated budget whose tables the importer reads: all but the
     * 国有资本经营预算收支预算表 with data, which {@link
     * #aStateCapitalTableWithDataIsTheOneTableNotReadBack} covers.
     */
    @Property
    void importingTheRenderingOfAGeneratedBudgetGivesItBack(
            @ForAll("disclosuresWithoutStateCapitalSpending") BudgetDisclosure d) {
        assertThat(d.table(TableKind.STATE_CAPITAL))
                .hasValueSatisfying(t -> assertThat(t.publishedEmpty()).isTrue());
        assertReadBack(d);
    }

    /**
     * A gap of the importer, pinned so that it shows when it closes: a 国有资本经营预算收支预算表 with
     * data (rendered in the reference layout, expenditure by code on the right) is reported as
     * {@code IMP-TABLE} and not read. Everything else of the disclosure reads back. When the importer
     * reads that table, this property fails: then delete it and the restriction of {@link
     * #disclosuresWithoutStateCapitalSpending}.
     */
    @Property(tries = 200)
    void aStateCapitalTableWithDataIsTheOneTableNotReadBack(
            @ForAll("disclosuresWithStateCapitalSpending") BudgetDisclosure d) {
        String text = TextRendering.render(d);
        ImportResult result = DisclosureImporter.standard().read(text, "generated");
        assertThat(result.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("IMP-TABLE"))
                .satisfies(f -> assertThat(f.messageEn()).contains("STATE_CAPITAL"));
        Map<TableKind, BudgetTable> tables = new EnumMap<>(d.tables());
        tables.remove(TableKind.STATE_CAPITAL);
        assertThat(comparable(result.disclosure()))
                .isEqualTo(comparable(
                        BudgetDisclosure.builder().from(d).tables(tables).build()));
    }

    static void assertReadBack(Disclosure d) {
        String text = TextRendering.render(d);
        ImportResult result = DisclosureImporter.standard().read(text, "generated");
        assertThat(result.findings()).as(text).isEmpty();
        assertThat(comparable(result.disclosure())).isEqualTo(comparable(d));
        List<String> projectRows = result.disclosure().tables().values().stream()
                .filter(t -> t.kind() == TableKind.PROJECT_EXPENDITURE
                        || t.kind() == TableKind.CARRY_OVER_PROJECT_EXPENDITURE)
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.key() instanceof org.yusuan.budget.core.table.RowKey.Project)
                .map(Row::name)
                .toList();
        assertThat(d.projects().stream()
                        .filter(p -> p.target().isEmpty() && p.evaluation().isEmpty())
                        .map(Project::name))
                .allSatisfy(name -> assertThat(projectRows).contains(name));
    }

    /** The disclosure with what the text cannot carry normalised, as the class comment says. */
    static Disclosure comparable(Disclosure d) {
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        d.tables().forEach((kind, table) -> tables.put(kind, comparable(table)));
        BudgetUnit unit = BudgetUnit.builder().name(d.unit().name()).build();
        List<Project> projects = d.projects().stream()
                .filter(p -> p.target().isPresent() || p.evaluation().isPresent())
                .map(p -> Project.builder()
                        .from(p)
                        .target(p.target().map(TextRenderingProperties::comparable))
                        .evaluation(p.evaluation().map(TextRenderingProperties::comparable))
                        .build())
                .toList();
        List<Count> counts = d.counts().stream()
                .map(c -> new Count(c.label(), c.value(), OptionalInt.empty()))
                .toList();
        if (d instanceof BudgetDisclosure b) {
            return BudgetDisclosure.builder()
                    .from(b)
                    .unit(unit)
                    .tables(tables)
                    .projects(projects)
                    .counts(counts)
                    .build();
        }
        return FinalAccountsDisclosure.builder()
                .from((FinalAccountsDisclosure) d)
                .unit(unit)
                .tables(tables)
                .projects(projects)
                .counts(counts)
                .build();
    }

    static BudgetTable comparable(BudgetTable table) {
        List<Row> rows = new ArrayList<>(table.rows());
        rows.sort(
                Comparator.comparing(r -> r.section() == Section.INCOME || r.section() == Section.CARRY_OVER ? 0 : 1));
        return BudgetTable.builder()
                .from(table)
                .sourceLine(OptionalInt.empty())
                .rows(rows.stream()
                        .map(r -> Row.builder()
                                .from(r)
                                .sourceLine(OptionalInt.empty())
                                .build())
                        .toList())
                .build();
    }

    static PerformanceTarget comparable(PerformanceTarget target) {
        return PerformanceTarget.builder()
                .from(target)
                .sourceLine(OptionalInt.empty())
                .termIndicators(comparable(target.termIndicators()))
                .yearIndicators(comparable(target.yearIndicators()))
                .build();
    }

    private static IndicatorTree comparable(IndicatorTree tree) {
        return new IndicatorTree(tree.groups().stream()
                .map(g -> new IndicatorGroup(
                        g.category(),
                        g.kind(),
                        g.indicators().stream()
                                .map(i -> new Indicator(i.name(), i.value(), OptionalInt.empty()))
                                .toList(),
                        OptionalInt.empty()))
                .toList());
    }

    static SelfEvaluation comparable(SelfEvaluation evaluation) {
        return SelfEvaluation.builder()
                .from(evaluation)
                .sourceLine(OptionalInt.empty())
                .indicators(evaluation.indicators().stream()
                        .map(i -> new EvaluatedIndicator(
                                i.category(),
                                i.kind(),
                                i.categoryText(),
                                i.kindText(),
                                i.name(),
                                i.initialTarget(),
                                i.adjustedTarget(),
                                i.actual(),
                                i.weight(),
                                i.score(),
                                i.deviationReason(),
                                OptionalInt.empty()))
                        .toList())
                .build();
    }
}
