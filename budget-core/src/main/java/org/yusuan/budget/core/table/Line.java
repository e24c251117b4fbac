package org.yusuan.budget.core.table;

/** A fixed line of a table: a total or a carry-over line rather than a code or a project. */
public enum Line {
    /** 合计 / 部门合计: the total of a table's rows. */
    TOTAL("合计"),
    /** 本年收入合计. */
    INCOME_THIS_YEAR("本年收入合计"),
    /** 本年支出合计. */
    EXPENDITURE_THIS_YEAR("本年支出合计"),
    /** 上年结转 / 上年财政拨款结转: carried over from last year, on the income side. */
    CARRY_OVER_FROM_LAST_YEAR("上年结转"),
    /** 年终结转: carried over to next year, on the expenditure side of a budget. */
    YEAR_END_CARRY_OVER("年终结转"),
    /** 使用非财政拨款结余（和专用结余）. */
    NON_APPROPRIATION_BALANCE_USED("使用非财政拨款结余"),
    /** 年初结转和结余 / 年初财政拨款结转和结余. */
    OPENING_BALANCE("年初结转和结余"),
    /** 结余分配. */
    BALANCE_DISTRIBUTION("结余分配"),
    /** 年末结转和结余 / 年末财政拨款结转和结余. */
    CLOSING_BALANCE("年末结转和结余"),
    /** 收入总计 (总计 on the income side). */
    INCOME_GRAND_TOTAL("收入总计"),
    /** 支出总计 (总计 on the expenditure side). */
    EXPENDITURE_GRAND_TOTAL("支出总计"),
    /** 人员经费合计. */
    PERSONNEL_TOTAL("人员经费合计"),
    /** 公用经费合计. */
    PUBLIC_TOTAL("公用经费合计"),
    /** 政府采购 合计. */
    PROCUREMENT_TOTAL("政府采购合计"),
    /** 政府采购 货物. */
    PROCUREMENT_GOODS("货物"),
    /** 政府采购 工程. */
    PROCUREMENT_WORKS("工程"),
    /** 政府采购 服务. */
    PROCUREMENT_SERVICES("服务"),
    /** 机关运行经费 of administrative units. */
    AGENCY_COSTS_ADMINISTRATIVE("行政单位"),
    /** 机关运行经费 of units managed like the civil service (参公). */
    AGENCY_COSTS_CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位");

    private final String label;

    Line(String label) {
        this.label = label;
    }

    /** The usual Chinese wording. */
    public String label() {
        return label;
    }
}
