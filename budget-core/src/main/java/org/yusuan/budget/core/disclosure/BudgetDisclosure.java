package org.yusuan.budget.core.disclosure;

import java.time.Year;
import java.util.Map;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

/**
 * 部门/单位预算公开: a budget disclosure, published before the fiscal year. Holds only tables of that kind; each table is filed under its own kind.
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class BudgetDisclosure implements Disclosure {
    BudgetDisclosure() {}

    /** A builder; {@code unit} and {@code year} are required. */
    public static ImmutableBudgetDisclosure.Builder builder() {
        return ImmutableBudgetDisclosure.builder();
    }

    @Override
    public final DisclosureKind kind() {
        return DisclosureKind.BUDGET;
    }

    @Override
    public abstract BudgetUnit unit();

    @Override
    public abstract Year year();

    @Override
    public abstract Map<TableKind, BudgetTable> tables();

    @Value.Check
    void check() {
        TableChecks.check(DisclosureKind.BUDGET, tables());
    }
}
