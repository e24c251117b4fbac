package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.cli.Cli.Run;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.io.json.BudgetJson;

/**
 * The command takes a published PDF wherever it takes text, told by its content: the putuo final
 * accounts (budget-io's test PDF, from the public GovBudgetChecker samples) validate to their one
 * error, the narrative's 财政拨款收入支出总计 of 0.3万元 on page 21, reported with its page.
 */
class PdfInputTest {
    private static final Path PUTUO = Path.of(
            "..", "budget-io", "src", "test", "resources", "pdfs", "shanghai-putuo-finance-2024-final-accounts.pdf");

    @TempDir
    Path dir;

    /** The PDF under a name that says nothing of its format. */
    private Path copy() throws IOException {
        return Files.copy(PUTUO, dir.resolve("putuo.bin"));
    }

    @Test
    void validateReadsAPdfToldByItsContentAndGivesPages() throws IOException {
        Run run = Cli.run("validate", "--format", "json", copy().toString());
        assertThat(run.status()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        // the narrative's two errors of p21 (PROBLEMS.md P1 and P3) and its warning of p23 (P5)
        assertThat(report.path("counts").path("ERROR").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            if (!f.path("severity").asText().equals("INFO")) {
                errors.add(f.path("severity").asText() + " " + f.path("rule").asText() + " page "
                        + f.path("page").asInt());
            }
        }
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "ERROR NAR-AMOUNT page 21", "ERROR NAR-SHARE page 21", "WARNING NAR-ITEM page 23");
    }

    @Test
    void importAndConvertReadAPdf() throws IOException {
        Path pdf = copy();
        Run imported = Cli.run("import", pdf.toString());
        assertThat(imported.status()).isZero();
        assertThat(BudgetJson.standard().read(imported.out(), "putuo").kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        Run converted = Cli.run("convert", pdf.toString(), "--to", "json");
        assertThat(converted.status()).isZero();
        assertThat(converted.out()).isEqualTo(imported.out());
    }

    @Test
    void aDamagedPdfExitsTwoWithOneLine() throws IOException {
        byte[] bytes = Files.readAllBytes(PUTUO);
        Path damaged = Files.write(dir.resolve("damaged.pdf"), java.util.Arrays.copyOf(bytes, 2000));
        Run run = Cli.run("validate", damaged.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("budget: ").contains("damaged.pdf");
    }

    @Test
    void extractedTextIsCheckedForTheTablesItsRegionMustPublish() throws IOException {
        // seed 000 without its 表十三 (项目支出预算表（上年结转）): its title no longer names a table
        String seed = new String(Cli.seedBytes(Cli.SEED_000), java.nio.charset.StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("000.txt"), seed.replace("\n2025年项目支出预算表（上年结转）\n", "\n（表十三略）\n"));
        Run run = Cli.run("validate", "--format", "json", text.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        java.util.List<String> missing = new java.util.ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asText().equals("IMP-MISSING")) {
                missing.add(f.path("table").asText());
            }
        });
        assertThat(missing).containsExactly("CARRY_OVER_PROJECT_EXPENDITURE");
    }
}
