package org.yusuan.budget.core.code;

/** The three classifications a {@link ClassificationCatalog} holds. */
public enum Classification {
    /** 支出功能分类: the functional classification of expenditure (类/款/项). */
    FUNCTIONAL("支出功能分类"),
    /** 部门预算支出经济分类: the department economic classification (3xx). */
    DEPARTMENT_ECONOMIC("部门预算支出经济分类"),
    /** 政府预算支出经济分类: the government economic classification (5xx). */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }

    /** The classification an economic system's codes belong to. */
    public static Classification of(EconomicSystem system) {
        return system == EconomicSystem.DEPARTMENT ? DEPARTMENT_ECONOMIC : GOVERNMENT_ECONOMIC;
    }
}
