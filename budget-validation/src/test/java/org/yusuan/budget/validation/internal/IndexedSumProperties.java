package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.ExpenditureTables;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;

/**
 * The rules that check an identity over the validation's index ({@link IndexedSum}) replaced ones
 * that made an {@code Optional<Cell>} of each cell and passed the present ones to {@link
 * Checker#sum}: for any total and parts, printed or missing, equal or not, the findings and what a
 * traced run records must be the same both ways.
 */
class IndexedSumProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();
    private static final RuleContext CONTEXT = new RuleContext(Tolerance.roundingTails(), CATALOG);

    /** A cell named as a rule names it: a table's index (null: none), a row (-1: none), a column. */
    private record Named(TableIndex table, int row, Column column) {
        Optional<Cell> cell() {
            return table == null || row < 0
                    ? Optional.empty()
                    : Cell.of(table.table(), table.rows().get(row), column);
        }
    }

    @Property(tries = 60)
    void findsAndRecordsWhatTheCheckerFindsAndRecordsFromCells(
            @ForAll @IntRange(min = 1, max = 20) int lines,
            @ForAll long seed,
            @ForAll RoundingPolicy policy,
            @ForAll boolean traced) {
        Random random = new Random(seed);
        Disclosure d = IdentityTraceProperties.ledger(random, lines).compile(policy, CATALOG);
        DisclosureIndex.during(d, () -> {
            List<TableIndex> tables = new ArrayList<>();
            for (BudgetTable t : d.tables().values()) {
                tables.add(DisclosureIndex.of(d).table(t));
            }
            List<List<Named>> identities = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                List<Named> identity = new ArrayList<>();
                Named total = named(random, tables);
                identity.add(total);
                int parts = 1 + random.nextInt(4);
                for (int p = 0; p < parts; p++) {
                    // now and then the total itself, so that some identities hold
                    identity.add(random.nextInt(3) == 0 ? total : named(random, tables));
                }
                identities.add(identity);
            }
            IdentityTrace byIndex = traced ? new IdentityTrace(d) : null;
            IdentityTrace byCells = traced ? new IdentityTrace(d) : null;
            List<Finding> indexed = run(byIndex, () -> {
                Checker c = new Checker("BUD-CROSS", Severity.ERROR, CONTEXT);
                for (List<Named> identity : identities) {
                    IndexedSum sum = c.identity();
                    Named total = identity.get(0);
                    sum.total(total.table(), total.row(), total.column());
                    for (Named part : identity.subList(1, identity.size())) {
                        sum.part(part.table(), part.row(), part.column());
                    }
                    sum.check("合计", "total");
                }
                return c.findings();
            });
            List<Finding> fromCells = run(byCells, () -> {
                Checker c = new Checker("BUD-CROSS", Severity.ERROR, CONTEXT);
                for (List<Named> identity : identities) {
                    Optional<Cell> total = identity.get(0).cell();
                    List<Cell> parts = new ArrayList<>();
                    identity.subList(1, identity.size()).forEach(p -> p.cell().ifPresent(parts::add));
                    total.ifPresent(t -> c.sum(t, parts, "合计", "total"));
                }
                return c.findings();
            });
            assertThat(indexed).isEqualTo(fromCells);
            if (traced) {
                Traces.assertSameRecords(byIndex, byCells);
            }
            return null;
        });
    }

    /**
     * Parts whose sum runs beyond a {@code long} go to the checker, which adds them exactly: two
     * classes of nearly {@link Long#MAX_VALUE} fen each wrap, added as longs, to the very total
     * printed, but their sum is no amount and the identity does not hold; three that pass the range
     * on the way and come back to the total do hold.
     */
    @Example
    void partsBeyondALongAreAddedExactly() {
        long big = Long.MAX_VALUE - 5;
        assertThat(byIndex(-12, big, big)).isEqualTo(fromCells(-12, big, big)).hasSize(1);
        assertThat(byIndex(big, big, big, -big))
                .isEqualTo(fromCells(big, big, big, -big))
                .isEmpty();
    }

    private static List<Finding> byIndex(long total, long... classes) {
        Disclosure d = ExpenditureTables.withClasses(total, classes);
        return DisclosureIndex.during(d, () -> {
            TableIndex t = DisclosureIndex.of(d)
                    .table(d.table(TableKind.BUDGET_EXPENDITURE).orElseThrow());
            Checker c = new Checker("BUD-HIERARCHY", Severity.ERROR, CONTEXT);
            IndexedSum sum = c.identity().total(t, 0, Column.TOTAL);
            for (int i = 1; i <= classes.length; i++) {
                sum.part(t, i, Column.TOTAL);
            }
            sum.check("合计", "total");
            return c.findings();
        });
    }

    private static List<Finding> fromCells(long total, long... classes) {
        BudgetTable t = ExpenditureTables.withClasses(total, classes)
                .table(TableKind.BUDGET_EXPENDITURE)
                .orElseThrow();
        Checker c = new Checker("BUD-HIERARCHY", Severity.ERROR, CONTEXT);
        List<Cell> parts = new ArrayList<>();
        for (int i = 1; i <= classes.length; i++) {
            parts.add(Cell.of(t, t.rows().get(i), Column.TOTAL).orElseThrow());
        }
        c.sum(Cell.of(t, t.rows().get(0), Column.TOTAL).orElseThrow(), parts, "合计", "total");
        return c.findings();
    }

    private static List<Finding> run(IdentityTrace trace, java.util.function.Supplier<List<Finding>> work) {
        return trace == null ? work.get() : trace.record(work);
    }

    /** A cell of one of the tables, or a missing table or row now and then. */
    private static Named named(Random random, List<TableIndex> tables) {
        TableIndex table = random.nextInt(10) == 0 ? null : tables.get(random.nextInt(tables.size()));
        int row = table == null || table.rows().isEmpty() || random.nextInt(10) == 0
                ? -1
                : random.nextInt(table.rows().size());
        // mostly a column of the table, now and then one it may lack
        Column column = table != null && table.width() > 0 && random.nextInt(5) != 0
                ? table.columns()[random.nextInt(table.width())]
                : Column.values()[random.nextInt(Column.values().length)];
        return new Named(table, row, column);
    }
}
