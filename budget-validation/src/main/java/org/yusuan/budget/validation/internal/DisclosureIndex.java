package org.yusuan.budget.validation.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.TableKind;

/**
 * What several built-in rules read from the tables of one disclosure, made once a validation
 * instead of once a rule: each table's {@link TableIndex} (its cells as fen, its rows' sections,
 * codes and names, its rows by key). The validator runs its rules {@linkplain #during
 * during} one index; a built-in rule run on its own ({@link org.yusuan.budget.validation.Rule#check})
 * makes an index of its own.
 *
 * <p>An index belongs to one thread's validation of one disclosure, and is dropped when the
 * validation ends: it holds a copy of every cell, which a batch of held disclosures must not keep.
 */
public final class DisclosureIndex {
    private static final ThreadLocal<DisclosureIndex> CURRENT = new ThreadLocal<>();

    private final Disclosure disclosure;
    // by kind, checked to be the same table object; other tables (a rule may be handed a table that
    // is not the disclosure's, never today) by the object
    private final TableIndex[] byKind = new TableIndex[TableKind.values().length];
    private Map<BudgetTable, TableIndex> others;

    private DisclosureIndex(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /**
     * Runs some work (the rules of a validation) with one index of a disclosure, which the built-in
     * rules of this thread share.
     *
     * @param disclosure the disclosure validated
     * @param work the rules to run
     * @param <T> what the work returns
     * @return what the work returned
     */
    public static <T> T during(Disclosure disclosure, Supplier<T> work) {
        return ThreadScope.with(CURRENT, new DisclosureIndex(disclosure), work);
    }

    /** The index of a disclosure: the validation's if it is running on this thread, else a new one. */
    static DisclosureIndex of(Disclosure disclosure) {
        DisclosureIndex current = CURRENT.get();
        return current != null && current.disclosure == disclosure ? current : new DisclosureIndex(disclosure);
    }

    /**
     * The index of the disclosure's table of a kind, or null if it has none or it is published
     * empty (a table with no rows, in which no cell is printed).
     */
    TableIndex printed(TableKind kind) {
        Optional<BudgetTable> table = disclosure.table(kind);
        return table.isEmpty() || table.get().publishedEmpty() ? null : table(table.get());
    }

    /** The index of a table, made when first asked for. */
    TableIndex table(BudgetTable table) {
        int kind = table.kind().ordinal();
        TableIndex index = byKind[kind];
        if (index != null && index.table() == table) {
            return index;
        }
        if (index == null) {
            index = new TableIndex(table);
            byKind[kind] = index;
            return index;
        }
        if (others == null) {
            others = new IdentityHashMap<>();
        }
        return others.computeIfAbsent(table, TableIndex::new);
    }
}
