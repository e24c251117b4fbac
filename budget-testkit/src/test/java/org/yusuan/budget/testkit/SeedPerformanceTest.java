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
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.performance.PerformanceTarget;
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

    /**
     * PRF-NAME on the seeds: seed 000's five targets name projects of 表十二 (one wrapped with a
     * space there); two of seed 002's ten do not: 职数 and 职数教龄 where 表十二 prints 职教幼教 (lines 367
     * and 373), each reported with that nearest name, checked by hand.
     */
    @Test
    void aTargetNamingNoProjectOfTheProjectTablesIsReportedWithTheNearest() throws IOException {
        java.util.function.Function<String, Disclosure> withTargets = seed -> {
            try {
                var d = (org.yusuan.budget.core.disclosure.BudgetDisclosure)
                        (seed.equals("000") ? SeedValidationTest.seed000() : SeedValidationTest.seed002());
                return org.yusuan.budget.core.disclosure.BudgetDisclosure.builder()
                        .from(d)
                        .projects(fixture(seed + "-targets.tsv").targets().stream()
                                .map(t -> Project.builder()
                                        .name(t.projectName())
                                        .target(t)
                                        .build())
                                .toList())
                        .build();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThat(prf(withTargets.apply("000"))).noneMatch(f -> f.contains("PRF-NAME"));
        assertThat(prf(withTargets.apply("002")))
                .filteredOn(f -> f.contains("PRF-NAME"))
                .containsExactly(
                        "WARNING PRF-NAME 国有企业职数退休教师待遇生活补贴中央补助资金 (line 564): the target's project"
                                + " \"国有企业职数退休教师待遇生活补贴中央补助资金\" is in no project table (nearest:"
                                + " \"国有企业职教幼教退休教师待遇生 活补贴中央补助资金\")",
                        "WARNING PRF-NAME 国有企业职数教龄退休教师待遇生活补贴省级补助资金 (line 594): the target's project"
                                + " \"国有企业职数教龄退休教师待遇生活补贴省级补助资金\" is in no project table (nearest:"
                                + " \"国有企业职教幼教退休教师待遇生 活补贴省级补助资金\")");
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
                        "WARNING PRF-VALUE 工伤保险业务经办费 (line 515): \"工伤保险业务经办费\" (term): the cost indicator \"是否正常完成预算执行\" has the value \"是\", which is not money",
                        "WARNING PRF-VALUE 工伤保险业务经办费 (line 515): \"工伤保险业务经办费\" (year): the cost indicator \"是否正常完成预算执行\" has the value \"是\", which is not money");
        assertThat(fixture("000-targets.tsv").targets()).hasSize(5);
    }

    /**
     * Seed 004's three self-evaluations: rate, scores, total (90, 95, 95) and grade (优) agree with the
     * figures printed in each table; the cost rows (lines 551, 587, 619) are not filled in (未填报).
     * What the tables contradict is their own analysis text, each table printing 执行率 100 while its
     * 项目绩效分析 states 69% (line 557: 29.099 of 42万元) and 57.5% (line 623: 57.5 of 100): two
     * PRF-ANALYSIS warnings at the tables' title lines. The second table's text states 99.92% (line
     * 591: 54.96 of 55), within half a unit of the 100 its 资金总额 row prints with no decimals, so
     * not reported (its fund row prints 100.00, which the model does not keep). The amounts the texts
     * say were executed (29.099, 54.96, 57.5 for 57.466) agree with the tables.
     * The third table's analysis also prints a doubled word, 完成完成 (line 623).
     */
    @Test
    void seed004EvaluationsHaveTheDefectsVerifiedByHand() throws IOException {
        List<String> found = prf(seed004WithEvaluations());
        assertThat(found)
                .filteredOn(f -> f.startsWith("WARNING PRF-VALUE") && !f.contains("完成完成"))
                .hasSize(3)
                .allMatch(f -> f.contains("未填报"))
                .extracting(f -> f.substring(f.indexOf("(line "), f.indexOf(')')))
                .containsExactly("(line 551", "(line 587", "(line 619");
        assertThat(found)
                .filteredOn(f -> f.startsWith("WARNING PRF-ANALYSIS"))
                .extracting(f ->
                        f.substring(f.indexOf("(line "), f.indexOf(')')) + " " + f.substring(f.indexOf("rate of ")))
                .containsExactly(
                        "(line 528 rate of 69%, the table prints 100", "(line 599 rate of 57.5%, the table prints 100");
        // the third table's analysis (line 623) prints 2023年完成完成社会保障系统的运维
        assertThat(found)
                .filteredOn(f -> f.contains("完成完成"))
                .singleElement()
                .satisfies(f -> assertThat(f).startsWith("WARNING PRF-VALUE").contains("(line 599)"));
        // 预算单位 144001 at line 528 (the fixture's comment), 144004 at lines 570 and 599
        assertThat(found)
                .filteredOn(f -> f.contains("PRF-UNIT"))
                .containsExactly("WARNING PRF-UNIT 晋城市人力资源和社会保障综合服务中心 (line 528): the performance table prints"
                        + " the code 144001 for \"晋城市人力资源和社会保障综合服务中心\", the other tables 144004");
        assertThat(found).hasSize(7);
        assertThat(fixture("004-evaluations.tsv").evaluations())
                .extracting(e -> e.totalScore().orElseThrow().intValue())
                .containsExactly(90, 95, 95);
    }

    /**
     * Seed 002's ten target tables (title lines 466–759), checked by hand against the seed text: the
     * project names as printed (职数, where the project table prints 职教幼教), each 年度资金总额 in 元
     * (together the 50,913.28万元 of the project table, line 366) and the indicators of each table,
     * counted on the printed rows: a 实施期 and a 年度 indicator on one row count two, a level 2 printed
     * without indicator none. The two halves of every table have as many indicators as each other.
     */
    @Test
    void seed002TargetsAreTheTenTablesCountedByHand() throws IOException {
        List<PerformanceTarget> targets = fixture("002-targets.tsv").targets();
        assertThat(targets).hasSize(10);
        assertThat(targets)
                .extracting(t -> t.sourceLine().getAsInt())
                .containsExactly(466, 498, 531, 564, 594, 626, 658, 695, 727, 759);
        assertThat(targets)
                .extracting(PerformanceTarget::projectName)
                .containsExactly(
                        "维修维护费",
                        "企业退休人员取暖费",
                        "会议培训费",
                        "国有企业职数退休教师待遇生活补贴中央补助资金",
                        "国有企业职数教龄退休教师待遇生活补贴省级补助资金",
                        "工伤档案用房租赁费",
                        "社会保险经办专项业务工作经费",
                        "社保数据治理费",
                        "社保经办机构专项补助",
                        "设备购置费");
        assertThat(targets)
                .extracting(t -> t.yearTotal().orElseThrow())
                .containsExactly(
                        Amount.ofYuan(538_600),
                        Amount.ofYuan(490_000_000),
                        Amount.ofYuan(298_400),
                        Amount.ofYuan(8_140_000),
                        Amount.ofYuan(2_860_000),
                        Amount.ofYuan(263_000),
                        Amount.ofYuan(5_357_900),
                        Amount.ofYuan(1_000_000),
                        Amount.ofYuan(508_400),
                        Amount.ofYuan(166_500));
        assertThat(Amount.sum(
                        targets.stream().map(t -> t.yearTotal().orElseThrow()).toList()))
                .isEqualTo(Amount.ofYuan(509_132_800));
        assertThat(targets)
                .extracting(t -> t.termIndicators().indicators().size()
                        + t.yearIndicators().indicators().size())
                .containsExactly(12, 14, 12, 12, 12, 12, 22, 14, 10, 12);
        assertThat(targets)
                .allSatisfy(t -> assertThat(t.termIndicators().indicators())
                        .hasSameSizeAs(t.yearIndicators().indicators()));
    }
}
