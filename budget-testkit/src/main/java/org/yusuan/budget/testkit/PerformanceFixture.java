package org.yusuan.budget.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountParseException;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.ImmutablePerformanceTarget;
import org.yusuan.budget.core.performance.ImmutableSelfEvaluation;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.performance.TargetValue;

/**
 * Performance target and self-evaluation tables transcribed by hand in a small tab-separated format
 * ({@code target … end} and {@code evaluation … end} blocks of {@code field}, {@code fund},
 * {@code group}, {@code indicator}, {@code money}, {@code rate}, {@code execution} and {@code total}
 * lines), for tests that need them exactly as printed. Level names are read as printed, in their
 * published variants; a name that names no level is an error pointing at its line.
 */
public final class PerformanceFixture {
    private final List<PerformanceTarget> targets;
    private final List<SelfEvaluation> evaluations;

    private PerformanceFixture(List<PerformanceTarget> targets, List<SelfEvaluation> evaluations) {
        this.targets = List.copyOf(targets);
        this.evaluations = List.copyOf(evaluations);
    }

    /** The target tables, in the order of the file. */
    public List<PerformanceTarget> targets() {
        return targets;
    }

    /** The self-evaluation tables, in the order of the file. */
    public List<SelfEvaluation> evaluations() {
        return evaluations;
    }

    /**
     * Reads a fixture.
     *
     * @param text the fixture; not closed
     * @param source the name used in error messages
     * @return the fixture
     * @throws BudgetFormatException naming the line of a malformed line
     */
    public static PerformanceFixture read(Reader text, String source) {
        Parser p = new Parser(source);
        try {
            BufferedReader lines = new BufferedReader(text);
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    p.line(number, line.split("\t", -1));
                } catch (ArrayIndexOutOfBoundsException e) {
                    throw new BudgetFormatException(
                            source, number, 0, "too few fields for a \"" + line.split("\t", -1)[0] + "\" line", e);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    if (e instanceof BudgetFormatException) {
                        throw e;
                    }
                    throw new BudgetFormatException(source, number, 0, e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (p.target != null || p.evaluation != null) {
            throw new BudgetFormatException(source, p.openedAt, 0, "a table opened here has no end line");
        }
        return new PerformanceFixture(p.targets, p.evaluations);
    }

    private static final class Parser {
        private final String source;
        private final List<PerformanceTarget> targets = new ArrayList<>();
        private final List<SelfEvaluation> evaluations = new ArrayList<>();
        private ImmutablePerformanceTarget.Builder target;
        private ImmutableSelfEvaluation.Builder evaluation;
        private final Map<String, Map<String, List<Indicator>>> term = new LinkedHashMap<>();
        private final Map<String, Map<String, List<Indicator>>> year = new LinkedHashMap<>();
        private final Map<String, Integer> groupLines = new LinkedHashMap<>();
        private final Map<FundingLevel, Amount> termFunds = new EnumMap<>(FundingLevel.class);
        private final Map<FundingLevel, Amount> yearFunds = new EnumMap<>(FundingLevel.class);
        private int moneyDecimals;
        private int openedAt;

        Parser(String source) {
            this.source = source;
        }

        void line(int number, String[] f) {
            switch (f[0]) {
                case "target" -> {
                    requireNone(number);
                    target = PerformanceTarget.builder().projectName(f[2]).sourceLine(Integer.parseInt(f[1]));
                    openedAt = number;
                    term.clear();
                    year.clear();
                    groupLines.clear();
                    termFunds.clear();
                    yearFunds.clear();
                }
                case "evaluation" -> {
                    requireNone(number);
                    evaluation = SelfEvaluation.builder().projectName(f[2]).sourceLine(Integer.parseInt(f[1]));
                    openedAt = number;
                    moneyDecimals = 0;
                }
                case "field" -> field(number, f[1], f[2]);
                case "fund" -> fund(number, f);
                case "group" -> group(seedLine(number, f[4]), f[1], f[2], f[3]).size();
                case "indicator" -> indicator(number, f);
                case "money" -> money(number, f[1], f[2]);
                case "analysis" -> requireEvaluation(number).putAnalysis(f[1], f[2]);
                case "rate" -> requireEvaluation(number).executionRate(number(f[1].replace("%", "")));
                case "execution" -> {
                    if (!f[1].isEmpty()) {
                        requireEvaluation(number).executionWeight(number(f[1]));
                    }
                    if (!f[2].isEmpty()) {
                        requireEvaluation(number).executionScore(number(f[2]));
                    }
                }
                case "total" -> {
                    if (!f[1].isEmpty()) {
                        requireEvaluation(number).totalScore(number(f[1]));
                    }
                    if (f.length > 2 && !f[2].isEmpty()) {
                        requireEvaluation(number).gradeText(f[2]);
                    }
                }
                case "end" -> end(number);
                default -> throw new BudgetFormatException(source, number, 1, "unknown line kind \"" + f[0] + "\"");
            }
        }

        private void requireNone(int number) {
            if (target != null || evaluation != null) {
                throw new BudgetFormatException(source, number, 1, "a table starts before the last one ended");
            }
        }

        private ImmutableSelfEvaluation.Builder requireEvaluation(int number) {
            if (evaluation == null) {
                throw new BudgetFormatException(source, number, 1, "a self-evaluation line outside an evaluation");
            }
            return evaluation;
        }

        private void field(int number, String key, String value) {
            if (value.isEmpty()) {
                return;
            }
            if (evaluation != null) {
                switch (key) {
                    case "supervisingDepartment" -> evaluation.supervisingDepartment(value);
                    case "implementingUnit" -> evaluation.implementingUnit(value);
                    case "yearGoal" -> evaluation.yearGoal(value);
                    case "achieved" -> evaluation.achieved(value);
                    default ->
                        throw new BudgetFormatException(source, number, 7, "unknown evaluation field \"" + key + "\"");
                }
                return;
            }
            if (target == null) {
                throw new BudgetFormatException(source, number, 1, "a field outside a table");
            }
            switch (key) {
                case "supervisingDepartment" -> target.supervisingDepartment(value);
                case "implementingUnit" -> target.implementingUnit(value);
                case "attribute" -> target.attributeText(value);
                case "term" -> target.term(value);
                case "overview" -> target.overview(value);
                case "basis" -> target.basis(value);
                case "necessity" -> target.necessity(value);
                case "measures" -> target.measures(value);
                case "plan" -> target.plan(value);
                case "termGoal" -> target.termGoal(value);
                case "yearGoal" -> target.yearGoal(value);
                default -> throw new BudgetFormatException(source, number, 7, "unknown target field \"" + key + "\"");
            }
        }

        private void fund(int number, String[] f) {
            if (target == null) {
                throw new BudgetFormatException(source, number, 1, "a fund line outside a target");
            }
            if (f[3].isEmpty()) {
                return;
            }
            Amount amount = amount(number, f[3], AmountUnit.YUAN);
            boolean isTerm = f[1].equals("TERM");
            if (f[2].equals("TOTAL")) {
                if (isTerm) {
                    target.termTotal(amount);
                } else {
                    target.yearTotal(amount);
                }
            } else {
                (isTerm ? termFunds : yearFunds).put(FundingLevel.valueOf(f[2]), amount);
            }
        }

        private List<Indicator> group(int number, String side, String level1, String level2) {
            Map<String, Map<String, List<Indicator>>> tree = side.equals("TERM") ? term : year;
            groupLines.putIfAbsent(side + "\t" + level1 + "\t" + level2, number);
            return tree.computeIfAbsent(level1, k -> new LinkedHashMap<>())
                    .computeIfAbsent(level2, k -> new ArrayList<>());
        }

        private void indicator(int number, String[] f) {
            if (evaluation != null) {
                evaluation.addIndicators(new EvaluatedIndicator(
                        IndicatorCategory.fromLabel(f[1]),
                        IndicatorKind.fromLabel(f[2]),
                        f[1],
                        f[2],
                        f[3],
                        TargetValue.parse(f[4]),
                        f[5].isEmpty() ? Optional.empty() : Optional.of(TargetValue.parse(f[5])),
                        TargetValue.parse(f[6]),
                        f[7].isEmpty() ? Optional.empty() : Optional.of(number(f[7])),
                        f[8].isEmpty() ? Optional.empty() : Optional.of(number(f[8])),
                        f[9].isEmpty() ? Optional.empty() : Optional.of(f[9]),
                        OptionalInt.of(Integer.parseInt(f[10]))));
                return;
            }
            if (target == null) {
                throw new BudgetFormatException(source, number, 1, "an indicator outside a table");
            }
            group(seedLine(number, f[6]), f[1], f[2], f[3])
                    .add(new Indicator(f[4], TargetValue.parse(f[5]), OptionalInt.of(Integer.parseInt(f[6]))));
        }

        /** The seed line a fixture line gives in its LINE field. */
        private int seedLine(int number, String line) {
            try {
                return Integer.parseInt(line);
            } catch (NumberFormatException e) {
                throw new BudgetFormatException(source, number, 0, "not a line number: \"" + line + "\"", e);
            }
        }

        private void money(int number, String key, String value) {
            if (value.isEmpty()) {
                return;
            }
            int decimals = value.contains(".") ? value.length() - value.indexOf('.') - 1 : 0;
            moneyDecimals = Math.max(moneyDecimals, decimals);
            Amount amount = amount(number, value, AmountUnit.WAN_YUAN);
            switch (key) {
                case "INITIAL_BUDGET" -> requireEvaluation(number).initialBudget(amount);
                case "ANNUAL_BUDGET" -> requireEvaluation(number).annualBudget(amount);
                case "EXECUTED" -> requireEvaluation(number).executed(amount);
                default -> throw new BudgetFormatException(source, number, 7, "unknown money line \"" + key + "\"");
            }
        }

        private Amount amount(int number, String text, AmountUnit unit) {
            try {
                return Amount.parse(text, unit);
            } catch (AmountParseException e) {
                throw new BudgetFormatException(source, number, 0, e.getMessage(), e);
            }
        }

        private static BigDecimal number(String text) {
            return new BigDecimal(text.strip().replace(",", ""));
        }

        private IndicatorTree tree(int number, String side, Map<String, Map<String, List<Indicator>>> printed) {
            List<IndicatorGroup> groups = new ArrayList<>();
            printed.forEach((level1, byKind) -> byKind.forEach((level2, indicators) -> {
                int line = groupLines.get(side + "\t" + level1 + "\t" + level2);
                IndicatorKind kind = IndicatorKind.fromLabel(level2)
                        .orElseThrow(() -> new BudgetFormatException(
                                source, line, 0, "not a level-2 indicator name: \"" + level2 + "\""));
                IndicatorCategory category = IndicatorCategory.fromLabel(level1).orElseGet(kind::category);
                groups.add(new IndicatorGroup(category, kind, indicators, OptionalInt.of(line)));
            }));
            return new IndicatorTree(groups);
        }

        private void end(int number) {
            if (target != null) {
                targets.add(target.termFunds(termFunds)
                        .yearFunds(yearFunds)
                        .termIndicators(tree(number, "TERM", term))
                        .yearIndicators(tree(number, "YEAR", year))
                        .build());
                target = null;
            } else if (evaluation != null) {
                evaluations.add(evaluation.decimals(Math.max(2, moneyDecimals)).build());
                evaluation = null;
            } else {
                throw new BudgetFormatException(source, number, 1, "end outside a table");
            }
        }
    }
}
