package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Validator;

class SeedPerformanceTest {
    static PerformanceFixture fixture(String name) throws IOException {
        try (InputStream in = SeedPerformanceTest.class.getResourceAsStream("/performance/" + name)) {
            return PerformanceFixture.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        }
    }

    static Disclosure seed000WithTargets() throws IOException {
        BudgetDisclosure seed = (BudgetDisclosure) SeedValidationTest.seed000();
        List<Project> projects = fixture("000-targets.tsv").targets().stream()
                .map(t -> Project.builder().name(t.projectName()).target(t).build())
                .toList();
        return BudgetDisclosure.builder().from(seed).projects(projects).build();
    }

    static Disclosure seed004WithEvaluations() throws IOException {
        FinalAccountsDisclosure seed = (FinalAccountsDisclosure) SeedValidationTest.seed004();
        List<Project> projects = fixture("004-evaluations.tsv").evaluations().stream()
                .map(e -> Project.builder().name(e.projectName()).evaluation(e).build())
                .toList();
        return FinalAccountsDisclosure.builder().from(seed).projects(projects).build();
    }

    static List<String> prf(Disclosure d) {
        return Validator.builder().build().validate(d).findings().stream()
                .filter(f -> f.ruleId().startsWith("PRF-"))
                .map(Finding::toString)
                .toList();
    }

    /**
     * Seed 000's five target tables: their funds add up and match 表十二, their trees are complete,
     * and the one defect is the cost indicator 是否正常完成预算执行 = 是 of 工伤保险业务经办费 (line 515,
     * printed on both the 实施期 and the 年度 side), which is not money.
     */
    @Test
    void seed000TargetsHaveTheDefectsVerifiedByHand() throws IOException {
        assertThat(prf(seed000WithTargets()))
                .containsExactly(
                        "WARNING PRF-VALUE 工伤保险业务经办费 (line 515): \"工伤保险业务经办费\": the cost indicator \"是否正常完成预算执行\" has the value \"是\", which is not money",
                        "WARNING PRF-VALUE 工伤保险业务经办费 (line 515): \"工伤保险业务经办费\": the cost indicator \"是否正常完成预算执行\" has the value \"是\", which is not money");
        assertThat(fixture("000-targets.tsv").targets()).hasSize(5);
    }

    /**
     * Seed 004's three self-evaluations: rate, scores, total (90, 95, 95) and grade (优) agree with the
     * figures printed in each table; the cost rows (lines 551, 587, 619) are not filled in (未填报).
     * What the tables contradict is their own analysis text (an execution rate of 69% and 57.5% in
     * the text where the table prints 100), which these table rules cannot see.
     */
    @Test
    void seed004EvaluationsHaveTheDefectsVerifiedByHand() throws IOException {
        List<String> found = prf(seed004WithEvaluations());
        assertThat(found).hasSize(3).allMatch(f -> f.startsWith("WARNING PRF-VALUE") && f.contains("未填报"));
        assertThat(found)
                .extracting(f -> f.substring(f.indexOf("(line "), f.indexOf(')')))
                .containsExactly("(line 551", "(line 587", "(line 619");
        assertThat(fixture("004-evaluations.tsv").evaluations())
                .extracting(e -> e.totalScore().orElseThrow().intValue())
                .containsExactly(90, 95, 95);
    }
}
