package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.validation.Validator;

/**
 * What a traced run records is what {@link RootCauses} follows a value through, and most of it is
 * recorded from the validation's index without making a cell. Every identity recorded must hold
 * exactly in the disclosure, at the cells its places number, and each part's "not zero" must be
 * its cell's.
 */
class IdentityTraceProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();
    private static final RuleContext CONTEXT = new RuleContext(Tolerance.roundingTails(), CATALOG);
    private static final List<FunctionalCode> ITEMS = CATALOG.functionalEntries().stream()
            .filter(e -> e.level() == CodeLevel.ITEM)
            .map(CatalogEntry::code)
            .toList();
    private static final List<EconomicCode> SECTIONS = CATALOG.economicEntries(EconomicSystem.DEPARTMENT).stream()
            .map(CatalogEntry::code)
            .filter(c -> c.level() == CodeLevel.SECTION)
            .toList();

    @Property(tries = 60)
    void everyIdentityRecordedHoldsAtTheCellsItsPlacesNumber(
            @ForAll @IntRange(min = 1, max = 30) int lines, @ForAll long seed, @ForAll RoundingPolicy policy) {
        Disclosure d = ledger(new Random(seed), lines).compile(policy, CATALOG);
        List<Rule> rules = Validator.builtInRules();
        IdentityTrace trace = DisclosureIndex.during(d, () -> {
            IdentityTrace t = new IdentityTrace(d);
            t.record(() -> {
                rules.forEach(rule -> rule.check(d, CONTEXT));
                return null;
            });
            return t;
        });
        // the printed cells by place: the tables in the disclosure's order, each table's rows in
        // printed order, each row's cells in the table's columns (a row without a cell there too)
        List<Amount> printed = new ArrayList<>();
        for (BudgetTable table : d.tables().values()) {
            for (var row : table.rows()) {
                for (Column column : table.columns()) {
                    printed.add(row.cells().get(column));
                }
            }
        }
        assertThat(trace.size()).isPositive();
        for (int i = 0; i < trace.size(); i++) {
            long total = fen(printed, trace.total(i));
            long sum = 0L;
            for (int j = trace.partsFrom(i); j < trace.partsTo(i); j++) {
                long part = fen(printed, trace.part(j));
                assertThat(trace.nonzero(j)).as("part %d of identity %d", j, i).isEqualTo(part != 0L);
                sum = Math.addExact(sum, part);
            }
            assertThat(trace.partsTo(i)).as("identity %d has parts", i).isGreaterThan(trace.partsFrom(i));
            assertThat(sum).as("identity %d", i).isEqualTo(total);
        }
    }

    /**
     * A rule that compares a code's row with another table where that table does not print the code
     * records the zero standing in for it by table, section, key and column: the place must be the
     * one a stand-in row's cell gets (and, for a printed row, its printed cell's), whichever of the
     * two meets it first.
     */
    @Property(tries = 40)
    void aPlaceNamedByKeyIsTheOneItsCellGets(
            @ForAll @IntRange(min = 1, max = 30) int lines, @ForAll long seed, @ForAll boolean byKeyFirst) {
        Random random = new Random(seed);
        Disclosure d = ledger(random, lines).compile(RoundingPolicy.INDEPENDENT, CATALOG);
        DisclosureIndex.during(d, () -> {
            IdentityTrace trace = new IdentityTrace(d);
            for (BudgetTable table : d.tables().values()) {
                List<RowKey> keys = new ArrayList<>();
                table.rows().forEach(row -> keys.add(row.key()));
                for (int k = 0; k < 5; k++) { // codes the table may not print
                    keys.add(new RowKey.Functional(ITEMS.get(random.nextInt(ITEMS.size()))));
                }
                for (RowKey key : keys) {
                    Section section = table.rows().stream()
                            .filter(r -> r.key().equals(key))
                            .map(Row::section)
                            .findFirst()
                            .orElse(Section.MAIN);
                    Row row = table.row(section, key)
                            .orElseGet(() -> Row.builder()
                                    .section(section)
                                    .key(key)
                                    .putCells(Column.TOTAL, Amount.ZERO)
                                    .build());
                    Column column = Column.values()[random.nextInt(Column.values().length)];
                    Cell cell = new Cell(table, row, column, Amount.ZERO);
                    int byKey = -1;
                    if (byKeyFirst) {
                        byKey = trace.place(table.kind(), section, key, column);
                    }
                    trace.exact(cell, List.of(cell));
                    int byCell = trace.total(trace.size() - 1);
                    if (!byKeyFirst) {
                        byKey = trace.place(table.kind(), section, key, column);
                    }
                    assertThat(byKey)
                            .as("%s %s %s %s", table.kind(), section, key, column)
                            .isEqualTo(byCell);
                }
            }
            return null;
        });
    }

    /** A printed cell's fen; a place beyond the printed rows is a stand-in for a row not printed: zero. */
    private static long fen(List<Amount> printed, int place) {
        if (place >= printed.size()) {
            return 0L;
        }
        Amount cell = printed.get(place);
        assertThat(cell).as("a cell at place %d", place).isNotNull();
        return cell.fen();
    }

    static Ledger ledger(Random random, int count) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ExpenditureKind kind = ExpenditureKind.values()[random.nextInt(3)];
            FundSource fund =
                    random.nextInt(4) == 0 ? FundSource.GOVERNMENT_FUND_BUDGET : FundSource.GENERAL_PUBLIC_BUDGET;
            // amounts of whole 万元 now and then, so that some cells are zero after rounding and
            // some sums hold exactly whichever way they are rounded
            long fen = random.nextInt(3) == 0 ? random.nextInt(5) * 1_000_000L : random.nextInt(500_000_000);
            var line = BudgetLine.builder()
                    .functional(ITEMS.get(random.nextInt(ITEMS.size())))
                    .economic(SECTIONS.get(random.nextInt(SECTIONS.size())))
                    .fund(fund)
                    .kind(kind)
                    .origin(random.nextInt(5) == 0 ? Origin.CARRY_OVER : Origin.CURRENT_YEAR)
                    .amount(Amount.ofFen(fen));
            if (kind == ExpenditureKind.PROJECT) {
                line.project("项目" + random.nextInt(4));
            }
            lines.add(line.build());
        }
        return Ledger.builder()
                .unit(BudgetUnit.builder()
                        .name("山西省社会保险局")
                        .type(UnitType.values()[random.nextInt(UnitType.values().length)])
                        .level(GovernmentLevel.PROVINCIAL)
                        .build())
                .year(Year.of(2025))
                .lines(lines)
                .build();
    }
}
