package org.yusuan.budget.core.table;

/**
 * The part of a table a row sits in. Most tables have one part ({@link #MAIN}); summary tables
 * print income and expenditure side by side, and the final basic-expenditure detail table prints
 * personnel and public blocks.
 */
public enum Section {
    /** The only part of a one-part table. */
    MAIN,
    /** 收入: the income side of a summary table. */
    INCOME,
    /** 支出: the expenditure side of a summary table. */
    EXPENDITURE,
    /** The carry-over by fund printed under the income side (上年财政拨款结转 / 年初财政拨款结转和结余). */
    CARRY_OVER,
    /** The closing balance by fund printed under the expenditure side (年末财政拨款结转和结余). */
    CLOSING_BALANCE,
    /** 人员经费: the personnel block of a basic-expenditure detail table. */
    PERSONNEL,
    /** 公用经费: the public block of a basic-expenditure detail table. */
    PUBLIC
}
