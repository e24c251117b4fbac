package org.yusuan.budget.core.table;

/** The two kinds of disclosure a table can belong to. */
public enum DisclosureKind {
    /** 预算公开: a budget disclosure, published before the fiscal year. */
    BUDGET("预算公开"),
    /** 决算公开: a final-accounts disclosure, published after it. */
    FINAL_ACCOUNTS("决算公开");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }
}
