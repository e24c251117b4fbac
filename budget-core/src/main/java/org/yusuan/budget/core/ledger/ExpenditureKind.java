package org.yusuan.budget.core.ledger;

/** 支出类型: what a budget line pays for. */
public enum ExpenditureKind {
    /** 基本支出·人员经费: basic expenditure on personnel. */
    BASIC_PERSONNEL("人员经费"),
    /** 基本支出·公用经费: basic expenditure on operations. */
    BASIC_PUBLIC("公用经费"),
    /** 项目支出: project expenditure. */
    PROJECT("项目支出");

    private final String label;

    ExpenditureKind(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** Whether this is basic expenditure (人员经费 or 公用经费). */
    public boolean isBasic() {
        return this != PROJECT;
    }
}
