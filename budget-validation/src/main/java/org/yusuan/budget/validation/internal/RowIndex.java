package org.yusuan.budget.validation.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
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
    private final Map<BudgetTable, Map<Section, Map<RowKey, Row>>> tables = new IdentityHashMap<>();

    /** The first row of a section with the key, as {@link BudgetTable#row(Section, RowKey)}. */
    Optional<Row> row(BudgetTable table, Section section, RowKey key) {
        return Optional.ofNullable(rows(table, section).get(key));
    }

    /**
     * The rows of a section by key (the first row of each key), for a caller that looks up many
     * keys in one section: a map by section, then by key, so a lookup makes no object of its own.
     */
    Map<RowKey, Row> rows(BudgetTable table, Section section) {
        return tables.computeIfAbsent(table, RowIndex::index).getOrDefault(section, Map.of());
    }

    /** Sized for all the table's rows in each section: most tables have one section. */
    private static Map<Section, Map<RowKey, Row>> index(BudgetTable table) {
        Map<Section, Map<RowKey, Row>> sections = new EnumMap<>(Section.class);
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            sections.computeIfAbsent(row.section(), s -> new HashMap<>(rows.size() * 4 / 3 + 1))
                    .putIfAbsent(row.key(), row);
        }
        return sections;
    }
}
