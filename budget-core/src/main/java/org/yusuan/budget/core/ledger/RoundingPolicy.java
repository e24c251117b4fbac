package org.yusuan.budget.core.ledger;

/** How a ledger's exact amounts become the rounded cells of published tables (万元, 2 decimals). */
public enum RoundingPolicy {
    /**
     * Each cell is its exact sum rounded on its own (half up), as real publishers do: every cell is
     * within half a unit in the last place of the exact value, and totals may differ from the sum
     * of their rounded parts by a rounding tail (尾差).
     */
    INDEPENDENT,
    /**
     * Each line is rounded first and every cell is a sum of rounded lines: every identity between
     * the tables holds exactly, with no rounding tail.
     */
    TAIL_FREE
}
