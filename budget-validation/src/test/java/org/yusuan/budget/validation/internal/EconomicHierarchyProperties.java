package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;

/**
 * The economic hierarchy reads the validation's index ({@link Tables#economicHierarchy}). Before,
 * it walked the table's rows, grouped them by their codes' parents and added up their cells; that
 * walk is kept here as the reference. For any table (classes with and without their sections,
 * sections without their class, a total line or none, codes in two sections, sums that hold or miss
 * by a few fen, cells missing) the findings and what a traced run records must be the same.
 */
class EconomicHierarchyProperties {
    private static final RuleContext CONTEXT =
            new RuleContext(Tolerance.roundingTails(), ClassificationCatalog.bundled());
    private static final List<Column> COLUMNS = List.of(Column.TOTAL, Column.BASIC, Column.PROJECT);

    @Property(tries = 300)
    void findsAndRecordsWhatTheRowWalkDid(
            @ForAll long seed, @ForAll @IntRange(max = 30) int codes, @ForAll boolean traced) {
        Random random = new Random(seed);
        org.yusuan.budget.core.table.ImmutableBudgetTable.Builder table = BudgetTable.builder()
                .kind(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL)
                .unit(AmountUnit.YUAN)
                .decimals(2)
                .addAllColumns(COLUMNS);
        for (Section section : List.of(Section.PERSONNEL, Section.PUBLIC)) {
            TreeSet<String> digits = new TreeSet<>();
            for (int i = 0; i < codes; i++) {
                String code = (random.nextBoolean() ? "30" : "50") + random.nextInt(3);
                digits.add(random.nextInt(3) == 0 ? code : code + "0" + random.nextInt(3));
            }
            List<String> order = new ArrayList<>(digits);
            if (random.nextInt(4) == 0) {
                Collections.shuffle(order, random);
            }
            if (random.nextInt(4) != 0) { // the total line, mostly first
                table.addRows(row(section, new RowKey.Fixed(totalLine(section)), random));
            }
            for (String code : order) {
                table.addRows(row(section, new RowKey.Economic(EconomicCode.of(code)), random));
            }
        }
        Disclosure d = FinalAccountsDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2024))
                .putTables(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, table.build())
                .build();
        IdentityTrace byIndex = traced ? new IdentityTrace(d) : null;
        IdentityTrace byRows = traced ? new IdentityTrace(d) : null;
        List<Finding> indexed = run(d, byIndex, c -> {
            for (Section section : List.of(Section.PERSONNEL, Section.PUBLIC)) {
                Tables.economicHierarchy(d, TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, section, totalLine(section), c);
            }
        });
        List<Finding> walked = run(d, byRows, c -> {
            for (Section section : List.of(Section.PERSONNEL, Section.PUBLIC)) {
                byRows(d, section, totalLine(section), c);
            }
        });
        assertThat(indexed).isEqualTo(walked);
        if (traced) {
            Traces.assertSameRecords(byIndex, byRows);
        }
        net.jqwik.api.statistics.Statistics.label("findings").collect(!walked.isEmpty());
    }

    private static Line totalLine(Section section) {
        return section == Section.PERSONNEL ? Line.PERSONNEL_TOTAL : Line.PUBLIC_TOTAL;
    }

    private static Row row(Section section, RowKey key, Random random) {
        // small amounts, so that sums hold now and then and miss by a few fen otherwise; a cell
        // left out now and then
        org.yusuan.budget.core.table.ImmutableRow.Builder row =
                Row.builder().section(section).key(key).name("行");
        for (Column column : COLUMNS) {
            if (random.nextInt(8) != 0) {
                row.putCells(column, Amount.ofFen(random.nextInt(3)));
            }
        }
        return row.build();
    }

    private static List<Finding> run(Disclosure d, IdentityTrace trace, java.util.function.Consumer<Checker> rule) {
        java.util.function.Supplier<List<Finding>> work = () -> DisclosureIndex.during(d, () -> {
            Checker c = new Checker("FIN-HIERARCHY", Severity.ERROR, CONTEXT);
            rule.accept(c);
            return List.copyOf(c.findings());
        });
        return trace == null ? work.get() : trace.record(work);
    }

    /** The economic hierarchy as it walked the rows before it read the index: the reference. */
    private static void byRows(Disclosure d, Section section, Line totalLine, Checker checker) {
        BudgetTable table = d.table(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL).orElseThrow();
        List<Row> coded = table.rows(section).stream()
                .filter(r -> r.key() instanceof RowKey.Economic)
                .toList();
        List<Row> classes = new ArrayList<>();
        Map<EconomicCode, List<Row>> byParent = new HashMap<>();
        for (Row row : coded) {
            ((RowKey.Economic) row.key())
                    .code()
                    .parent()
                    .ifPresent(parent -> byParent.computeIfAbsent(parent, k -> new ArrayList<>())
                            .add(row));
        }
        for (Row row : coded) {
            EconomicCode code = ((RowKey.Economic) row.key()).code();
            if (code.level() != CodeLevel.CLASS) {
                continue;
            }
            classes.add(row);
            List<Row> sections = byParent.getOrDefault(code, List.of());
            if (!sections.isEmpty()) {
                Tables.sumRowsInEveryColumn(table, row, sections, checker, "各款之和", "its sections");
            }
        }
        Optional<Row> total = table.row(section, new RowKey.Fixed(totalLine));
        total.ifPresent(totalRow -> Tables.sumRowsInEveryColumn(
                table, totalRow, classes.isEmpty() ? coded : classes, checker, "各类之和", "the classes"));
    }
}
