package org.yusuan.budget.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public or protected declaration outside {@code internal} packages, in every module, has a
 * javadoc comment (members marked {@code @Override} inherit theirs). The javadoc tool checks the
 * comments' syntax and references; this checks that they exist, which its "missing" check would
 * only do together with demanding {@code @param}/{@code @return} on one-line accessors.
 */
class JavadocCoverageTest {
    @Test
    void everyPublicDeclarationIsDocumented() throws IOException {
        List<Path> sources;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            sources = modules.filter(m -> m.getFileName().toString().startsWith("budget-"))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .flatMap(JavadocCoverageTest::javaFiles)
                    .filter(p -> !p.toString().contains("/internal/"))
                    .toList();
        }
        assertThat(sources).isNotEmpty();
        List<String> undocumented = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!(line.startsWith("public ") || line.startsWith("protected "))) {
                    continue;
                }
                int j = i - 1;
                boolean overrides = false;
                while (j >= 0
                        && (lines.get(j).strip().startsWith("@")
                                || lines.get(j).strip().startsWith(")"))) {
                    overrides |= lines.get(j).strip().equals("@Override");
                    j--;
                }
                boolean documented = j >= 0 && lines.get(j).strip().endsWith("*/");
                if (!documented && !overrides) {
                    undocumented.add(source + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(undocumented).as("public declarations without javadoc").isEmpty();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
