package org.yusuan.budget.core.disclosure;

import java.util.Objects;
import java.util.OptionalInt;
import org.yusuan.budget.core.table.CellRef;

/**
 * An item the narrative (情况说明) names as part of an amount without a figure of its own: each name
 * of a list such as {@code 人员经费…主要包括：基本工资、津贴补贴、…} that is exactly an economic item,
 * with the table cell that item is printed in, so that a name the table leaves blank can be found.
 *
 * @param name the item's name as printed ({@code 个人农业生产补贴})
 * @param quote the words it was read from (the list's amount and the name)
 * @param sourceLine the line the name is printed on, when imported
 * @param cell the table cell of the item
 */
public record NarrativeItem(String name, String quote, OptionalInt sourceLine, CellRef cell) {
    /** Checks nothing is missing. */
    public NarrativeItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(cell, "cell");
    }
}
