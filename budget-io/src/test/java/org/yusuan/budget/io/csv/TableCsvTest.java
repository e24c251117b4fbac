package org.yusuan.budget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;

class TableCsvTest {
    private static BudgetTable table() {
        return BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL, Column.BASIC, Column.PROJECT)
                .addRows(Row.builder()
                        .key(new RowKey.Functional(FunctionalCode.of("2080107")))
                        .name("社会保险业务管理事务")
                        .sourceLine(111)
                        .putCells(Column.TOTAL, Amount.parse("1,446.71", AmountUnit.WAN_YUAN))
                        .putCells(Column.BASIC, Amount.ZERO)
                        .putCells(Column.PROJECT, Amount.parse("1446.71", AmountUnit.WAN_YUAN))
                        .build())
                .addRows(Row.builder()
                        .key(new RowKey.Project("=SUM(A1:A9)"))
                        .name("=SUM(A1:A9)")
                        .putCells(Column.TOTAL, Amount.parse("-0.01", AmountUnit.WAN_YUAN))
                        .build())
                .build();
    }

    @Test
    void writesChineseHeadersAndReadsBackTheSameTable() {
        String csv = TableCsv.write(table());
        assertThat(csv).startsWith("区域,行键,项目,政府经济科目,行次,来源行,合计,基本支出,项目支出\r\n");
        assertThat(csv).contains("MAIN,functional:2080107,社会保险业务管理事务,,,111,1446.71,0.00,1446.71");
        assertThat(TableCsv.read(csv, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .isEqualTo(table());
    }

    @Test
    void protectsCellsASpreadsheetWouldRun() {
        String csv = TableCsv.write(table());
        assertThat(csv).contains(",'=SUM(A1:A9),").doesNotContain(",=SUM");
        assertThat(csv).contains(",-0.01"); // numbers stay numbers
    }

    @Test
    void writesUtf8WithAByteOrderMarkAndReadsGb18030Too() {
        byte[] bytes = TableCsv.writeBytes(table());
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(TableCsv.read(bytes, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .isEqualTo(table());
        byte[] gb = TableCsv.write(table()).getBytes(Charset.forName("GB18030"));
        assertThat(TableCsv.read(gb, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .isEqualTo(table());
        assertThat(TableCsv.read(
                        gb,
                        org.yusuan.budget.io.text.TextEncoding.GB18030,
                        TableKind.BUDGET_EXPENDITURE,
                        AmountUnit.WAN_YUAN,
                        2,
                        "t.csv"))
                .isEqualTo(table());
    }

    @Test
    void reportsBadCellsWithLineAndField() {
        String csv = TableCsv.write(table()).replace("0.00,1446.71", "0.0x,1446.71");
        assertThatThrownBy(() -> TableCsv.read(csv, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .isInstanceOf(BudgetFormatException.class)
                .satisfies(e -> {
                    BudgetFormatException b = (BudgetFormatException) e;
                    assertThat(b.line()).isEqualTo(2);
                    assertThat(b.column()).isEqualTo(8);
                });
        assertThatThrownBy(
                        () -> TableCsv.read("a,b\r\n", TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .hasMessageContaining("header");
        String finer = TableCsv.write(table()).replace("0.00,1446.71", "0.001,1446.71");
        assertThatThrownBy(() -> TableCsv.read(finer, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .isInstanceOf(BudgetFormatException.class);
        String unknown = TableCsv.write(table()).replace("项目支出\r\n", "利润\r\n");
        assertThatThrownBy(() -> TableCsv.read(unknown, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "t.csv"))
                .hasMessageContaining("利润");
    }

    @Test
    void factsRoundTripWithADataPackage() {
        Disclosure d = org.yusuan.budget.core.disclosure.BudgetDisclosure.builder()
                .unit(org.yusuan.budget.core.unit.BudgetUnit.builder()
                        .name("测试")
                        .build())
                .year(java.time.Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, table())
                .build();
        List<Fact> facts = FactCsv.facts(d);
        assertThat(facts).hasSize(4);
        byte[] bytes = FactCsv.writeBytes(d);
        assertThat(FactCsv.read(bytes, "facts.csv")).isEqualTo(facts);
        String descriptor = FactCsv.datapackage("seed-000", "facts.csv");
        assertThat(descriptor).contains("\"path\": \"facts.csv\"").contains("\"type\": \"number\"");
        assertThatThrownBy(() -> FactCsv.datapackage("Seed 000", "facts.csv"))
                .isInstanceOf(IllegalArgumentException.class);
        String bad = FactCsv.write(facts).replace("WAN_YUAN", "DOLLAR");
        assertThatThrownBy(() -> FactCsv.read(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), "facts.csv"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("facts.csv:2:7");
        // a column not known, after a row whose columns were (the reader guesses the next column)
        String[] lines = FactCsv.write(facts).split("\r\n", -1);
        String[] third = lines[2].split(",", -1);
        third[4] = "NOT_A_COLUMN";
        lines[2] = String.join(",", third);
        assertThatThrownBy(() -> FactCsv.read(
                        String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8), "facts.csv"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("facts.csv:3:5")
                .hasMessageContaining("NOT_A_COLUMN");
    }
}
