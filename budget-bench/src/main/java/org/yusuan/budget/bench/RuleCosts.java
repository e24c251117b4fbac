package org.yusuan.budget.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.internal.DisclosureIndex;

/**
 * What each built-in rule costs on one generated disclosure, as a multiple of the long sum of its
 * cells, timed by the thread's CPU time: where a validation's time goes, rule by rule, which a
 * sampling profile of the whole validation does not tell reliably. The rules run inside one {@link
 * DisclosureIndex}, made before the timing starts, so that each figure is the rule's own work
 * over tables already read. Besides: the whole validation (reading the tables included), and every
 * rule once in turn over tables already read (what a validation runs, without the reading), which
 * may cost more than the rules each timed alone: then each rule runs after the others.
 * Each rule, and the long sum, runs in turn for a slice of CPU time a round; a figure is the median
 * over the rounds, after warm-up rounds until the JIT compiler is done ({@link CpuSlices#warmUp}).
 *
 * <pre>{@code
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.RuleCosts 10000 TAIL_FREE 15
 * }</pre>
 */
public final class RuleCosts {
    private static final long SLICE_NANOS = 100_000_000L;

    private RuleCosts() {}

    /**
     * Runs the rounds and prints the rules by cost, the largest first.
     *
     * @param args about how many cells (10000), the rounding ({@code INDEPENDENT} or {@code
     *     TAIL_FREE}), the number of measured rounds (15)
     */
    public static void main(String[] args) {
        Disclosure disclosure =
                Workloads.bundled().withCells(Integer.parseInt(args[0]), 7L, RoundingPolicy.valueOf(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Validator validator = Validator.builder().build();
        RuleContext context = validator.context();
        List<Rule> rules = validator.rules();
        // [round][0]: the long sum, [round][1 + r]: rule r, [round][1 + rules]: a whole validation,
        // [round][2 + rules]: every rule once in turn, over tables already read
        double[][] micros = new double[rounds][rules.size() + 3];
        java.util.function.Supplier<double[]> round = () -> {
            double[] row = new double[rules.size() + 3];
            row[0] = slice(() -> Workloads.sumOfCells(disclosure));
            row[rules.size() + 1] =
                    slice(() -> validator.validate(disclosure).findings().size());
            double[] each = DisclosureIndex.during(disclosure, () -> {
                double[] costs = new double[rules.size() + 1];
                for (Rule rule : rules) {
                    rule.check(disclosure, context); // the index is read here
                }
                for (int r = 0; r < rules.size(); r++) {
                    Rule rule = rules.get(r);
                    costs[r] = slice(() -> rule.check(disclosure, context).size());
                }
                costs[rules.size()] = slice(() -> {
                    long found = 0L;
                    for (Rule rule : rules) {
                        found += rule.check(disclosure, context).size();
                    }
                    return found;
                });
                return costs;
            });
            System.arraycopy(each, 0, row, 1, rules.size());
            row[rules.size() + 2] = each[rules.size()];
            return row;
        };
        // warm-up rounds until the JIT compiler is done with the validator
        int warmUp = CpuSlices.warmUp(round::get, 3, 30);
        for (int at = 0; at < rounds; at++) {
            micros[at] = round.get();
        }
        double sum = median(micros, 0);
        List<String> lines = new ArrayList<>();
        double rulesTotal = 0.0;
        for (int r = 0; r < rules.size(); r++) {
            double cost = median(micros, r + 1);
            rulesTotal += cost;
            lines.add(String.format(
                    Locale.ROOT, "| %s | %.1f | %.2f |", rules.get(r).id(), cost, cost / sum));
        }
        lines.sort((a, b) -> Double.compare(ratioOf(b), ratioOf(a)));
        double whole = median(micros, rules.size() + 1);
        double inTurn = median(micros, rules.size() + 2);
        System.out.printf(
                Locale.ROOT,
                "%s cells %s: long sum %.1f µs; validation %.1f µs (%.2f ×); over tables already read, every rule"
                        + " once in turn %.1f µs (%.2f ×), the rules each timed alone %.1f µs (%.2f ×); %d warm-up"
                        + " rounds%n",
                Workloads.cells(disclosure),
                args[1],
                sum,
                whole,
                whole / sum,
                inTurn,
                inTurn / sum,
                rulesTotal,
                rulesTotal / sum,
                warmUp);
        System.out.println("| rule | µs | × long sum |");
        System.out.println("|---|---:|---:|");
        lines.forEach(System.out::println);
        if (CpuSlices.sink() == 42L) {
            System.out.println(); // keeps the runs' results
        }
    }

    private static double ratioOf(String line) {
        String[] cells = line.split("\\|");
        return Double.parseDouble(cells[3].strip());
    }

    /** The median of one column over the rounds. */
    private static double median(double[][] rows, int column) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][column];
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** The CPU time of one run of an operation, over a slice, in µs. */
    private static double slice(CpuSlices.Operation<RuntimeException> operation) {
        return CpuSlices.micros(operation, SLICE_NANOS);
    }
}
