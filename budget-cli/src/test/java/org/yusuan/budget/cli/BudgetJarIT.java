package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar ({@code target/budget.jar}) run as a process with {@code java -jar}, as the
 * {@code ./budget} launcher runs it: exit statuses, parseable JSON, parallel validation of a folder.
 * Run by maven-failsafe in the integration-test phase, after package has built the jar.
 */
class BudgetJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What the process gave. */
    record Result(int status, String out, String err) {}

    private Result budget(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("budget.jar");
        assertThat(jar).as("the budget.jar system property (set by failsafe)").isNotNull();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("finishes within a minute")
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarIsRunnableAndKeepsItsModuleName() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("budget.jar"))) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo("org.yusuan.budget.cli.Main");
            assertThat(main.getValue("Automatic-Module-Name")).isEqualTo("org.yusuan.budget.cli");
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
            assertThat(jar.getEntry("org/yusuan/budget/core/code/bundled/functional.csv"))
                    .isNotNull();
        }
    }

    @Test
    void exitsZeroOneAndTwo() throws Exception {
        Files.copy(Cli.cleanJson(dir), dir.resolve("clean.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.corruptedJson(dir);
        Result clean = budget("validate", "clean.json");
        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(clean.out()).startsWith("错误 0 项");
        Result corrupted = budget("validate", "--format", "json", "corrupted.json");
        assertThat(corrupted.status()).as(corrupted.err()).isEqualTo(1);
        JsonNode report = JSON.readTree(corrupted.out());
        assertThat(report.path("counts").path("ERROR").asInt()).isPositive();
        Result missing = budget("validate", "missing.txt");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("budget: missing.txt: no such file or folder\n");
        Files.writeString(dir.resolve("damaged.json"), "{\n  \"kind\" : \"BUDGET\",\n  oops\n}\n");
        Result damaged = budget("validate", "damaged.json");
        assertThat(damaged.status()).isEqualTo(2);
        assertThat(damaged.err()).startsWith("budget: damaged.json:3:").hasLineCount(1);
        Result usage = budget("validate", "--format", "pdf", "clean.json");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).doesNotContain("Exception", "\tat ");
        assertThat(budget("--version").out()).startsWith("budget ");
    }

    @Test
    void aPdfIsValidatedWithNothingOnTheErrorStream() throws Exception {
        // the putuo PDF's fonts make PDFBox warn about a cmap it skips: not the user's business
        Files.copy(
                java.nio.file.Path.of(
                        "..",
                        "budget-io",
                        "src",
                        "test",
                        "resources",
                        "pdfs",
                        "shanghai-putuo-finance-2024-final-accounts.pdf"),
                dir.resolve("putuo.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Result run = budget("validate", "putuo.pdf");
        assertThat(run.status()).as(run.err()).isEqualTo(1); // its narrative's 0.3万元 and 71.73%
        assertThat(run.out()).startsWith("错误 2 项");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validatesAFolderOfAHundredFilesInTwoJobsInNameOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("hundred"));
        byte[] seed = Cli.seedBytes(Cli.SEED_000);
        for (int i = 0; i < 100; i++) {
            Files.write(folder.resolve(String.format("copy-%03d.txt", i)), seed);
        }
        Result run = budget("validate", "--jobs", "2", "--format", "json", "hundred");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).as("no progress bar without a terminal").isEmpty();
        JsonNode reports = JSON.readTree(run.out());
        assertThat(reports).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(reports.get(i).path("file").asText()).isEqualTo(String.format("hundred/copy-%03d.txt", i));
            assertThat(reports.get(i).path("report")).isEqualTo(reports.get(0).path("report"));
        }
    }
}
