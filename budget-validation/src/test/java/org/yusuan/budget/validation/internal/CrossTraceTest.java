package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Tolerance;

/**
 * What a traced BUD-CROSS records where the summary table prints a code that the expenditure or
 * income table does not: the summary's cell = the zero that stands in for the code there, in the
 * other table's column. No finding names such a stand-in when the figures agree, so only the trace
 * tells which cell it recorded.
 */
class CrossTraceTest {
    private static final RuleContext CONTEXT =
            new RuleContext(Tolerance.roundingTails(), ClassificationCatalog.bundled());
    private static final RowKey EDUCATION = new RowKey.Functional(FunctionalCode.of("205"));
    private static final RowKey SCIENCE = new RowKey.Functional(FunctionalCode.of("206"));

    @Test
    void aCodeNotPrintedElsewhereIsRecordedAsTheZeroInTheOtherTablesColumn() {
        Disclosure d = BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                // 205 is printed with zeros in the summary only; 206 everywhere
                .putTables(
                        TableKind.BUDGET_SUMMARY,
                        table(
                                TableKind.BUDGET_SUMMARY,
                                Section.EXPENDITURE,
                                List.of(Column.TOTAL, Column.CURRENT_YEAR, Column.CARRY_OVER),
                                EDUCATION,
                                SCIENCE))
                .putTables(
                        TableKind.BUDGET_EXPENDITURE,
                        table(TableKind.BUDGET_EXPENDITURE, Section.MAIN, List.of(Column.TOTAL), SCIENCE))
                .putTables(
                        TableKind.BUDGET_INCOME,
                        table(TableKind.BUDGET_INCOME, Section.MAIN, List.of(Column.TOTAL, Column.CARRY_OVER), SCIENCE))
                .build();
        Rule cross = BuiltInRules.all().stream()
                .filter(r -> r.id().equals("BUD-CROSS"))
                .findFirst()
                .orElseThrow();
        DisclosureIndex.during(d, () -> {
            IdentityTrace trace = new IdentityTrace(d);
            assertThat(trace.record(() -> cross.check(d, CONTEXT))).isEmpty();
            TableIndex summary = DisclosureIndex.of(d)
                    .table(d.table(TableKind.BUDGET_SUMMARY).orElseThrow());
            int education = summary.rowOfCode(Section.EXPENDITURE, CodeIndex.number(FunctionalCode.of("205")));
            // summary TOTAL = expenditure TOTAL; CURRENT_YEAR = income TOTAL; CARRY_OVER = income CARRY_OVER
            assertThat(partsOf(trace, trace.place(summary, education, summary.column(Column.TOTAL))))
                    .containsExactly(trace.place(TableKind.BUDGET_EXPENDITURE, Section.MAIN, EDUCATION, Column.TOTAL));
            assertThat(partsOf(trace, trace.place(summary, education, summary.column(Column.CURRENT_YEAR))))
                    .containsExactly(trace.place(TableKind.BUDGET_INCOME, Section.MAIN, EDUCATION, Column.TOTAL));
            assertThat(partsOf(trace, trace.place(summary, education, summary.column(Column.CARRY_OVER))))
                    .containsExactly(trace.place(TableKind.BUDGET_INCOME, Section.MAIN, EDUCATION, Column.CARRY_OVER));
            // three places of the income table, not two: TOTAL and CARRY_OVER stand in apart
            assertThat(trace.place(TableKind.BUDGET_INCOME, Section.MAIN, EDUCATION, Column.TOTAL))
                    .isNotEqualTo(trace.place(TableKind.BUDGET_INCOME, Section.MAIN, EDUCATION, Column.CARRY_OVER))
                    .isNotEqualTo(trace.place(TableKind.BUDGET_INCOME, Section.MAIN, EDUCATION, Column.CURRENT_YEAR));
            return null;
        });
    }

    /** The parts of every recorded identity whose total is a place, in recorded order. */
    private static List<Integer> partsOf(IdentityTrace trace, int total) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.total(i) == total) {
                for (int j = trace.partsFrom(i); j < trace.partsTo(i); j++) {
                    parts.add(trace.part(j));
                }
            }
        }
        return parts;
    }

    private static BudgetTable table(TableKind kind, Section section, List<Column> columns, RowKey... codes) {
        var table = BudgetTable.builder()
                .kind(kind)
                .unit(AmountUnit.YUAN)
                .decimals(2)
                .addAllColumns(columns);
        for (RowKey code : codes) {
            var row = Row.builder().section(section).key(code).name("行");
            columns.forEach(c -> row.putCells(c, Amount.ZERO));
            table.addRows(row.build());
        }
        return table.build();
    }
}
