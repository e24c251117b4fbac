package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
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
 * The functional hierarchy finds each row's ancestors by printed order when the codes are in tree
 * order; that must give what looking them up gives, finding for finding, whatever the table prints.
 */
class HierarchyOrderProperties {
    private static final RuleContext CONTEXT =
            new RuleContext(Tolerance.roundingTails(), org.yusuan.budget.core.code.ClassificationCatalog.bundled());

    /**
     * Tables of 类, 款 and 项 (some levels left out, so that a 项 may hang from its 类), in tree
     * order or shuffled, with a 合计 line, each cell the sum of its children or off by a few fen:
     * the same findings, in the same order, either way.
     */
    @Property(tries = 400)
    void byOrderFindsWhatLookingUpFinds(
            @ForAll long seed, @ForAll @IntRange(max = 40) int codes, @ForAll boolean shuffled) {
        Random random = new Random(seed);
        TreeSet<String> digits = new TreeSet<>();
        for (int i = 0; i < codes; i++) {
            String code = "20" + random.nextInt(3)
                    + (random.nextInt(4) == 0 ? "" : "0" + random.nextInt(3))
                    + (random.nextBoolean() ? "" : "0" + random.nextInt(3));
            digits.add(code.length() == 6 ? code.substring(0, 5) : code);
            if (random.nextInt(3) == 0) {
                digits.add(code.substring(0, 3)); // its 类 too, mostly
            }
        }
        List<String> order = new ArrayList<>(digits);
        if (shuffled) {
            Collections.shuffle(order, random);
        }
        org.yusuan.budget.core.table.ImmutableBudgetTable.Builder table = BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL, Column.BASIC, Column.PROJECT)
                .addRows(row(new RowKey.Fixed(Line.TOTAL), random));
        for (String code : order) {
            table.addRows(row(new RowKey.Functional(FunctionalCode.of(code)), random));
        }
        Disclosure d = BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, table.build())
                .build();
        List<Finding> byLookup = findings(d, false);
        assertThat(findings(d, true)).isEqualTo(byLookup);
        net.jqwik.api.statistics.Statistics.label("shuffled, findings").collect(shuffled, !byLookup.isEmpty());
    }

    /** Tree order is the order of the digits as text. */
    @Property(tries = 2000)
    void treeKeysOrderAsTheDigits(@ForAll("codes") String a, @ForAll("codes") String b) {
        int byKey = Integer.compare(
                Tables.treeKey(CodeIndexProperties.number(a)), Tables.treeKey(CodeIndexProperties.number(b)));
        assertThat(Integer.signum(byKey)).isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> codes() {
        return net.jqwik.api.Arbitraries.of(3, 5, 7)
                .flatMap(length ->
                        net.jqwik.api.Arbitraries.strings().withChars("0129").ofLength(length));
    }

    private static Row row(RowKey key, Random random) {
        // small amounts, so that sums hold now and then and miss by a few fen otherwise
        return Row.builder()
                .key(key)
                .name("行")
                .putCells(Column.TOTAL, Amount.ofFen(random.nextInt(3)))
                .putCells(Column.BASIC, Amount.ofFen(random.nextInt(2)))
                .putCells(Column.PROJECT, Amount.ofFen(random.nextInt(2)))
                .build();
    }

    private static List<Finding> findings(Disclosure d, boolean byOrder) {
        Checker checker = new Checker("BUD-HIERARCHY", Severity.ERROR, CONTEXT);
        DisclosureIndex.during(d, () -> {
            Tables.functionalHierarchy(d, TableKind.BUDGET_EXPENDITURE, Section.MAIN, checker, byOrder);
            return null;
        });
        return List.copyOf(checker.findings());
    }
}
