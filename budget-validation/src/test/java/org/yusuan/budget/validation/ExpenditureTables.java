package org.yusuan.budget.validation;

import java.time.Year;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ImmutableBudgetTable;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

/** The smallest expenditure table the validation tests build on: a TOTAL column and its 合计 line. */
public final class ExpenditureTables {
    private ExpenditureTables() {}

    /**
     * A builder of a 支出总表 in 元 with two decimals, one column (TOTAL) and its 合计 line, to which a
     * test adds its rows.
     *
     * @param total the 合计 line's TOTAL, in fen
     * @return the builder
     */
    public static ImmutableBudgetTable.Builder withTotal(long total) {
        return BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL)
                .addRows(Row.builder()
                        .key(new RowKey.Fixed(Line.TOTAL))
                        .name("合计")
                        .putCells(Column.TOTAL, Amount.ofFen(total))
                        .build());
    }

    /**
     * A budget disclosure of one 支出总表 in 元: its 合计 line, then one 类 for each amount (201
     * 一般公共服务支出, 205 教育支出, 206 科学技术支出, in that order), each with a TOTAL in fen.
     *
     * @param total the 合计 line's TOTAL, in fen
     * @param classes the classes' TOTALs, in fen (at most three)
     * @return the disclosure
     */
    public static Disclosure withClasses(long total, long... classes) {
        String[][] catalog = {{"201", "一般公共服务支出"}, {"205", "教育支出"}, {"206", "科学技术支出"}};
        var table = withTotal(total);
        for (int i = 0; i < classes.length; i++) {
            table.addRows(Row.builder()
                    .key(new RowKey.Functional(FunctionalCode.of(catalog[i][0])))
                    .name(catalog[i][1])
                    .putCells(Column.TOTAL, Amount.ofFen(classes[i]))
                    .build());
        }
        return BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, table.build())
                .build();
    }
}
