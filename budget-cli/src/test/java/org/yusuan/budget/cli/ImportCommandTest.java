package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.cli.Cli.Run;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;

/** {@code budget import}: extracted text to canonical JSON, import findings on the error stream. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheCanonicalJsonOfWhatTheImporterReads() throws IOException {
        Path seed = Cli.seed(dir, Cli.SEED_004, "004.txt");
        Path out = dir.resolve("004.json");
        Run run = Cli.run("import", seed.toString(), "-o", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        ImportResult expected = DisclosureImporter.standard().read(Files.readString(seed), seed.toString());
        assertThat(Files.readString(out)).isEqualTo(BudgetJson.standard().write(expected.disclosure()));
        assertThat(BudgetJson.standard().read(Files.readAllBytes(out), "004.json"))
                .isEqualTo(expected.disclosure());
    }

    @Test
    void printsEachImportFindingOnTheErrorStreamWithFileAndLine() throws IOException {
        Path seed = Cli.seedWithImportFinding(dir, "000.txt");
        Run run = Cli.run("import", seed.toString());
        ImportResult expected = DisclosureImporter.standard().read(Files.readString(seed), seed.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(BudgetJson.standard().write(expected.disclosure()));
        assertThat(run.err().lines()).hasSameSizeAs(expected.findings());
        assertThat(run.err().lines().toList())
                .first()
                .isEqualTo(seed + ":"
                        + expected.findings().get(0).location().sourceLine().getAsInt() + ": "
                        + expected.findings().get(0).severity() + " "
                        + expected.findings().get(0).ruleId() + " "
                        + expected.findings().get(0).messageZh());
        Run english = Cli.run("import", "--lang", "en", seed.toString());
        assertThat(english.err()).contains(expected.findings().get(0).messageEn());
    }

    @Test
    void textWithoutATitleExitsTwo() throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), "表1\n1\t2\n".getBytes(StandardCharsets.UTF_8));
        Run run = Cli.run("import", bad.toString(), "-o", dir.resolve("x.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: " + bad + ":1: ").hasLineCount(1);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void aMissingFileOrAFolderExitsTwo() throws IOException {
        assertThat(Cli.run("import", dir.resolve("none.txt").toString()).status())
                .isEqualTo(2);
        Cli.seed(dir, Cli.SEED_000, "a.txt");
        Cli.seed(dir, Cli.SEED_002, "b.txt");
        Run folder = Cli.run("import", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("not a folder");
    }
}
