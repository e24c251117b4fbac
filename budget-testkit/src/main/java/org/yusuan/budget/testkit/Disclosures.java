package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/** Changes to disclosures for tests: a corrupted cell, to see that a check finds it. */
public final class Disclosures {
    private Disclosures() {}

    /**
     * The disclosure with one cell set to another amount, everything else unchanged.
     *
     * @param disclosure the disclosure
     * @param kind the table
     * @param section the row's section
     * @param key the row's key
     * @param column the column
     * @param amount the new amount, exact at the table's precision
     * @return the changed disclosure
     * @throws IllegalArgumentException if the table, row or cell does not exist
     */
    public static Disclosure withCell(
            Disclosure disclosure, TableKind kind, Section section, RowKey key, Column column, Amount amount) {
        BudgetTable table = disclosure.table(kind).orElseThrow(() -> new IllegalArgumentException("no table " + kind));
        List<Row> rows = new ArrayList<>();
        boolean found = false;
        for (Row row : table.rows()) {
            if (row.section() == section && row.key().equals(key)) {
                if (row.cell(column).isEmpty()) {
                    throw new IllegalArgumentException("the row " + key + " of " + kind + " has no cell in " + column);
                }
                Map<Column, Amount> cells = new EnumMap<>(row.cells());
                cells.put(column, amount);
                rows.add(Row.builder().from(row).cells(cells).build());
                found = true;
            } else {
                rows.add(row);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no row " + section + " " + key + " in " + kind);
        }
        BudgetTable changed = BudgetTable.builder().from(table).rows(rows).build();
        Map<TableKind, BudgetTable> tables = new EnumMap<>(disclosure.tables());
        tables.put(kind, changed);
        if (disclosure instanceof BudgetDisclosure b) {
            return BudgetDisclosure.builder().from(b).tables(tables).build();
        }
        return FinalAccountsDisclosure.builder()
                .from((FinalAccountsDisclosure) disclosure)
                .tables(tables)
                .build();
    }
}
