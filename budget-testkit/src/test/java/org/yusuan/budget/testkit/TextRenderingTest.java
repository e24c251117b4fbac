package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.TargetValue;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;

/**
 * {@link TextRendering} on the transcribed seeds: rendering them and importing the text gives back
 * their tables, counts and projects (targets of 000, self-evaluations of 004), compared as {@link
 * TextRenderingProperties#comparable} says; and the rendering prints rows as the seeds do.
 */
class TextRenderingTest {
    private static Disclosure seed(String seed) throws IOException {
        return switch (seed) {
            case "000" -> SeedPerformanceTest.seed000WithTargets();
            case "002" -> SeedValidationTest.seed002();
            default -> SeedPerformanceTest.seed004WithEvaluations();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "002", "004"})
    void importingTheRenderingOfASeedGivesBackItsTablesCountsAndProjects(String name) throws IOException {
        Disclosure seed = seed(name);
        String text = TextRendering.render(seed);

        ImportResult result = DisclosureImporter.standard().read(text, name);

        assertThat(result.findings()).as(text).isEmpty();
        Disclosure back = TextRenderingProperties.comparable(result.disclosure());
        Disclosure expected = TextRenderingProperties.comparable(seed);
        assertThat(back.kind()).isEqualTo(expected.kind());
        assertThat(back.unit()).isEqualTo(expected.unit());
        assertThat(back.year()).isEqualTo(expected.year());
        assertThat(back.tables()).isEqualTo(expected.tables());
        assertThat(back.counts()).isEqualTo(expected.counts());
        assertThat(back.projects()).isEqualTo(expected.projects());
        assertThat(back.projects()).hasSize(name.equals("002") ? 0 : name.equals("000") ? 5 : 3);
    }

    /** Rows of the tables by code, the summaries and the economic table come out as the seed prints them. */
    @ParameterizedTest
    @ValueSource(strings = {"000", "004"})
    void printsTheRowsAsTheSeedDoes(String name) throws IOException {
        List<String> seedLines = SeedTablesTest.seedLines(name);
        List<String> rendered = TextRendering.render(seed(name)).lines().toList();
        List<String> rows = name.equals("000")
                ? List.of(
                        "2080108\t信息化建设\t\t\t\t\t\t\t40.00",
                        "2080107\t社会保险业务管理事务\t446.71\t\t446.71",
                        "合计\t\t1059.22\t941.86\t117.36",
                        "津贴补贴\t工资福利支出\t44.47\t30.47\t14.00",
                        "一、一般公共预算\t1505.93\t一、一般公共服务支出\t\t\t",
                        "\t\t八、社会保障和就业支出\t1507.14\t1449.82\t57.32",
                        "本年收入合计\t1505.93\t本年支出合计\t1563.24\t1505.93\t57.32",
                        "上年财政拨款结转\t57.32\t年终结转\t\t\t\t",
                        "公务接待费\t0.50\t0.50\t\t",
                        "社会保障卡工作经费\t143.12\t143.12\t\t\t\t")
                : List.of(
                        "一、一般公共预算财政拨款收入\t1\t430.21\t一、一般公共服务支出\t32\t",
                        "本年收入合计\t27\t430.21\t本年支出合计\t58\t430.21",
                        "20801\t人力资源和社会保障管理事务\t362.08\t362.07\t\t\t\t\t0.01",
                        "2080110\t劳动关系和维权\t220.55\t220.55\t\t\t\t",
                        "合计\t1\t1.73");
        assertThat(seedLines).containsAll(rows);
        assertThat(rendered).containsAll(rows);
    }

    /**
     * 成本指标 names a 一级 and a 二级: a 产出指标 group of 成本指标 with no indicator on both halves
     * reads back as a 二级 under 产出指标, not as a 一级 of its own.
     */
    @Test
    void anEmptyCostGroupOnBothHalvesReadsBackUnderItsFirstLevel() {
        IndicatorTree tree = new IndicatorTree(List.of(
                new IndicatorGroup(
                        IndicatorCategory.OUTPUT,
                        IndicatorKind.QUANTITY,
                        List.of(new Indicator("开展业务宣传活动", TargetValue.parse("≥1次"), OptionalInt.empty())),
                        OptionalInt.empty()),
                new IndicatorGroup(IndicatorCategory.OUTPUT, IndicatorKind.COST, List.of(), OptionalInt.empty()),
                new IndicatorGroup(
                        IndicatorCategory.EFFECT, IndicatorKind.SOCIAL_BENEFIT, List.of(), OptionalInt.empty())));
        PerformanceTarget target = PerformanceTarget.builder()
                .projectName("社会保障卡工作经费")
                .termIndicators(tree)
                .yearIndicators(tree)
                .build();
        // a unit of no region with a known list of required tables: this disclosure has no tables
        Disclosure d = BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .addProjects(Project.builder()
                        .name(target.projectName())
                        .target(target)
                        .build())
                .build();

        TextRenderingProperties.assertReadBack(d);
    }

    @Test
    void startsWithTheUnitAndTheTitle() throws IOException {
        assertThat(TextRendering.render(seed("004")).lines().limit(3))
                .containsExactly("晋城市人力资源和社会保障综合服务中心", "", "2023年度单位决算公开");
    }
}
