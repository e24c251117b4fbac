package org.yusuan.budget.core.table;

/**
 * Which published table a {@link BudgetTable} is: the meaning, whatever a region's print layout
 * or numbering ({@code 预算公开表1}, {@code 公开01表}, or none).
 */
public enum TableKind {
    /** 预算收支总表: income by source and expenditure by functional class, with the totals lines. */
    BUDGET_SUMMARY(DisclosureKind.BUDGET, "预算收支总表"),
    /** 预算收入总表: income per functional code by source, and carry-over. */
    BUDGET_INCOME(DisclosureKind.BUDGET, "预算收入总表"),
    /** 预算支出总表: expenditure per functional code, basic and project. */
    BUDGET_EXPENDITURE(DisclosureKind.BUDGET, "预算支出总表"),
    /** 财政拨款收支总表: appropriation income and spending by functional class and fund. */
    APPROPRIATION_SUMMARY(DisclosureKind.BUDGET, "财政拨款收支总表"),
    /** 一般公共预算支出预算表（不含上年结转）: general budget expenditure per functional code. */
    GENERAL_BUDGET_EXPENDITURE(DisclosureKind.BUDGET, "一般公共预算支出预算表"),
    /** 一般公共预算基本支出分经济科目表: basic expenditure per economic code, personnel and public. */
    BASIC_EXPENDITURE_BY_ECONOMIC(DisclosureKind.BUDGET, "一般公共预算基本支出分经济科目表"),
    /** 政府性基金预算收入表. */
    GOVERNMENT_FUND_INCOME(DisclosureKind.BUDGET, "政府性基金预算收入表"),
    /** 政府性基金预算支出表. */
    GOVERNMENT_FUND_EXPENDITURE(DisclosureKind.BUDGET, "政府性基金预算支出表"),
    /** 国有资本经营预算收支预算表. */
    STATE_CAPITAL(DisclosureKind.BUDGET, "国有资本经营预算收支预算表"),
    /** 财政拨款安排"三公"经费支出预算表. */
    THREE_PUBLIC_EXPENSES(DisclosureKind.BUDGET, "“三公”经费支出预算表"),
    /** 财政拨款安排机关运行经费预算表. */
    AGENCY_OPERATING_COSTS(DisclosureKind.BUDGET, "机关运行经费预算表"),
    /** 项目支出预算表（本年预算）: projects of this year, by source. */
    PROJECT_EXPENDITURE(DisclosureKind.BUDGET, "项目支出预算表（本年预算）"),
    /** 项目支出预算表（上年结转）: projects carried over from last year, by source. */
    CARRY_OVER_PROJECT_EXPENDITURE(DisclosureKind.BUDGET, "项目支出预算表（上年结转）"),

    /** 收入支出决算总表 (公开01表). */
    FINAL_SUMMARY(DisclosureKind.FINAL_ACCOUNTS, "收入支出决算总表"),
    /** 收入决算表 (公开02表). */
    FINAL_INCOME(DisclosureKind.FINAL_ACCOUNTS, "收入决算表"),
    /** 支出决算表 (公开03表). */
    FINAL_EXPENDITURE(DisclosureKind.FINAL_ACCOUNTS, "支出决算表"),
    /** 财政拨款收入支出决算总表 (公开04表). */
    FINAL_APPROPRIATION_SUMMARY(DisclosureKind.FINAL_ACCOUNTS, "财政拨款收入支出决算总表"),
    /** 一般公共预算财政拨款支出决算表 (公开05表). */
    FINAL_GENERAL_BUDGET_EXPENDITURE(DisclosureKind.FINAL_ACCOUNTS, "一般公共预算财政拨款支出决算表"),
    /** 一般公共预算财政拨款基本支出决算明细表 (公开06表): economic codes in personnel and public blocks. */
    FINAL_BASIC_EXPENDITURE_DETAIL(DisclosureKind.FINAL_ACCOUNTS, "一般公共预算财政拨款基本支出决算明细表"),
    /** 政府性基金预算财政拨款收入支出决算表 (公开07表). */
    FINAL_GOVERNMENT_FUND(DisclosureKind.FINAL_ACCOUNTS, "政府性基金预算财政拨款收入支出决算表"),
    /** 国有资本经营预算财政拨款支出决算表 (公开08表). */
    FINAL_STATE_CAPITAL(DisclosureKind.FINAL_ACCOUNTS, "国有资本经营预算财政拨款支出决算表"),
    /** 财政拨款"三公"经费支出决算表 (公开09表): budget and final amounts per item. */
    FINAL_THREE_PUBLIC_EXPENSES(DisclosureKind.FINAL_ACCOUNTS, "财政拨款“三公”经费支出决算表"),
    /** 部门决算公开相关信息统计表 (公开10表): procurement and agency operating costs (vehicles go to the asset facts). */
    FINAL_INFORMATION(DisclosureKind.FINAL_ACCOUNTS, "部门决算公开相关信息统计表");

    private final DisclosureKind disclosure;
    private final String title;

    TableKind(DisclosureKind disclosure, String title) {
        this.disclosure = disclosure;
        this.title = title;
    }

    /** The kind of disclosure the table belongs to. */
    public DisclosureKind disclosure() {
        return disclosure;
    }

    /** The table's usual Chinese title, without year or number. */
    public String title() {
        return title;
    }
}
