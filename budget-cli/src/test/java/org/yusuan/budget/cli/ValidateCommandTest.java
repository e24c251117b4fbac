package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.cli.Cli.Run;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.validation.Finding;

/** {@code budget validate}: inputs, options, output forms and exit statuses, run in-process. */
class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aCleanJsonDisclosureExitsZero() throws IOException {
        Run run = Cli.run("validate", Cli.cleanJson(dir).toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("错误 0 项，警告 0 项，提示 ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCorruptedCellExitsOneAndIsReportedAsAnError() throws IOException {
        Run run = Cli.run("validate", "--format", "json", Cli.corruptedJson(dir).toString());
        assertThat(run.status()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("counts").path("ERROR").asInt()).isPositive();
        List<String> errors = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("severity").asText().equals("ERROR")) {
                errors.add(f.path("rule").asText() + " " + f.path("table").asText() + " "
                        + f.path("row").asText());
            }
        });
        assertThat(errors).contains("BUD-CROSS BUDGET_EXPENDITURE functional:210");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingFileExitsTwoWithOneLine() {
        Run run = Cli.run("validate", "no-such-file.txt");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("budget: no-such-file.txt: no such file or folder\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDamagedJsonFileExitsTwoNamingItsLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"kind\": \"BUDGET\",\n  \"unit\": ]\n}\n");
        Run run = Cli.run("validate", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("budget: " + bad + ":3:")
                .endsWith("\n")
                .hasLineCount(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void damagedTextExitsTwoNamingItsLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "no title here\n1\t2\t3\n");
        Run run = Cli.run("validate", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: " + bad + ":1: ").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "validate",
                "validate --format xml F",
                "validate --lang fr F",
                "validate --tolerance -0.01 F",
                "validate --tolerance 0.0000001 F",
                "validate --tolerance lots F",
                "validate --jobs 0 F",
                "validate --jobs many F",
                "validate --input-format xlsx F",
                "validate --edition 2020 F",
                "validate --no-such-option F",
                "no-such-command",
                ""
            })
    void wrongArgumentsExitTwoWithoutAStackTrace(String args) throws IOException {
        String file = Cli.cleanJson(dir).toString();
        String[] argv = args.isEmpty() ? new String[0] : args.replace("F", file).split(" ");
        Run run = Cli.run(argv);
        assertThat(run.status()).as(args).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: ").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theImportFindingsOfTextArePartOfItsReport() throws IOException {
        Path seed = Cli.seedWithImportFinding(dir, "seed.txt");
        List<Finding> imported = DisclosureImporter.standard()
                .read(Files.readString(seed), seed.toString())
                .findings();
        assertThat(imported).isNotEmpty();
        Run run = Cli.run("validate", "--format", "json", seed.toString());
        assertThat(run.status()).isZero();
        List<String> reported = new ArrayList<>();
        JSON.readTree(run.out()).path("findings").forEach(f -> {
            if (f.path("rule").asText().startsWith("IMP-")) {
                reported.add(f.path("rule").asText() + "@" + f.path("line").asInt());
            }
        });
        assertThat(reported)
                .containsExactlyInAnyOrderElementsOf(imported.stream()
                        .map(f -> f.ruleId() + "@" + f.location().sourceLine().orElse(0))
                        .toList());
    }

    @Test
    void theToleranceDecidesWhatARoundingTailIs() throws IOException {
        String seed = Cli.seed(dir, Cli.SEED_000, "seed.txt").toString();
        assertThat(Cli.run("validate", seed).status()).isZero();
        assertThat(Cli.run("validate", "--tolerance", "tails", seed).status()).isZero();
        assertThat(Cli.run("validate", "--tolerance", "0.01", seed).status()).isZero();
        Run exact = Cli.run("validate", "--tolerance", "exact", seed);
        assertThat(exact.status()).isEqualTo(1);
        assertThat(exact.out()).contains("ERROR BUD-ROW-SUM");
        assertThat(Cli.run("validate", "--tolerance", "0", seed).status()).isEqualTo(1);
    }

    @Test
    void writesEnglishTextWhenAsked() throws IOException {
        Run run = Cli.run("validate", "--lang", "en", Cli.cleanJson(dir).toString());
        assertThat(run.out()).startsWith("0 errors, 0 warnings, ").contains("BUDGET_SUMMARY");
    }

    @Test
    void writesCsvAndSarifThroughTheReportWriter() throws IOException {
        String file = Cli.corruptedJson(dir).toString();
        Run csv = Cli.run("validate", "--format", "csv", file);
        assertThat(csv.status()).isEqualTo(1);
        assertThat(csv.out()).startsWith("id,root,rule,severity,table,").contains("BUD-CROSS,ERROR,BUDGET_EXPENDITURE");
        Run sarif = Cli.run("validate", "--format", "SARIF", file);
        assertThat(sarif.status()).isEqualTo(1);
        JsonNode log = JSON.readTree(sarif.out());
        assertThat(log.path("runs")).hasSize(1);
        assertThat(log.path("runs")
                        .get(0)
                        .path("results")
                        .get(0)
                        .path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asText())
                .isEqualTo(Path.of(file).toUri().getRawPath());
    }

    @Test
    void theEditionSelectsTheCatalogCoveringTheYear() throws IOException {
        String file = Cli.cleanJson(dir).toString();
        assertThat(Cli.run("validate", "--edition", "2025", file).status()).isZero();
        Run other = Cli.run("validate", "--edition", "2019", file);
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("no catalog edition covers 2019", "2023–2026");
    }

    @Test
    void writesTheReportToTheOutputFile() throws IOException {
        Path report = dir.resolve("report.json");
        Run run = Cli.run(
                "validate",
                "--format",
                "json",
                "-o",
                report.toString(),
                Cli.corruptedJson(dir).toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(report.toFile()).path("counts").path("ERROR").asInt())
                .isPositive();
    }

    @Test
    void severalFilesAreSectionsInArgumentOrder() throws IOException {
        String clean = Cli.cleanJson(dir).toString();
        String corrupted = Cli.corruptedJson(dir).toString();
        Run run = Cli.run("validate", corrupted, clean);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("== " + corrupted + " ==\n错误 ");
        assertThat(run.out()).contains("\n\n== " + clean + " ==\n错误 0 项");
        assertThat(run.out().indexOf(corrupted)).isLessThan(run.out().indexOf(clean));
    }

    @Test
    void severalFilesInJsonAreOneArrayOfReportsThatEachFollowTheSchema() throws IOException {
        String clean = Cli.cleanJson(dir).toString();
        String corrupted = Cli.corruptedJson(dir).toString();
        String text = Cli.seed(dir, Cli.SEED_004, "004.txt").toString();
        Run run = Cli.run("validate", "--format", "json", clean, corrupted, text);
        assertThat(run.status()).isEqualTo(1);
        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(n -> n.path("file").asText()).containsExactly(clean, corrupted, text);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new String(
                        Cli.class
                                .getResourceAsStream("/org/yusuan/budget/io/json/report.schema.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8));
        for (JsonNode each : array) {
            assertThat(each.fieldNames()).toIterable().containsExactly("file", "report");
            assertThat(schema.validate(JSON.writeValueAsString(each.path("report")), InputFormat.JSON))
                    .isEmpty();
            String single = Cli.run(
                            "validate", "--format", "json", each.path("file").asText())
                    .out();
            assertThat(each.path("report")).isEqualTo(JSON.readTree(single));
        }
    }

    @Test
    void severalFilesInCsvHaveAFileColumnAndInSarifARunEach() throws IOException {
        String clean = Cli.cleanJson(dir).toString();
        String corrupted = Cli.corruptedJson(dir).toString();
        Run csv = Cli.run("validate", "--format", "csv", clean, corrupted);
        assertThat(csv.out()).startsWith("file,id,root,rule,severity,");
        assertThat(csv.out().lines().skip(1)).allMatch(l -> l.startsWith(clean + ",") || l.startsWith(corrupted + ","));
        assertThat(csv.out().lines().filter(l -> l.startsWith(corrupted + ",") && l.contains(",BUD-CROSS,ERROR,")))
                .isNotEmpty();
        Run sarif = Cli.run("validate", "--format", "sarif", clean, corrupted);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new String(
                        Cli.class
                                .getResourceAsStream("/schema/sarif-schema-2.1.0.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8));
        assertThat(schema.validate(sarif.out(), InputFormat.JSON)).isEmpty();
        JsonNode runs = JSON.readTree(sarif.out()).path("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).path("results").toString()).contains("BUD-CROSS");
        assertThat(runs.get(0).path("results").toString()).doesNotContain("\"error\"");
        assertThat(runs.get(0).path("tool")).isEqualTo(runs.get(1).path("tool"));
        Run single = Cli.run("validate", "--format", "sarif", corrupted);
        assertThat(runs.get(1))
                .isEqualTo(JSON.readTree(single.out()).path("runs").get(0));
        assertThat(JSON.readTree(sarif.out()).path("$schema"))
                .isEqualTo(JSON.readTree(single.out()).path("$schema"));
    }

    @Test
    void aFolderMeansEveryDisclosureInItInNameOrder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Cli.seed(folder, Cli.SEED_002, "b.txt");
        Files.copy(Cli.corruptedJson(dir), folder.resolve("a.json"));
        Cli.csvPackage(Cli.cleanJson(dir), folder.resolve("c-package"));
        Files.writeString(folder.resolve("notes.md"), "not a disclosure");
        Files.writeString(folder.resolve(".hidden.txt"), "not read");
        Run run = Cli.run("validate", "--format", "json", folder.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()))
                .extracting(n -> n.path("file").asText())
                .containsExactly(folder + "/a.json", folder + "/b.txt", folder + "/c-package");
    }

    @Test
    void theOutputFileIsNotReadAsAnInputOfItsFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("with-report"));
        Files.copy(Cli.cleanJson(dir), folder.resolve("a.json"));
        Path report = Files.writeString(folder.resolve("report.json"), "{\"counts\": {}}");
        Run run = Cli.run("validate", "--format", "json", "-o", report.toString(), folder.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JSON.readTree(report.toFile()))
                .extracting(n -> n.path("file").asText())
                .containsExactly(folder + "/a.json");
    }

    @Test
    void aFolderWithoutDisclosuresIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run run = Cli.run("validate", empty.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: " + empty + ":1: the folder holds no disclosure");
    }

    @Test
    void anUnreadableFileAmongSeveralExitsTwoAndTheOthersAreStillReported() throws IOException {
        String clean = Cli.cleanJson(dir).toString();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"kind\": 3}");
        Run run = Cli.run("validate", "--format", "json", clean, bad.toString(), "missing.json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()))
                .extracting(n -> n.path("file").asText())
                .containsExactly(clean);
        assertThat(run.err().lines())
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("budget: missing.json: no such file"))
                .anySatisfy(l -> assertThat(l).startsWith("budget: " + bad + ":1:"));
    }

    @Test
    void parallelJobsGiveTheOutputOfOneJob() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 12; i++) {
            Cli.seed(
                    folder,
                    List.of(Cli.SEED_000, Cli.SEED_002, Cli.SEED_004).get(i % 3),
                    "seed-" + (char) ('a' + i) + ".txt");
        }
        Run one = Cli.run("validate", "--format", "json", folder.toString());
        Run four = Cli.run("validate", "--format", "json", "--jobs", "4", folder.toString());
        // seed 002's narrative quotes the projects' multi-year total (two errors at line 462)
        assertThat(four.status()).isEqualTo(one.status()).isEqualTo(1);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(JSON.readTree(four.out())).hasSize(12);
    }

    @Test
    void aProgressBarIsDrawnOnTheErrorStreamOnlyAtATerminal() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("three"));
        for (String seed : List.of(Cli.SEED_000, Cli.SEED_002, Cli.SEED_004)) {
            Cli.seed(folder, seed, seed);
        }
        Run terminal = Cli.run(true, "validate", folder.toString());
        Run piped = Cli.run(false, "validate", folder.toString());
        assertThat(terminal.err()).contains("] 1/3", "] 3/3", "\r");
        assertThat(terminal.out()).isEqualTo(piped.out()).doesNotContain("\r", "3/3");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void theInputFormatCanBeForced() throws IOException {
        Path json = Files.copy(Cli.cleanJson(dir), dir.resolve("looks-like.txt"));
        assertThat(Cli.run("validate", json.toString()).status()).isZero();
        Run forced = Cli.run("validate", "--input-format", "text", json.toString());
        assertThat(forced.status()).isEqualTo(2);
        assertThat(forced.err()).startsWith("budget: " + json + ":1: no title line");
        Path text = Cli.seed(dir, Cli.SEED_000, "looks-like.json");
        assertThat(Cli.run("validate", text.toString()).status()).isZero();
        assertThat(Cli.run("validate", "--input-format", "json", text.toString())
                        .status())
                .isEqualTo(2);
        Run notAFolder = Cli.run("validate", "--input-format", "csv", json.toString());
        assertThat(notAFolder.status()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("a CSV package is a folder with datapackage.json");
    }

    @Test
    void readsGb18030Text() throws IOException {
        String utf8 = new String(Cli.seedBytes(Cli.SEED_000), StandardCharsets.UTF_8);
        Path gb = Files.write(dir.resolve("gb.txt"), utf8.getBytes("GB18030"));
        Path plain = Cli.seed(dir, Cli.SEED_000, "utf8.txt");
        Run gbRun = Cli.run("validate", "--format", "json", gb.toString());
        assertThat(gbRun.status()).isZero();
        assertThat(gbRun.out())
                .isEqualTo(Cli.run("validate", "--format", "json", plain.toString())
                        .out());
    }
}
