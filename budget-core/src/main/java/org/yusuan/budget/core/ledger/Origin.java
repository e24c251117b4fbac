package org.yusuan.budget.core.ledger;

/** Where the money of a budget line comes from in time. */
public enum Origin {
    /** 当年预算安排: this year's allocation. */
    CURRENT_YEAR("当年预算安排"),
    /** 上年结转: carried over from last year, still for its original purpose. */
    CARRY_OVER("上年结转");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
