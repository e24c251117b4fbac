package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.io.csv.FactCsv;
import org.yusuan.budget.io.csv.TableCsv;

/** Every seed table reads back from its CSV, and every seed cell from the fact form. */
class CsvRoundTripTest {
    @Test
    void everySeedTableRoundTripsThroughCsv() throws IOException {
        int tables = 0;
        for (Disclosure d :
                List.of(SeedValidationTest.seed000(), SeedValidationTest.seed002(), SeedValidationTest.seed004())) {
            for (BudgetTable t : d.tables().values()) {
                BudgetTable back =
                        TableCsv.read(TableCsv.writeBytes(t), t.kind(), t.unit(), t.decimals(), t.kind() + ".csv");
                // the CSV holds the rows; the table's title line is not part of it
                assertThat(back)
                        .isEqualTo(BudgetTable.builder()
                                .from(t)
                                .sourceLine(OptionalInt.empty())
                                .build());
                tables++;
            }
        }
        assertThat(tables).isEqualTo(36);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<org.yusuan.budget.core.disclosure.BudgetDisclosure> disclosures() {
        return Budgets.of(org.yusuan.budget.core.code.ClassificationCatalog.bundled())
                .publishedDisclosures();
    }

    @net.jqwik.api.Property(tries = 100)
    void generatedDisclosuresRoundTripThroughBothCsvForms(
            @net.jqwik.api.ForAll("disclosures") org.yusuan.budget.core.disclosure.BudgetDisclosure d) {
        for (BudgetTable t : d.tables().values()) {
            assertThat(TableCsv.read(TableCsv.writeBytes(t), t.kind(), t.unit(), t.decimals(), "t.csv"))
                    .isEqualTo(t);
        }
        assertThat(FactCsv.read(FactCsv.writeBytes(d), "facts.csv")).isEqualTo(FactCsv.facts(d));
    }

    @Test
    void everySeedCellRoundTripsThroughTheFactForm() throws IOException {
        for (Disclosure d :
                List.of(SeedValidationTest.seed000(), SeedValidationTest.seed002(), SeedValidationTest.seed004())) {
            assertThat(FactCsv.read(FactCsv.writeBytes(d), "facts.csv"))
                    .isEqualTo(FactCsv.facts(d))
                    .isNotEmpty();
        }
    }
}
