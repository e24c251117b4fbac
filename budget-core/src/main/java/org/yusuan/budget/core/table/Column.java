package org.yusuan.budget.core.table;

/**
 * What a column of a published table means, whatever its printed header ({@code 合计}, {@code 小计},
 * {@code 金额}, {@code 2025年预算数} may all be {@link #TOTAL}).
 */
public enum Column {
    /** 合计 / 小计 / 金额 / 统计数: the total of the row. */
    TOTAL("合计"),
    /** 当年预算安排: this year's allocation. */
    CURRENT_YEAR("当年预算安排"),
    /** 上年结转 / 上年结转安排: carried over from last year. */
    CARRY_OVER("上年结转"),
    /** 一般公共预算. */
    GENERAL_PUBLIC_BUDGET("一般公共预算"),
    /** 政府性基金预算. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算"),
    /** 国有资本经营预算. */
    STATE_CAPITAL_OPERATIONS_BUDGET("国有资本经营预算"),
    /** 财政专户管理资金. */
    SPECIAL_FISCAL_ACCOUNT("财政专户管理资金"),
    /** 单位资金. */
    UNIT_FUNDS("单位资金"),
    /** 财政拨款收入: the three appropriations together (final accounts). */
    FISCAL_APPROPRIATION("财政拨款收入"),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入"),
    /** 事业收入. */
    INSTITUTION_REVENUE("事业收入"),
    /** 经营收入. */
    BUSINESS_REVENUE("经营收入"),
    /** 附属单位上缴收入. */
    SUBSIDIARY_REMITTANCE("附属单位上缴收入"),
    /** 其他收入. */
    OTHER_REVENUE("其他收入"),
    /** 基本支出. */
    BASIC("基本支出"),
    /** 项目支出. */
    PROJECT("项目支出"),
    /** 上缴上级支出. */
    PAYMENT_TO_SUPERIOR("上缴上级支出"),
    /** 经营支出. */
    BUSINESS_EXPENDITURE("经营支出"),
    /** 对附属单位补助支出. */
    SUBSIDY_TO_SUBSIDIARIES("对附属单位补助支出"),
    /** 人员经费. */
    PERSONNEL("人员经费"),
    /** 公用经费. */
    PUBLIC("公用经费"),
    /** 年初结转和结余. */
    OPENING_BALANCE("年初结转和结余"),
    /** 本年收入. */
    INCOME("本年收入"),
    /** 年末结转和结余. */
    CLOSING_BALANCE("年末结转和结余"),
    /** 预算数: the budget figure beside a final figure. */
    BUDGETED("预算数"),
    /** 决算数: the final-accounts figure. */
    ACTUAL("决算数");

    private final String label;

    Column(String label) {
        this.label = label;
    }

    /** The usual Chinese header. */
    public String label() {
        return label;
    }
}
