package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.ImmutableBudgetLine;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;

/**
 * A ledger read off seed 000's tables ({@code ledgers/000.tsv}) compiles, each cell rounded on its
 * own, into exactly the published values of every table, rounding tails included.
 */
class Seed000LedgerTest {
    private static final BudgetUnit UNIT = BudgetUnit.builder()
            .name("山西省工伤保险管理服务中心")
            .type(UnitType.PUBLIC_INSTITUTION)
            .level(GovernmentLevel.PROVINCIAL)
            .build();

    static Ledger seed000Ledger() throws IOException {
        List<BudgetLine> lines = new ArrayList<>();
        try (InputStream in = Seed000LedgerTest.class.getResourceAsStream("/ledgers/000.tsv")) {
            List<String> text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (String line : text) {
                if (line.startsWith("#") || line.startsWith("functional\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ImmutableBudgetLine.Builder b = BudgetLine.builder()
                        .functional(FunctionalCode.of(f[0]))
                        .fund(FundSource.valueOf(f[2]))
                        .kind(ExpenditureKind.valueOf(f[3]))
                        .origin(Origin.valueOf(f[5]))
                        .amount(Amount.parse(f[6], AmountUnit.YUAN));
                if (!f[1].isEmpty()) {
                    b.economic(EconomicCode.of(f[1]));
                }
                if (!f[4].isEmpty()) {
                    b.project(f[4]);
                }
                lines.add(b.build());
            }
        }
        return Ledger.builder().unit(UNIT).year(Year.of(2025)).lines(lines).build();
    }

    @Test
    void compilesIntoThePublishedTables() throws IOException {
        BudgetDisclosure compiled =
                seed000Ledger().compile(RoundingPolicy.INDEPENDENT, ClassificationCatalog.bundled());
        TableFixture published = SeedTablesTest.fixture("000");
        List<String> differences = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int compared = 0;
        for (BudgetTable table : published.tables().values()) {
            BudgetTable ours = compiled.table(table.kind()).orElseThrow();
            assertThat(ours.publishedEmpty())
                    .as(table.kind() + " published empty")
                    .isEqualTo(table.publishedEmpty());
            for (Row row : table.rows()) {
                Optional<Row> mine = ours.row(row.section(), row.key());
                if (mine.isEmpty()) {
                    unmatched.add(table.kind() + " " + row.section() + " " + row.key());
                    continue;
                }
                for (Column column : table.columns()) {
                    Optional<Amount> want = row.cell(column);
                    if (want.isEmpty()) {
                        continue;
                    }
                    compared++;
                    Optional<Amount> got = mine.get().cell(column);
                    if (!got.equals(want)) {
                        differences.add(table.kind() + " " + row.key() + " " + column + " (line "
                                + row.sourceLine().orElse(0) + "): published "
                                + want.get().toBigDecimal(AmountUnit.WAN_YUAN)
                                + ", compiled "
                                + got.map(a -> a.toBigDecimal(AmountUnit.WAN_YUAN)
                                                .toString())
                                        .orElse("none"));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        // The carry-over project table prints the supervising department above the unit; a ledger
        // of one unit has only the unit's row. Nothing else of the published tables is missing.
        assertThat(unmatched).containsExactly("CARRY_OVER_PROJECT_EXPENDITURE MAIN unit:山西省人力资源和社会保障厅");
        assertThat(compared).isGreaterThan(300);
    }
}
