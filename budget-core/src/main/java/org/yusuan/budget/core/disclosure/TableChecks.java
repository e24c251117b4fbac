package org.yusuan.budget.core.disclosure;

import java.util.Map;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;

/** The invariant both kinds of disclosure keep: tables of their kind, each filed under its own kind. */
final class TableChecks {
    private TableChecks() {}

    static void check(DisclosureKind kind, Map<TableKind, BudgetTable> tables) {
        for (Map.Entry<TableKind, BudgetTable> entry : tables.entrySet()) {
            if (entry.getKey() != entry.getValue().kind()) {
                throw new IllegalArgumentException("the table filed as " + entry.getKey() + " is a "
                        + entry.getValue().kind());
            }
            if (entry.getKey().disclosure() != kind) {
                throw new IllegalArgumentException("a " + kind + " disclosure cannot hold the table " + entry.getKey());
            }
        }
    }
}
