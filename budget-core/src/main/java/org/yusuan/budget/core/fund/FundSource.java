package org.yusuan.budget.core.fund;

import java.util.Optional;
import org.yusuan.budget.core.internal.Labels;

/**
 * 资金来源 / 收入类型: where the money of a budget or final account comes from.
 *
 * <p>The first three together are fiscal appropriation (财政拨款). A budget groups the unit's own
 * income as {@link #UNIT_FUNDS} (单位资金); final accounts split it into the revenue kinds
 * {@link #SUPERIOR_SUBSIDY} to {@link #OTHER_REVENUE}.
 */
public enum FundSource {
    /** 一般公共预算: the general public budget. */
    GENERAL_PUBLIC_BUDGET("一般公共预算"),
    /** 政府性基金预算: the government fund budget. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算"),
    /** 国有资本经营预算: the state capital operations budget. */
    STATE_CAPITAL_OPERATIONS_BUDGET("国有资本经营预算"),
    /** 财政专户管理资金: funds in a special fiscal account (education fees). */
    SPECIAL_FISCAL_ACCOUNT("财政专户管理资金"),
    /** 单位资金: the unit's own funds, as budgets group them. */
    UNIT_FUNDS("单位资金"),
    /** 上级补助收入: subsidies from the superior unit. */
    SUPERIOR_SUBSIDY("上级补助收入"),
    /** 事业收入: revenue from the institution's own activities. */
    INSTITUTION_REVENUE("事业收入"),
    /** 经营收入 (事业单位经营收入): business revenue of a public institution. */
    BUSINESS_REVENUE("经营收入"),
    /** 附属单位上缴收入: remittances from subsidiary units. */
    SUBSIDIARY_REMITTANCE("附属单位上缴收入"),
    /** 其他收入: other revenue. */
    OTHER_REVENUE("其他收入");

    private static final Labels<FundSource> LABELS = Labels.<FundSource>of("fund source")
            .add(GENERAL_PUBLIC_BUDGET, "一般公共预算", "一般公共预算财政拨款", "一般公共预算财政拨款收入", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算收入")
            .add(
                    GOVERNMENT_FUND_BUDGET,
                    "政府性基金预算",
                    "政府性基金",
                    "政府性基金收入预算",
                    "政府性基金预算收入",
                    "政府性基金预算财政拨款",
                    "政府性基金预算财政拨款收入",
                    "政府性基金预算拨款",
                    "政府性基金预算拨款收入")
            .add(
                    STATE_CAPITAL_OPERATIONS_BUDGET,
                    "国有资本经营预算",
                    "国有资本经营收入预算",
                    "国有资本经营预算收入",
                    "国有资本经营预算财政拨款",
                    "国有资本经营预算财政拨款收入",
                    "国有资本经营预算拨款",
                    "国有资本经营预算拨款收入")
            .add(SPECIAL_FISCAL_ACCOUNT, "财政专户管理资金", "财政专户管理资金收入")
            .add(UNIT_FUNDS, "单位资金")
            .add(SUPERIOR_SUBSIDY, "上级补助收入", "上级补助")
            .add(INSTITUTION_REVENUE, "事业收入")
            .add(BUSINESS_REVENUE, "经营收入", "事业单位经营收入")
            .add(SUBSIDIARY_REMITTANCE, "附属单位上缴收入")
            .add(OTHER_REVENUE, "其他收入");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** Whether this is fiscal appropriation (财政拨款): one of the three government budgets. */
    public boolean isFiscalAppropriation() {
        return ordinal() <= STATE_CAPITAL_OPERATIONS_BUDGET.ordinal();
    }

    /** Whether this is the unit's own money: {@link #UNIT_FUNDS} or one of its revenue kinds. */
    public boolean isUnitFunds() {
        return ordinal() >= UNIT_FUNDS.ordinal();
    }

    /**
     * The source a printed label names: the label, the variants seen in published documents
     * ({@code 一般公共预算财政拨款收入}, {@code 政府性基金}, {@code 国有资本经营 预算}, {@code 事业单位经营收入}),
     * with or without an ordinal ({@code 一、}), or the constant's name.
     *
     * @param text the label
     * @return the source, or empty if the label names none
     */
    public static Optional<FundSource> fromLabel(String text) {
        return LABELS.find(text);
    }

    /**
     * The source a printed label names, as {@link #fromLabel}.
     *
     * @param text the label
     * @return the source
     * @throws IllegalArgumentException quoting the text if it names no source
     */
    public static FundSource parse(String text) {
        return LABELS.parse(text);
    }
}
