package org.yusuan.budget.validation.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;

/**
 * The rows of tables by section and key, built once for one rule's run: the same answers as {@link
 * BudgetTable#row(Section, RowKey)} (the first row of a section with the key), without scanning
 * every row for every lookup, which makes a cross-table rule quadratic in the rows.
 */
final class RowIndex {
    private record Place(Section section, RowKey key) {}

    private final Map<BudgetTable, Map<Place, Row>> tables = new IdentityHashMap<>();

    /** The first row of a section with the key, as {@link BudgetTable#row(Section, RowKey)}. */
    Optional<Row> row(BudgetTable table, Section section, RowKey key) {
        return Optional.ofNullable(
                tables.computeIfAbsent(table, RowIndex::index).get(new Place(section, key)));
    }

    private static Map<Place, Row> index(BudgetTable table) {
        Map<Place, Row> rows = new HashMap<>();
        for (Row row : table.rows()) {
            rows.putIfAbsent(new Place(row.section(), row.key()), row);
        }
        return rows;
    }
}
