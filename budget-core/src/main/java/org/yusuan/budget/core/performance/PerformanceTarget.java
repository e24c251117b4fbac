package org.yusuan.budget.core.performance;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.money.Amount;

/**
 * 项目支出绩效目标表: the performance target of one project: its general data, its funds for the
 * whole term and for the year (in 元) split by funding level, its texts, its overall goals, and two
 * indicator trees (实施期 and 年度).
 */
@Value.Immutable
@ValueStyle
public abstract class PerformanceTarget {
    PerformanceTarget() {}

    /** A builder; {@code projectName} is required. */
    public static ImmutablePerformanceTarget.Builder builder() {
        return ImmutablePerformanceTarget.builder();
    }

    /** 项目名称, as printed. */
    public abstract String projectName();

    /** 主管部门及代码, as printed ({@code 209-山西省人力资源和社会保障厅}). */
    public abstract Optional<String> supervisingDepartment();

    /** 实施单位. */
    public abstract Optional<String> implementingUnit();

    /** 项目属性, as printed. */
    public abstract Optional<String> attributeText();

    /** 项目属性, when the printed text names one. */
    public Optional<ProjectAttribute> attribute() {
        return attributeText().flatMap(ProjectAttribute::fromLabel);
    }

    /** 项目期, as printed ({@code 99年}, {@code 1年}). */
    public abstract Optional<String> term();

    /** 实施期资金总额 (元). */
    public abstract Optional<Amount> termTotal();

    /** The term's funds by level (元), as printed; a blank level is absent. */
    public abstract Map<FundingLevel, Amount> termFunds();

    /** 年度资金总额 (元). */
    public abstract Optional<Amount> yearTotal();

    /** The year's funds by level (元), as printed; a blank level is absent. */
    public abstract Map<FundingLevel, Amount> yearFunds();

    /** 项目概况. */
    public abstract Optional<String> overview();

    /** 立项依据. */
    public abstract Optional<String> basis();

    /** 项目设立必要性. */
    public abstract Optional<String> necessity();

    /** 保证项目实施的制度、措施. */
    public abstract Optional<String> measures();

    /** 项目实施计划. */
    public abstract Optional<String> plan();

    /** 总体目标 for the term. */
    public abstract Optional<String> termGoal();

    /** 总体目标 for the year. */
    public abstract Optional<String> yearGoal();

    /** The indicator tree for the term (实施期). */
    @Value.Default
    public IndicatorTree termIndicators() {
        return IndicatorTree.EMPTY;
    }

    /** The indicator tree for the year (年度). */
    @Value.Default
    public IndicatorTree yearIndicators() {
        return IndicatorTree.EMPTY;
    }

    /** The line of the table's title, when imported. */
    public abstract OptionalInt sourceLine();

    @Value.Check
    void check() {
        if (projectName().isBlank()) {
            throw new IllegalArgumentException("a performance target needs its project's name");
        }
    }
}
