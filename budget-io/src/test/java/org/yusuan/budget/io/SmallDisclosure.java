package org.yusuan.budget.io;

import java.time.Year;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;

/** A one-table, one-row budget disclosure (a line of seed 000's 表二) that the codec tests share. */
public final class SmallDisclosure {
    private SmallDisclosure() {}

    /** 预算支出总表 with the row 2080107 社会保险业务管理事务 (446.71 = 0 + 446.71 万元). */
    public static BudgetTable table() {
        return BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL, Column.BASIC, Column.PROJECT)
                .addRows(Row.builder()
                        .key(new RowKey.Functional(FunctionalCode.of("2080107")))
                        .name("社会保险业务管理事务")
                        .sourceLine(111)
                        .putCells(Column.TOTAL, Amount.parse("446.71", AmountUnit.WAN_YUAN))
                        .putCells(Column.BASIC, Amount.ZERO)
                        .putCells(Column.PROJECT, Amount.parse("446.71", AmountUnit.WAN_YUAN))
                        .build())
                .build();
    }

    /** The 2025 budget of 山西省工伤保险管理服务中心 holding only {@link #table()}. */
    public static Disclosure disclosure() {
        BudgetTable table = table();
        return BudgetDisclosure.builder()
                .unit(BudgetUnit.builder()
                        .name("山西省工伤保险管理服务中心")
                        .type(UnitType.PUBLIC_INSTITUTION)
                        .build())
                .year(Year.of(2025))
                .putTables(table.kind(), table)
                .build();
    }
}
