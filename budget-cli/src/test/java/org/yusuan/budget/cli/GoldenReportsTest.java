package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.cli.Cli.Run;

/**
 * The reports of {@code budget validate} on the three seeds, {@code --format text --lang zh} and
 * {@code --format json}, equal the golden files in {@code src/test/resources/golden/} byte for byte.
 * The golden files were reviewed by hand; review the difference whenever one changes.
 *
 * <p>When the importer or the rules change what a seed's report says, regenerate them with one
 * command from the repository root, then review {@code git diff} before committing:
 *
 * <pre>
 * ./mvnw -B -q -pl budget-cli -am test -Dtest=GoldenReportsTest -Dsurefire.failIfNoSpecifiedTests=false -Dbudget.golden.update=true
 * </pre>
 *
 * <p>With {@code -Dbudget.golden.update=true} the test writes the files instead of comparing them.
 */
class GoldenReportsTest {
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "000_592c12c34fbdb2be.txt, 000.zh.txt, text",
        "000_592c12c34fbdb2be.txt, 000.json, json",
        "002_50ea5a3f65b56578.txt, 002.zh.txt, text",
        "002_50ea5a3f65b56578.txt, 002.json, json",
        "004_f08b956b510655b5.txt, 004.zh.txt, text",
        "004_f08b956b510655b5.txt, 004.json, json"
    })
    void theReportOfASeedIsItsGoldenFile(String seed, String golden, String format) throws IOException {
        // the path as a user types it, relative: the report holds no absolute path or time
        Run run = Cli.run(
                "validate",
                "--format",
                format,
                "--lang",
                "zh",
                SEEDS.resolve(seed).toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("budget.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file; regenerate with -Dbudget.golden.update=true")
                .exists();
        assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldenFileIsChecked() throws IOException {
        // while regenerating, the files may not all be written yet
        assumeFalse(Boolean.getBoolean("budget.golden.update"));
        try (var files = Files.list(GOLDEN)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("000.json", "000.zh.txt", "002.json", "002.zh.txt", "004.json", "004.zh.txt"));
        }
    }
}
