package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.cli.Cli.Run;
import org.yusuan.budget.io.json.BudgetJson;

/** {@code budget convert}: JSON and CSV packages, both ways, exactly. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Cli.SEED_000, Cli.SEED_002, Cli.SEED_004})
    void aDisclosureRoundTripsThroughACsvPackageExactly(String seed) throws IOException {
        Path text = Cli.seed(dir, seed, "seed.txt");
        Path json = dir.resolve("seed.json");
        assertThat(Cli.run("convert", text.toString(), "--to", "json", "-o", json.toString())
                        .status())
                .isZero();
        Path folder = Cli.csvPackage(json, dir.resolve("package"));
        assertThat(folder.resolve("datapackage.json")).isRegularFile();
        assertThat(folder.resolve("disclosure.json")).isRegularFile();
        assertThat(folder.resolve("facts.csv")).isRegularFile();
        assertThat(folder.resolve("tables")).isDirectory();
        Run back = Cli.run("convert", folder.toString(), "--to", "json");
        assertThat(back.status()).as(back.err()).isZero();
        assertThat(back.out()).isEqualTo(Files.readString(json));
        // the descriptor itself names the package too
        Run viaDescriptor =
                Cli.run("convert", folder.resolve("datapackage.json").toString(), "--to", "json");
        assertThat(viaDescriptor.out()).isEqualTo(back.out());
    }

    @Test
    void aCsvPackageValidatesLikeItsJson() throws IOException {
        Path json = Cli.corruptedJson(dir);
        Path folder = Cli.csvPackage(json, dir.resolve("package"));
        Run fromJson = Cli.run("validate", "--format", "json", json.toString());
        Run fromCsv = Cli.run("validate", "--format", "json", folder.toString());
        assertThat(fromCsv.status()).isEqualTo(fromJson.status()).isEqualTo(1);
        assertThat(fromCsv.out()).isEqualTo(fromJson.out());
        assertThat(Cli.run("validate", "--input-format", "csv", folder.toString())
                        .status())
                .isEqualTo(1);
    }

    @Test
    void aCellEditedInATableButNotInTheFactsIsAnErrorNamingTheFactLine() throws IOException {
        Path folder = Cli.csvPackage(Cli.cleanJson(dir), dir.resolve("package"));
        Path table = folder.resolve("tables/BUDGET_EXPENDITURE.csv");
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        int row = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(",functional:210,")) {
                row = i;
            }
        }
        assertThat(row).isPositive();
        assertThat(lines.get(row)).contains(",56.10");
        lines.set(row, lines.get(row).replaceFirst(",56\\.10", ",60.00"));
        Files.write(table, lines, StandardCharsets.UTF_8);
        Run run = Cli.run("validate", folder.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: " + folder + "/facts.csv:").contains("differs from the tables");
        Files.delete(folder.resolve("facts.csv"));
        Run tablesAlone = Cli.run("validate", folder.toString());
        assertThat(tablesAlone.status()).as(tablesAlone.err()).isEqualTo(1);
        assertThat(tablesAlone.out()).contains("ERROR BUD-CROSS");
    }

    @Test
    void aDamagedPackageExitsTwoNamingTheFile() throws IOException {
        Path folder = Cli.csvPackage(Cli.cleanJson(dir), dir.resolve("package"));
        Files.writeString(folder.resolve("datapackage.json"), "{\n  \"name\": \n}");
        Run run = Cli.run("validate", folder.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("budget: " + folder + "/datapackage.json:3:")
                .hasLineCount(1);
        Files.writeString(folder.resolve("datapackage.json"), "{\"budget\": {\"disclosure\": \"../../etc/x\"}}");
        assertThat(Cli.run("validate", folder.toString()).err()).contains("leaves the package folder");
    }

    @Test
    void csvNeedsAnOutputFolder() throws IOException {
        Path json = Cli.cleanJson(dir);
        Run run = Cli.run("convert", json.toString(), "--to", "csv");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: --to csv writes a folder");
        assertThat(Cli.run("convert", json.toString(), "--to", "csv", "-o", json.toString())
                        .status())
                .isEqualTo(2);
        assertThat(Cli.run("convert", json.toString(), "--to", "xlsx").status()).isEqualTo(2);
        assertThat(Cli.run("convert", json.toString()).status()).isEqualTo(2);
    }

    @Test
    void textConvertsToTheJsonTheImportWrites() throws IOException {
        Path text = Cli.seed(dir, Cli.SEED_002, "002.txt");
        Run convert = Cli.run("convert", text.toString(), "--to", "json");
        Run imported = Cli.run("import", text.toString());
        assertThat(convert.status()).isZero();
        assertThat(convert.out()).isEqualTo(imported.out());
        assertThat(convert.err())
                .isEqualTo(imported.err())
                .as("seed 002 imports with no finding")
                .isEmpty();
        assertThat(BudgetJson.standard().read(convert.out(), "x")).isEqualTo(Cli.imported(Cli.SEED_002));
    }
}
