package org.yusuan.budget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README shows the code of {@link ReadmeExample} and the output it prints, and both are true. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/yusuan/budget/examples/ReadmeExample.java");

    @Test
    void readmeShowsTheExampleCodeVerbatim() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains(exampleCode());
    }

    @Test
    void exampleRunsAndPrintsWhatTheReadmeSays() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReadmeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .isEqualTo(String.join(
                        "\n",
                        "收入总计 - (本年收入合计 + 上年结转) = -0.01 万元",
                        "八、社会保障和就业支出 -> RESOLVED [208]",
                        "人力资源和社会保障管理 -> RESOLVED [20801]",
                        "[2080108] 信息化建设 -> RESOLVED [2080108]",
                        "其他社会保障和就业支出 -> AMBIGUOUS [20899, 2089999]",
                        "0 errors, 1 rounding tail, repeated in 6 identities, first: BUDGET_INCOME / MAIN functional:20801 人力资源和社会保障管理事务 / TOTAL",
                        ""));
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(output);
    }

    private static String exampleCode() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int start = lines.indexOf("        // README example start");
        int end = lines.indexOf("        // README example end");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return Arrays.stream(lines.subList(start + 1, end).toArray(String[]::new))
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
    }
}
