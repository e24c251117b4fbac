package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * The tables of the three seed disclosures, transcribed by hand ({@code seed-tables/*.tsv}), are
 * representable in the model without loss: every amount printed inside a table has exactly one
 * cell, on the row that cites its line, and the model accepts every table.
 */
class SeedTablesTest {
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]+");

    static TableFixture fixture(String seed) throws IOException {
        try (InputStream in = SeedTablesTest.class.getResourceAsStream("/seed-tables/" + seed + ".tsv")) {
            assertThat(in).as(seed).isNotNull();
            return TableFixture.read(new InputStreamReader(in, StandardCharsets.UTF_8), seed + ".tsv");
        }
    }

    static List<String> seedLines(String seed) throws IOException {
        String name = switch (seed) {
            case "000" -> "000_592c12c34fbdb2be.txt";
            case "002" -> "002_50ea5a3f65b56578.txt";
            default -> "004_f08b956b510655b5.txt";
        };
        try (InputStream in = SeedTablesTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"000, BUDGET, 13", "002, BUDGET, 13", "004, FINAL_ACCOUNTS, 10"})
    void everyTableOfTheSeedIsPresent(String seed, DisclosureKind kind, int count) throws IOException {
        Map<TableKind, BudgetTable> tables = fixture(seed).tables();
        assertThat(tables).hasSize(count);
        assertThat(tables.keySet()).allMatch(k -> k.disclosure() == kind);
        assertThat(tables.values()).allMatch(t -> t.unit() == AmountUnit.WAN_YUAN && t.decimals() == 2);
    }

    @ParameterizedTest
    @CsvSource({"000", "002", "004"})
    void everyPrintedAmountHasExactlyOneCell(String seed) throws IOException {
        List<String> text = seedLines(seed);
        Map<Integer, List<Amount>> cellsByLine = new TreeMap<>();
        Map<Integer, Integer> spans = new TreeMap<>();
        for (BudgetTable table : fixture(seed).tables().values()) {
            int first = table.sourceLine().orElseThrow();
            int last = first;
            for (Row row : table.rows()) {
                int line = row.sourceLine().orElseThrow();
                last = Math.max(last, line);
                List<Amount> cells = cellsByLine.computeIfAbsent(line, l -> new ArrayList<>());
                row.cells().values().stream().filter(a -> !a.isZero()).forEach(cells::add);
            }
            spans.put(first, last);
        }
        spans.forEach((first, last) -> {
            for (int line = first; line <= last; line++) {
                List<Amount> printed = new ArrayList<>();
                var m = AMOUNT.matcher(text.get(line - 1));
                while (m.find()) {
                    Amount a = Amount.parse(m.group(), AmountUnit.WAN_YUAN);
                    if (!a.isZero()) {
                        printed.add(a);
                    }
                }
                List<Amount> cells = cellsByLine.getOrDefault(line, List.of());
                assertThat(cells)
                        .as("seed %s line %d: %s", seed, line, text.get(line - 1))
                        .containsExactlyInAnyOrderElementsOf(printed);
            }
        });
        assertThat(cellsByLine.values().stream().mapToInt(List::size).sum()).isPositive();
    }

    @Test
    void seed000KeepsItsPublishedRoundingTail() throws IOException {
        BudgetTable summary = fixture("000").tables().get(TableKind.BUDGET_SUMMARY);
        Amount thisYear = summary.row(Section.INCOME, new RowKey.Fixed(Line.INCOME_THIS_YEAR))
                .orElseThrow()
                .cell(Column.TOTAL)
                .orElseThrow();
        Amount carried = summary.row(Section.INCOME, new RowKey.Fixed(Line.CARRY_OVER_FROM_LAST_YEAR))
                .orElseThrow()
                .cell(Column.TOTAL)
                .orElseThrow();
        Amount total = summary.row(Section.INCOME, new RowKey.Fixed(Line.INCOME_GRAND_TOTAL))
                .orElseThrow()
                .cell(Column.TOTAL)
                .orElseThrow();
        assertThat(total).isEqualTo(Amount.parse("1563.24", AmountUnit.WAN_YUAN));
        assertThat(thisYear.plus(carried)).isEqualTo(Amount.parse("1563.25", AmountUnit.WAN_YUAN));
        Row social = summary.row(Section.EXPENDITURE, new RowKey.Functional(FunctionalCode.of("208")))
                .orElseThrow();
        assertThat(social.cell(Column.CARRY_OVER)).contains(Amount.parse("57.32", AmountUnit.WAN_YUAN));
        assertThat(summary.row(Section.INCOME, new RowKey.Fixed(Line.INCOME_THIS_YEAR))
                        .orElseThrow()
                        .cell(Column.CARRY_OVER))
                .as("an income-side row has no carry-over column")
                .isEmpty();
    }

    @Test
    void emptyTablesArePresentAndEmpty() throws IOException {
        Map<TableKind, BudgetTable> tables = fixture("000").tables();
        assertThat(tables.get(TableKind.GOVERNMENT_FUND_INCOME).publishedEmpty())
                .isTrue();
        assertThat(tables.get(TableKind.AGENCY_OPERATING_COSTS).rows()).isEmpty();
        assertThat(tables.get(TableKind.THREE_PUBLIC_EXPENSES).publishedEmpty()).isFalse();
        assertThat(fixture("004")
                        .tables()
                        .get(TableKind.FINAL_THREE_PUBLIC_EXPENSES)
                        .publishedEmpty())
                .isTrue();
    }

    @Test
    void notApplicableCellsOfTheFinalDetailTableAreAbsent() throws IOException {
        BudgetTable detail = fixture("004").tables().get(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL);
        Row building = detail.row(new RowKey.Economic(org.yusuan.budget.core.code.EconomicCode.of("30901")))
                .orElseThrow();
        assertThat(building.cell(Column.ACTUAL)).isEmpty();
        assertThat(building.name()).isEqualTo("房屋建筑物构建");
        assertThat(detail.rows(Section.PERSONNEL)).isNotEmpty();
        assertThat(fixture("004").counts()).isNotEmpty();
    }

    @Test
    void reportsAMalformedFixtureWithLineAndColumn() {
        String text = "table\tBUDGET_EXPENDITURE\tunit=WAN_YUAN\tdecimals=2\tline=1\n"
                + "columns\tTOTAL\tBASIC\tPROJECT\n"
                + "row\tMAIN\tline:TOTAL\t合计\t\t\t3\t1.00\t1.0x\t\n";
        assertThatThrownBy(() -> TableFixture.read(new StringReader(text), "bad.tsv"))
                .isInstanceOf(BudgetFormatException.class)
                .satisfies(e -> {
                    BudgetFormatException b = (BudgetFormatException) e;
                    assertThat(b.line()).isEqualTo(3);
                    assertThat(b.column()).as("the x of 1.0x").isEqualTo(36);
                });
        String unknownColumn = "table\tBUDGET_EXPENDITURE\tunit=WAN_YUAN\tdecimals=2\ncolumns\tTOTAL\tNOPE\n";
        assertThatThrownBy(() -> TableFixture.read(new StringReader(unknownColumn), "bad.tsv"))
                .hasMessageContaining("bad.tsv:2:15")
                .hasMessageContaining("NOPE");
        String finer = "table\tBUDGET_EXPENDITURE\tunit=WAN_YUAN\tdecimals=2\ncolumns\tTOTAL\n"
                + "row\tMAIN\tline:TOTAL\t合计\t\t\t3\t1.001\n";
        assertThatThrownBy(() -> TableFixture.read(new StringReader(finer), "bad.tsv"))
                .hasMessageContaining("finer than 2 decimals");
    }
}
