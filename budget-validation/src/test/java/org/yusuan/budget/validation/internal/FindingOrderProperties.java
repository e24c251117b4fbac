package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;

/**
 * Reports and grouping sort findings with {@link FindingOrder}, which makes each finding's keys
 * once: it must order them exactly as {@link Finding#ORDER} does, ties kept in their order.
 */
class FindingOrderProperties {
    private static final List<RowKey> ROWS = List.of(
            new RowKey.Functional(FunctionalCode.of("208")),
            new RowKey.Functional(FunctionalCode.of("20801")),
            new RowKey.Functional(FunctionalCode.of("2080107")),
            new RowKey.Functional(FunctionalCode.of("210")),
            new RowKey.Fixed(Line.TOTAL),
            new RowKey.Fixed(Line.INCOME_GRAND_TOTAL),
            new RowKey.Fund(FundSource.GENERAL_PUBLIC_BUDGET),
            new RowKey.Project("项目甲"),
            new RowKey.Project("项目乙"));

    @Property(tries = 200)
    void sortsAsTheReportOrderDoesKeepingTies(@ForAll @IntRange(min = 0, max = 40) int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // few values of each key, some missing, so that findings tie on every key in turn
            Location at = new Location(
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(TableKind.values()[random.nextInt(3)]),
                    Optional.of(Section.MAIN),
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(ROWS.get(random.nextInt(ROWS.size()))),
                    Optional.empty(),
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(Column.values()[random.nextInt(3)]),
                    random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(3)));
            String rule = List.of("BUD-ROW-SUM", "BUD-CROSS").get(random.nextInt(2));
            String message = "m" + random.nextInt(2);
            findings.add(Finding.of(
                    rule,
                    Severity.values()[random.nextInt(Severity.values().length)],
                    at,
                    "中" + i, // apart from the keys, each finding differs: ties must keep their order
                    message));
        }
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Finding.ORDER);
        List<Finding> sorted = FindingOrder.sorted(findings);
        assertThat(sorted).hasSameSizeAs(expected);
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(sorted.get(i)).as("finding %d", i).isSameAs(expected.get(i));
        }
    }
}
