package org.yusuan.budget.core.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

/**
 * 项目支出绩效自评表: a project's self-evaluation after the year: its budget at the start of the year
 * and for the whole year, what was executed and the execution rate with its score, each indicator's
 * targets, achievement and score, and the total score and grade.
 */
@Value.Immutable
@ValueStyle
public abstract class SelfEvaluation {
    SelfEvaluation() {}

    /** A builder; {@code projectName} is required. */
    public static ImmutableSelfEvaluation.Builder builder() {
        return ImmutableSelfEvaluation.builder();
    }

    /** 项目名称, as printed. */
    public abstract String projectName();

    /** 主管部门, as printed. */
    public abstract Optional<String> supervisingDepartment();

    /** 实施单位, as printed. */
    public abstract Optional<String> implementingUnit();

    /** The unit the money figures are published in (万元 in the seeds). */
    @Value.Default
    public AmountUnit unit() {
        return AmountUnit.WAN_YUAN;
    }

    /** The decimals the money figures are published with (up to three in the seeds). */
    @Value.Default
    public int decimals() {
        return 2;
    }

    /** 年初预算数. */
    public abstract Optional<Amount> initialBudget();

    /** 全年预算数. */
    public abstract Optional<Amount> annualBudget();

    /** 全年执行数. */
    public abstract Optional<Amount> executed();

    /** 执行率 in percent, as printed. */
    public abstract Optional<BigDecimal> executionRate();

    /** 分值 of budget execution (10 in the standard tables). */
    public abstract Optional<BigDecimal> executionWeight();

    /** 得分 of budget execution. */
    public abstract Optional<BigDecimal> executionScore();

    /** 年度目标, as printed. */
    public abstract Optional<String> yearGoal();

    /** 实际完成情况, as printed. */
    public abstract Optional<String> achieved();

    /** The indicators, in printed order. */
    public abstract List<EvaluatedIndicator> indicators();

    /**
     * 项目绩效分析: the analysis text under each printed heading (项目实施和预算执行情况, 产出情况, 效益情况,
     * …), as printed, in printed order.
     */
    public abstract Map<String, String> analysis();

    /** 总分, as printed. */
    public abstract Optional<BigDecimal> totalScore();

    /** 评价等级, as printed. */
    public abstract Optional<String> gradeText();

    /** The grade the printed label names. */
    public Optional<Grade> grade() {
        return gradeText().flatMap(Grade::fromLabel);
    }

    /** The line of the table's title, when imported. */
    public abstract OptionalInt sourceLine();

    @Value.Check
    void check() {
        if (projectName().isBlank()) {
            throw new IllegalArgumentException("a self-evaluation needs its project's name");
        }
        for (Optional<Amount> money : List.of(initialBudget(), annualBudget(), executed())) {
            money.ifPresent(a -> {
                if (!a.isExactIn(unit(), decimals())) {
                    throw new IllegalArgumentException("self-evaluation " + projectName() + ": " + a
                            + " yuan is finer than " + decimals() + " decimals of " + unit().label());
                }
            });
        }
    }
}
