package org.yusuan.budget.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.Grade;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.Relation;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.performance.TargetValue;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;

/** Performance targets and self-evaluations. */
final class PerformanceRules {
    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);

    private PerformanceRules() {}

    private static Location at(String project, OptionalInt line) {
        return new Location(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(project), Optional.empty(), line);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    static void funds(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.target().isEmpty()) {
                continue;
            }
            PerformanceTarget t = project.target().get();
            levels(t, "实施期", "term", t.termTotal(), t.termFunds(), c, x);
            levels(t, "年度", "year", t.yearTotal(), t.yearFunds(), c, x);
            if (t.yearTotal().isEmpty()) {
                continue;
            }
            Optional<Row> row = projectRow(d, t.projectName());
            Optional<BudgetTable> table = d.table(TableKind.PROJECT_EXPENDITURE);
            if (table.isEmpty()) {
                continue; // no project table: IMP-MISSING says so where the format requires one
            }
            if (row.isEmpty()) {
                c.skipped(
                        at(t.projectName(), t.sourceLine()),
                        "项目支出表中没有名为「" + t.projectName() + "」的项目，无法核对绩效目标表的年度资金总额",
                        "no project named \"" + t.projectName() + "\" in the project table: the target's"
                                + " year total cannot be checked against it");
                continue;
            }
            Optional<Amount> cell = row.get().cell(Column.TOTAL);
            if (cell.isEmpty()) {
                continue;
            }
            Amount year = t.yearTotal().get();
            int decimals = table.get().decimals();
            AmountUnit unit = table.get().unit();
            if (rounded(year, unit, decimals).equals(cell)) {
                continue; // the same amount, printed to the table's precision
            }
            // |元 figure − 万元 cell| ≤ ½ unit of the cell + ½ 元; a difference beyond an amount's
            // range (a damaged figure) is beyond that too
            Optional<Amount> difference = Checker.difference(year, cell.get());
            long bound = Amount.ofFen(1)
                            .multipliedBy(unit.fenPerUnit() / 2 / pow10(decimals))
                            .fen()
                    + 50;
            Severity severity =
                    difference.isPresent() && Math.abs(difference.get().fen()) <= bound
                            ? Severity.INFO
                            : Severity.ERROR;
            c.report(
                    severity,
                    at(t.projectName(), t.sourceLine()),
                    cell.get(),
                    year,
                    "绩效目标表「" + t.projectName() + "」年度资金总额 "
                            + year.toBigDecimal(AmountUnit.YUAN).toPlainString() + "元与项目支出表 "
                            + cell.get()
                                    .toBigDecimal(unit)
                                    .setScale(decimals, RoundingMode.UNNECESSARY)
                                    .toPlainString() + unit.label() + "不符",
                    "the target of \"" + t.projectName() + "\" states a year's total of " + year
                            + " yuan, the project table " + cell.get() + " yuan");
        }
    }

    /** An amount rounded to a table's precision, or empty where that is beyond an amount's range. */
    private static Optional<Amount> rounded(Amount amount, AmountUnit unit, int decimals) {
        try {
            return Optional.of(amount.round(unit, decimals, RoundingMode.HALF_UP));
        } catch (ArithmeticException beyond) {
            return Optional.empty();
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static Optional<Row> projectRow(Disclosure d, String name) {
        Optional<BudgetTable> table = d.table(TableKind.PROJECT_EXPENDITURE);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String wanted = compact(name);
        return table.get().rows().stream()
                .filter(r ->
                        r.key() instanceof RowKey.Project p && compact(p.name()).equals(wanted))
                .findFirst();
    }

    private static void levels(
            PerformanceTarget t,
            String zh,
            String en,
            Optional<Amount> total,
            Map<FundingLevel, Amount> funds,
            Checker c,
            RuleContext x) {
        if (total.isEmpty() || funds.isEmpty()) {
            return;
        }
        Optional<Amount> exact = Checker.exactSum(funds.values());
        Optional<Amount> between = exact.flatMap(s -> Checker.difference(total.get(), s));
        if (between.isEmpty()) { // the levels, or their difference from the total, beyond an amount's range
            c.report(
                    Severity.ERROR,
                    at(t.projectName(), t.sourceLine()),
                    "绩效目标表「" + t.projectName() + "」" + zh + "资金总额与各级资金之和不符：各级资金之和或其与总额之差超出金额的表示范围",
                    "the target of \"" + t.projectName() + "\": the " + en
                            + "'s total is not the sum of its funding levels, which (or whose difference from it)"
                            + " is beyond the range of an amount");
            return;
        }
        Amount sum = exact.get();
        Amount difference = between.get();
        boolean whole = funds.values().stream().allMatch(a -> a.isExactIn(AmountUnit.YUAN, 0))
                && total.get().isExactIn(AmountUnit.YUAN, 0);
        Tolerance.Judgement judgement = x.tolerance().judge(difference, AmountUnit.YUAN, whole ? 0 : 2, funds.size());
        if (judgement == Tolerance.Judgement.EXACT) {
            return;
        }
        c.report(
                judgement == Tolerance.Judgement.ROUNDING_TAIL ? Severity.INFO : Severity.ERROR,
                at(t.projectName(), t.sourceLine()),
                sum,
                total.get(),
                "绩效目标表「" + t.projectName() + "」" + zh + "资金总额与各级资金之和不符",
                "the target of \"" + t.projectName() + "\": the " + en
                        + "'s total is not the sum of its funding levels");
    }

    static void tree(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.target().isEmpty()) {
                continue;
            }
            PerformanceTarget t = project.target().get();
            checkTree(t, t.yearIndicators(), "年度", "year", c);
            if (!t.termIndicators().isEmpty()) {
                checkTree(t, t.termIndicators(), "实施期", "term", c);
            }
        }
    }

    private static void checkTree(PerformanceTarget t, IndicatorTree tree, String zh, String en, Checker c) {
        Location where = at(t.projectName(), t.sourceLine());
        for (IndicatorCategory category :
                List.of(IndicatorCategory.OUTPUT, IndicatorCategory.EFFECT, IndicatorCategory.SATISFACTION)) {
            if (tree.groups(category).isEmpty()) {
                c.report(
                        Severity.WARNING,
                        where,
                        "「" + t.projectName() + "」" + zh + "指标缺少一级指标「" + category.label() + "」",
                        "\"" + t.projectName() + "\": the " + en + " indicators have no " + category);
            }
        }
        for (IndicatorKind kind :
                List.of(IndicatorKind.QUANTITY, IndicatorKind.QUALITY, IndicatorKind.TIMELINESS, IndicatorKind.COST)) {
            boolean filled = tree.groups(kind).anyMatch(g -> !g.indicators().isEmpty())
                    || (kind == IndicatorKind.COST
                            && tree.groups(IndicatorCategory.COST).stream()
                                    .anyMatch(g -> !g.indicators().isEmpty()));
            if (!filled) {
                c.report(
                        Severity.WARNING,
                        where,
                        "「" + t.projectName() + "」" + zh + "产出指标缺少「" + kind.label() + "」",
                        "\"" + t.projectName() + "\": the " + en + " output indicators have no " + kind + " indicator");
            }
        }
        boolean satisfied = tree.groups(IndicatorCategory.SATISFACTION).stream()
                .anyMatch(g -> !g.indicators().isEmpty());
        if (!satisfied && !tree.groups(IndicatorCategory.SATISFACTION).isEmpty()) {
            c.report(
                    Severity.WARNING,
                    where,
                    "「" + t.projectName() + "」" + zh + "满意度指标下没有三级指标",
                    "\"" + t.projectName() + "\": the " + en + " satisfaction group has no indicator");
        }
        for (Indicator i : tree.indicators()) {
            if (i.value().raw().isBlank()) {
                c.report(
                        Severity.WARNING,
                        at(t.projectName(), i.sourceLine()),
                        "「" + t.projectName() + "」指标「" + i.name() + "」没有指标值",
                        "\"" + t.projectName() + "\": the indicator \"" + i.name() + "\" has no value");
            }
        }
    }

    static void values(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.target().isEmpty()) {
                continue;
            }
            PerformanceTarget t = project.target().get();
            for (IndicatorTree tree : List.of(t.termIndicators(), t.yearIndicators())) {
                boolean term = tree == t.termIndicators();
                for (IndicatorGroup g : tree.groups()) {
                    for (Indicator i : g.indicators()) {
                        value(
                                t.projectName(),
                                term ? "实施期" : "年度",
                                term ? " (term)" : " (year)",
                                g.kind().isCost() || g.category() == IndicatorCategory.COST,
                                i.name(),
                                i.value(),
                                i.sourceLine(),
                                c);
                    }
                }
            }
        }
        for (Project project : d.projects()) {
            project.target()
                    .ifPresent(t -> doubled(
                            t.projectName(),
                            t.sourceLine(),
                            List.of(
                                    t.supervisingDepartment(),
                                    t.implementingUnit(),
                                    t.attributeText(),
                                    t.overview(),
                                    t.basis(),
                                    t.necessity(),
                                    t.measures(),
                                    t.plan(),
                                    t.termGoal(),
                                    t.yearGoal()),
                            c));
            project.evaluation().ifPresent(e -> {
                List<Optional<String>> texts = new ArrayList<>(
                        List.of(e.supervisingDepartment(), e.implementingUnit(), e.yearGoal(), e.achieved()));
                e.analysis().values().forEach(text -> texts.add(Optional.of(text)));
                doubled(e.projectName(), e.sourceLine(), texts, c);
            });
        }
        for (Project project : d.projects()) {
            project.evaluation().ifPresent(e -> {
                for (EvaluatedIndicator i : e.indicators()) {
                    boolean cost = i.kind().map(IndicatorKind::isCost).orElse(false);
                    value(e.projectName(), "", "", cost, i.name(), i.initialTarget(), i.sourceLine(), c);
                }
            });
        }
    }

    /** Doubled words in the text fields of a target or self-evaluation (概况, 目标, 分析, …). */
    private static void doubled(String project, OptionalInt line, List<Optional<String>> texts, Checker c) {
        for (Optional<String> text : texts) {
            if (text.isEmpty()) {
                continue;
            }
            String t = text.get();
            for (Doubled.Match m = Doubled.find(t, 0); m != null; m = Doubled.find(t, m.end())) {
                int from = Math.max(0, m.start() - 6);
                int to = Math.min(t.length(), m.end() + 6);
                String context = t.substring(from, to);
                c.report(
                        Severity.WARNING,
                        at(project, line),
                        "「" + project + "」文字「…" + context + "…」含重复文字「" + m.whole(t) + "」，可能是提取或录入错误",
                        "\"" + project + "\": the text \"…" + context + "…\" repeats \"" + m.repeated(t)
                                + "\", probably broken extraction or a typing slip");
            }
        }
    }

    /**
     * The checks of one indicator's name and value; {@code halfZh}/{@code halfEn} name the half of a
     * target table it is on (实施期, 年度), so that the same words printed on both halves are told
     * apart in the report.
     */
    private static void value(
            String project,
            String halfZh,
            String halfEn,
            boolean cost,
            String name,
            TargetValue value,
            OptionalInt line,
            Checker c) {
        Location where = at(project, line);
        if (cost && !value.raw().isBlank()) {
            boolean money = value instanceof TargetValue.Quantitative q && q.isMoney();
            if (!money) {
                c.report(
                        Severity.WARNING,
                        where,
                        "「" + project + "」" + halfZh + "成本指标「" + name + "」的指标值「"
                                + value.raw().strip() + "」不是金额",
                        "\"" + project + "\"" + halfEn + ": the cost indicator \"" + name + "\" has the value \""
                                + value.raw().strip() + "\", which is not money");
            }
        }
        if (value instanceof TargetValue.Quantitative q && q.isPercent()) {
            boolean above = q.number().compareTo(BigDecimal.valueOf(100)) > 0
                    && q.relation() != Relation.GREATER
                    && q.relation() != Relation.GREATER_OR_EQUAL;
            if (above || q.number().signum() < 0) {
                c.report(
                        Severity.WARNING,
                        where,
                        "「" + project + "」" + halfZh + "指标「" + name + "」的百分比「"
                                + q.raw().strip() + "」超出0–100%",
                        "\"" + project + "\"" + halfEn + ": the indicator \"" + name + "\" has the percentage \""
                                + q.raw().strip() + "\", outside 0–100%");
            }
        }
        for (String text : List.of(name, value.raw())) {
            String t = text.strip();
            Doubled.Match m = Doubled.find(t, 0);
            if (m != null) {
                c.report(
                        Severity.WARNING,
                        where,
                        "「" + project + "」" + halfZh + "「" + text.strip() + "」含重复文字「" + m.whole(t) + "」，可能是提取错误",
                        "\"" + project + "\"" + halfEn + ": \"" + text.strip() + "\" repeats \"" + m.repeated(t)
                                + "\", probably broken extraction");
            }
        }
    }

    static void evaluations(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.evaluation().isEmpty()) {
                continue;
            }
            SelfEvaluation e = project.evaluation().get();
            Location where = at(e.projectName(), e.sourceLine());
            rate(e, where, c);
            List<BigDecimal> scores = new ArrayList<>();
            e.executionScore().ifPresent(scores::add);
            for (EvaluatedIndicator i : e.indicators()) {
                if (i.score().isPresent()
                        && i.weight().isPresent()
                        && i.score().get().compareTo(i.weight().get()) > 0) {
                    c.report(
                            Severity.ERROR,
                            at(e.projectName(), i.sourceLine()),
                            "「" + e.projectName() + "」指标「" + i.name() + "」得分 "
                                    + i.score().get().toPlainString() + " 超过分值 "
                                    + i.weight().get().toPlainString(),
                            "\"" + e.projectName() + "\": the indicator \"" + i.name() + "\" scores "
                                    + i.score().get().toPlainString() + ", more than its weight "
                                    + i.weight().get().toPlainString());
                }
                i.score().ifPresent(scores::add);
            }
            if (e.executionScore().isPresent()
                    && e.executionWeight().isPresent()
                    && e.executionScore().get().compareTo(e.executionWeight().get()) > 0) {
                c.report(
                        Severity.ERROR,
                        where,
                        "「" + e.projectName() + "」预算执行率得分超过分值",
                        "\"" + e.projectName() + "\": the execution score is more than its weight");
            }
            if (e.totalScore().isPresent() && !scores.isEmpty()) {
                BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                int decimals = scores.stream()
                        .mapToInt(s -> Math.max(0, s.scale()))
                        .max()
                        .orElse(0);
                decimals = Math.max(decimals, Math.max(0, e.totalScore().get().scale()));
                BigDecimal bound = BigDecimal.valueOf(scores.size() + 1L).multiply(BigDecimal.valueOf(5, decimals + 1));
                BigDecimal diff = e.totalScore().get().subtract(sum);
                if (diff.signum() != 0) {
                    boolean within = diff.abs().compareTo(bound) <= 0;
                    c.report(
                            within ? Severity.INFO : Severity.ERROR,
                            where,
                            "「" + e.projectName() + "」总分 "
                                    + e.totalScore().get().toPlainString() + " 与各项得分之和 " + sum.toPlainString() + " 不符",
                            "\"" + e.projectName() + "\": the total score "
                                    + e.totalScore().get().toPlainString() + " is not the sum of the scores, "
                                    + sum.toPlainString());
                }
            }
            if (e.totalScore().isPresent()
                    && (e.totalScore().get().signum() < 0
                            || e.totalScore().get().compareTo(BigDecimal.valueOf(100)) > 0)) {
                c.report(
                        Severity.ERROR,
                        where,
                        "「" + e.projectName() + "」总分 " + e.totalScore().get().toPlainString() + " 不在0–100分之间",
                        "\"" + e.projectName() + "\": the total score "
                                + e.totalScore().get().toPlainString() + " is outside 0–100");
            }
            if (e.totalScore().isPresent() && e.grade().isPresent()) {
                Grade expected = Grade.of(e.totalScore().get());
                if (expected != e.grade().get()) {
                    c.report(
                            Severity.ERROR,
                            where,
                            "「" + e.projectName() + "」总分 "
                                    + e.totalScore().get().toPlainString() + " 对应等级「" + expected.label() + "」，公布为「"
                                    + e.gradeText().orElse("") + "」",
                            "\"" + e.projectName() + "\": a total of "
                                    + e.totalScore().get().toPlainString() + " is graded " + expected + ", published "
                                    + e.gradeText().orElse(""));
                }
            }
        }
    }

    private static void rate(SelfEvaluation e, Location where, Checker c) {
        if (e.executionRate().isEmpty()
                || e.executed().isEmpty()
                || e.annualBudget().isEmpty()) {
            return;
        }
        BigDecimal annual = e.annualBudget().get().toBigDecimal(e.unit());
        BigDecimal executed = e.executed().get().toBigDecimal(e.unit());
        BigDecimal half = BigDecimal.valueOf(5, e.decimals() + 1);
        BigDecimal rate = e.executionRate().get();
        BigDecimal rateHalf = BigDecimal.valueOf(5, Math.max(0, rate.scale()) + 1);
        if (annual.subtract(half).signum() <= 0) {
            return; // no budget to divide by: nothing to check
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal low =
                executed.subtract(half).max(BigDecimal.ZERO).multiply(hundred).divide(annual.add(half), PRECISION);
        BigDecimal high = executed.add(half).multiply(hundred).divide(annual.subtract(half), PRECISION);
        boolean meets = rate.subtract(rateHalf).compareTo(high) <= 0 && low.compareTo(rate.add(rateHalf)) <= 0;
        if (!meets) {
            BigDecimal computed =
                    executed.multiply(hundred).divide(annual, PRECISION).setScale(2, RoundingMode.HALF_UP);
            c.report(
                    Severity.ERROR,
                    where,
                    "「" + e.projectName() + "」执行率 " + rate.toPlainString() + "% 与执行数÷全年预算数 ＝ "
                            + computed.toPlainString() + "% 不符",
                    "\"" + e.projectName() + "\": the execution rate " + rate.toPlainString()
                            + "% is not executed / annual budget = " + computed.toPlainString() + "%");
        }
    }

    private static final java.util.regex.Pattern STATED_RATE =
            java.util.regex.Pattern.compile("执行率(?:为|达到|达|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final java.util.regex.Pattern STATED_EXECUTED =
            java.util.regex.Pattern.compile("实际(?:执行|支出)(?:了|数为|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*万元");

    /**
     * PRF-ANALYSIS: the 项目绩效分析 of a self-evaluation against its own table: an execution rate the
     * text states (执行率为69%) is the table's 执行率, and an amount it says was executed (实际执行29.099万元)
     * is the table's 全年执行数, each within half a unit of both printed precisions.
     */
    static void analysis(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.evaluation().isEmpty()) {
                continue;
            }
            SelfEvaluation e = project.evaluation().get();
            Location where = at(e.projectName(), e.sourceLine());
            for (var part : e.analysis().entrySet()) {
                var rate = STATED_RATE.matcher(part.getValue());
                while (rate.find() && e.executionRate().isPresent()) {
                    BigDecimal stated = new BigDecimal(rate.group(1));
                    BigDecimal printed = e.executionRate().get();
                    if (!within(stated, printed)) {
                        c.report(
                                Severity.WARNING,
                                where,
                                "「" + e.projectName() + "」绩效分析「" + part.getKey() + "」称执行率" + rate.group(1) + "%，表中执行率为"
                                        + printed.toPlainString(),
                                "\"" + e.projectName() + "\": the analysis (" + part.getKey()
                                        + ") states an execution rate of " + rate.group(1) + "%, the table prints "
                                        + printed.toPlainString());
                    }
                }
                var executed = STATED_EXECUTED.matcher(part.getValue());
                while (executed.find() && e.executed().isPresent()) {
                    BigDecimal stated = new BigDecimal(executed.group(1));
                    BigDecimal printed =
                            e.executed().get().toBigDecimal(e.unit()).setScale(e.decimals(), RoundingMode.UNNECESSARY);
                    if (e.unit() == org.yusuan.budget.core.money.AmountUnit.WAN_YUAN && !within(stated, printed)) {
                        c.report(
                                Severity.WARNING,
                                where,
                                "「" + e.projectName() + "」绩效分析「" + part.getKey() + "」称实际执行" + executed.group(1)
                                        + "万元，表中全年执行数为" + printed.toPlainString() + "万元",
                                "\"" + e.projectName() + "\": the analysis (" + part.getKey() + ") states "
                                        + executed.group(1) + " 万元 executed, the table prints "
                                        + printed.toPlainString() + " 万元");
                    }
                }
            }
        }
    }

    /** Whether two printed numbers can be the same value: within half a unit of each one's last place. */
    private static boolean within(BigDecimal a, BigDecimal b) {
        BigDecimal bound = BigDecimal.valueOf(5, Math.max(0, a.scale()) + 1)
                .add(BigDecimal.valueOf(5, Math.max(0, b.scale()) + 1));
        return a.subtract(b).abs().compareTo(bound) <= 0;
    }

    /**
     * PRF-NAME: a performance target names a project of the project tables (表十二, 表十三), white
     * space aside. When it names none, the finding gives the project row whose name is nearest (fewest
     * characters changed, within half the name), so a reader sees a misprint at once. Not checked when
     * the disclosure has no project table.
     */
    static void names(Disclosure d, Checker c, RuleContext x) {
        List<String> printed = new ArrayList<>();
        for (TableKind kind : List.of(TableKind.PROJECT_EXPENDITURE, TableKind.CARRY_OVER_PROJECT_EXPENDITURE)) {
            d.table(kind)
                    .ifPresent(table -> table.rows().stream()
                            .filter(r -> r.key() instanceof RowKey.Project)
                            .forEach(r -> printed.add(((RowKey.Project) r.key()).name())));
        }
        if (printed.isEmpty()) {
            return;
        }
        for (Project project : d.projects()) {
            if (project.target().isEmpty()) {
                continue;
            }
            PerformanceTarget t = project.target().get();
            String wanted = compact(t.projectName());
            if (printed.stream().anyMatch(p -> compact(p).equals(wanted))) {
                continue;
            }
            Optional<String> nearest = printed.stream()
                    .filter(p -> distance(compact(p), wanted) * 2 <= wanted.length())
                    .min(java.util.Comparator.comparingInt(p -> distance(compact(p), wanted)));
            c.report(
                    Severity.WARNING,
                    at(t.projectName(), t.sourceLine()),
                    "绩效目标表的项目「" + t.projectName() + "」不在项目支出表中"
                            + nearest.map(n -> "（最接近的是「" + n + "」）").orElse(""),
                    "the target's project \"" + t.projectName() + "\" is in no project table"
                            + nearest.map(n -> " (nearest: \"" + n + "\")").orElse(""));
        }
    }

    /** The edit distance of two names: characters inserted, deleted or replaced. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * PRF-COST: the money the cost indicators of a target's half name in total (元, 万元, 千元, 亿元; a
     * rate per unit such as 7.5元/人 is not a total and is left out) is not more than that half's
     * 资金总额. An indicator ≥X names no upper bound and is left out too.
     */
    static void costs(Disclosure d, Checker c, RuleContext x) {
        for (Project project : d.projects()) {
            if (project.target().isEmpty()) {
                continue;
            }
            PerformanceTarget t = project.target().get();
            cost(t, t.termIndicators(), t.termTotal(), "实施期", "term", c);
            cost(t, t.yearIndicators(), t.yearTotal(), "年度", "year", c);
        }
    }

    private static void cost(
            PerformanceTarget t, IndicatorTree tree, Optional<Amount> total, String zh, String en, Checker c) {
        if (total.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> named = new ArrayList<>();
        for (IndicatorGroup g : tree.groups()) {
            if (!g.kind().isCost() && g.category() != IndicatorCategory.COST) {
                continue;
            }
            for (Indicator i : g.indicators()) {
                if (i.value() instanceof TargetValue.Quantitative q
                        && q.isMoney()
                        && !q.unit().contains("/")
                        && q.relation() != Relation.GREATER
                        && q.relation() != Relation.GREATER_OR_EQUAL) {
                    BigDecimal yuan = switch (q.unit()) {
                        case "万元" -> q.number().scaleByPowerOfTen(4);
                        case "千元" -> q.number().scaleByPowerOfTen(3);
                        case "亿元" -> q.number().scaleByPowerOfTen(8);
                        default -> q.number();
                    };
                    sum = sum.add(yuan);
                    named.add(i.name() + " " + q.raw().strip());
                }
            }
        }
        BigDecimal limit = total.get().toBigDecimal(AmountUnit.YUAN);
        if (sum.compareTo(limit) > 0) {
            c.report(
                    Severity.WARNING,
                    at(t.projectName(), t.sourceLine()),
                    "「" + t.projectName() + "」" + zh + "成本指标合计 "
                            + sum.stripTrailingZeros().toPlainString()
                            + "元（" + String.join("、", named) + "）超过" + zh + "资金总额 "
                            + limit.stripTrailingZeros().toPlainString() + "元",
                    "\"" + t.projectName() + "\": the " + en + " cost indicators add up to "
                            + sum.stripTrailingZeros().toPlainString() + " yuan (" + String.join(", ", named)
                            + "), more than the " + en + "'s total of "
                            + limit.stripTrailingZeros().toPlainString()
                            + " yuan");
        }
    }

    private static final java.util.regex.Pattern CODED_UNIT =
            java.util.regex.Pattern.compile("^(\\d{3,})\\s*[-－—]?\\s*(\\S.*)$");

    /** A unit printed with its code in a performance table (144004-晋城市…), and where. */
    private record CodedUnit(String code, String name, OptionalInt line) {}

    /**
     * PRF-UNIT: a unit printed with its code in the performance tables (主管部门及代码, 实施单位, 预算单位)
     * has the same code in every table. When one name comes with several codes, each table printing a
     * code other than the most frequent one is a WARNING naming the others.
     */
    static void units(Disclosure d, Checker c, RuleContext x) {
        List<CodedUnit> printed = new ArrayList<>();
        for (Project project : d.projects()) {
            project.target().ifPresent(t -> {
                coded(t.supervisingDepartment(), t.sourceLine(), printed);
                coded(t.implementingUnit(), t.sourceLine(), printed);
            });
            project.evaluation().ifPresent(e -> {
                coded(e.supervisingDepartment(), e.sourceLine(), printed);
                coded(e.implementingUnit(), e.sourceLine(), printed);
            });
        }
        java.util.Map<String, List<CodedUnit>> byName = new java.util.LinkedHashMap<>();
        for (CodedUnit u : printed) {
            byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
        }
        for (List<CodedUnit> same : byName.values()) {
            java.util.Map<String, Long> counts = same.stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            CodedUnit::code, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
            if (counts.size() < 2) {
                continue;
            }
            String usual = counts.entrySet().stream()
                    .max(java.util.Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            for (CodedUnit u : same) {
                if (u.code().equals(usual)) {
                    continue;
                }
                c.report(
                        Severity.WARNING,
                        at(u.name(), u.line()),
                        "绩效表中「" + u.name() + "」的编码为 " + u.code() + "，其他绩效表为 " + usual,
                        "the performance table prints the code " + u.code() + " for \"" + u.name()
                                + "\", the other tables " + usual);
            }
        }
    }

    private static void coded(Optional<String> text, OptionalInt line, List<CodedUnit> printed) {
        if (text.isEmpty()) {
            return;
        }
        var m = CODED_UNIT.matcher(text.get().strip());
        if (m.matches()) {
            printed.add(new CodedUnit(m.group(1), compact(m.group(2)), line));
        }
    }
}
