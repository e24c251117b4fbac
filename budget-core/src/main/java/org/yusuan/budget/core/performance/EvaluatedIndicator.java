package org.yusuan.budget.core.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One indicator of a self-evaluation: where it sits in the tree, its target values at the start
 * of the year and after adjustment, what was achieved, its weight (分值) and score (得分), and the
 * reason for a deviation.
 *
 * @param category the level 1, when the printed name names one
 * @param kind the level 2, when the printed name names one
 * @param categoryText the level-1 name as printed
 * @param kindText the level-2 name as printed
 * @param name the level-3 name as printed
 * @param initialTarget 年初指标值
 * @param adjustedTarget 调整后指标值, when printed
 * @param actual 实际完成值
 * @param weight 分值, when printed
 * @param score 得分, when printed
 * @param deviationReason 偏差原因, when printed
 * @param sourceLine the line of the source document, when imported
 */
public record EvaluatedIndicator(
        Optional<IndicatorCategory> category,
        Optional<IndicatorKind> kind,
        String categoryText,
        String kindText,
        String name,
        TargetValue initialTarget,
        Optional<TargetValue> adjustedTarget,
        TargetValue actual,
        Optional<BigDecimal> weight,
        Optional<BigDecimal> score,
        Optional<String> deviationReason,
        OptionalInt sourceLine) {
    /** Checks nothing is missing. */
    public EvaluatedIndicator {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(categoryText, "categoryText");
        Objects.requireNonNull(kindText, "kindText");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initialTarget, "initialTarget");
        Objects.requireNonNull(adjustedTarget, "adjustedTarget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(deviationReason, "deviationReason");
        Objects.requireNonNull(sourceLine, "sourceLine");
    }
}
