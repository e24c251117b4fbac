package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.validation.ExpenditureTables;

/** A validation's index of tables: one index a table object, found by kind first. */
class DisclosureIndexTest {
    private static BudgetTable table(long fen) {
        return ExpenditureTables.withTotal(fen).build();
    }

    @Test
    void aTableOfTheSameKindThatIsNotTheDisclosuresHasAnIndexOfItsOwn() {
        BudgetTable own = table(100);
        BudgetTable other = table(200);
        Disclosure d = BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, own)
                .build();
        DisclosureIndex.during(d, () -> {
            DisclosureIndex index = DisclosureIndex.of(d);
            TableIndex first = index.table(own);
            TableIndex second = index.table(other);
            assertThat(first.table()).isSameAs(own);
            assertThat(second.table()).isSameAs(other);
            assertThat(second.fen(0, Column.TOTAL)).isEqualTo(200L);
            // each asked again: the same index, not a new one, and not the other table's
            assertThat(index.table(own)).isSameAs(first);
            assertThat(index.table(other)).isSameAs(second);
            assertThat(DisclosureIndex.of(d)).isSameAs(index);
            return null;
        });
    }

    @Test
    void outsideAValidationEachAskMakesAnIndexOfItsOwn() {
        Disclosure d = BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, table(100))
                .build();
        assertThat(DisclosureIndex.of(d)).isNotSameAs(DisclosureIndex.of(d));
    }
}
