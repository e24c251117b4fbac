package org.yusuan.budget.core.code;

/**
 * The two parallel systems of the economic classification of expenditure (支出经济分类科目).
 */
public enum EconomicSystem {
    /** 部门预算支出经济分类: department economic classification, codes 3xx ({@code 30101} 基本工资). */
    DEPARTMENT("部门预算支出经济分类", '3'),
    /** 政府预算支出经济分类: government economic classification, codes 5xx ({@code 50101} 工资奖金津补贴). */
    GOVERNMENT("政府预算支出经济分类", '5');

    private final String label;
    private final char leadingDigit;

    EconomicSystem(String label, char leadingDigit) {
        this.label = label;
        this.leadingDigit = leadingDigit;
    }

    /** The Chinese name of the system. */
    public String label() {
        return label;
    }

    /** The first digit of every code of this system: {@code 3} or {@code 5}. */
    public char leadingDigit() {
        return leadingDigit;
    }
}
