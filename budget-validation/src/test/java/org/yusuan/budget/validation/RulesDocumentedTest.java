package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md at the repository root lists exactly the built-in rules, each with an example. */
class RulesDocumentedTest {
    @Test
    void rulesMdListsExactlyTheBuiltInRules() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "RULES.md"), StandardCharsets.UTF_8);
        List<String> documented = lines.stream()
                .filter(l -> l.startsWith("### "))
                .map(l -> l.substring(4).strip())
                .filter(id -> !id.startsWith("IMP-")) // the importer's, checked in budget-testkit
                .toList();
        List<String> ids = Validator.builtInRules().stream().map(Rule::id).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            int start = lines.indexOf("### " + id);
            String section = String.join("\n", lines.subList(start, Math.min(lines.size(), start + 12)))
                    .split("\n### ")[0];
            assertThat(section).as(id).contains("Example");
        }
    }
}
