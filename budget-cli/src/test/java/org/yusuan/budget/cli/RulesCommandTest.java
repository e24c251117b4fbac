package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.cli.Cli.Run;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Validator;

/** {@code budget rules}: the rules of RULES.md, each with its severity and title. */
class RulesCommandTest {
    @Test
    void listsEveryRuleOfRulesMdWithSeverityAndTitle() throws IOException {
        Run run = Cli.run("rules");
        assertThat(run.status()).isZero();
        List<String[]> lines = run.out().lines().map(l -> l.split("\t")).toList();
        assertThat(lines).allSatisfy(l -> {
            assertThat(l).hasSize(3);
            assertThat(l[1]).isIn("ERROR", "WARNING", "INFO");
            assertThat(l[2]).isNotBlank();
        });
        List<String> documented = Files.readAllLines(Path.of("../RULES.md")).stream()
                .filter(l -> l.startsWith("### "))
                .map(l -> l.substring(4).strip())
                .toList();
        assertThat(lines).extracting(l -> l[0]).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void givesTheValidatorsRulesThenTheImportersFindings() {
        List<String> ids =
                Cli.run("rules").out().lines().map(l -> l.split("\t")[0]).toList();
        List<String> expected = new java.util.ArrayList<>(
                Validator.builtInRules().stream().map(Rule::id).toList());
        expected.addAll(DisclosureImporter.FINDING_IDS);
        assertThat(ids).containsExactlyElementsOf(expected);
        Rule first = Validator.builtInRules().get(0);
        assertThat(Cli.run("rules").out())
                .startsWith(first.id() + "\t" + first.severity() + "\t" + first.title() + "\n");
        assertThat(Cli.run("rules").out())
                .contains("IMP-CATALOG\tINFO\t", "IMP-LINE\tWARNING\t", "IMP-TABLE\tWARNING\t");
    }
}
