package org.yusuan.budget.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.validation.Validator;

/**
 * Validation of one generated disclosure against the long-sum baseline, timed by the CPU time of
 * the thread that runs them: in each round the validator runs for a second of CPU time, then the
 * baseline for as many operations. Prints the median (10th – 90th percentile) of the rounds'
 * validation time an operation and of their ratios, after a few warm-up rounds. One size a JVM, so
 * that what the JIT learnt from another size does not count; the collector's threads are not
 * counted (see {@link Paired}).
 *
 * <pre>{@code
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.CpuRatio 10000 TAIL_FREE 15
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.CpuRatio seed:002 - 15
 * java -Dcpuratio.baseline=rows -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.CpuRatio 10000 TAIL_FREE 15
 * }</pre>
 *
 * <p>With {@code -Dcpuratio.baseline=rows} the baseline is {@link Workloads#touchRows}, which also
 * reads each row's code and name.
 */
public final class CpuRatio {
    private CpuRatio() {}

    /**
     * Runs the rounds.
     *
     * @param args about how many cells (10000) or a seed ({@code seed:002}, the seed whose file name
     *     starts so, imported), the rounding ({@code INDEPENDENT} or {@code TAIL_FREE}; for a seed,
     *     {@code -}), the number of measured rounds (15)
     */
    public static void main(String[] args) {
        boolean seed = args[0].startsWith("seed:");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Disclosure disclosure = seed
                ? Workloads.importedSeed(seedNamed(args[0].substring("seed:".length())))
                : Workloads.bundled().withCells(Integer.parseInt(args[0]), 7L, RoundingPolicy.valueOf(args[1]));
        String rounding = seed ? args[0] : args[1];
        // -Dvalidation.rootCauses=false: every finding on its own, without the traced second run
        Validator validator = Validator.builder()
                .groupRootCauses(Boolean.parseBoolean(System.getProperty("validation.rootCauses", "true")))
                .build();
        // -Dcpuratio.baseline=rows: the baseline reads each row's code and name too (touchRows)
        boolean rows = "rows".equals(System.getProperty("cpuratio.baseline", "cells"));
        int warmUp = 5;
        double[] micros = new double[rounds];
        double[] ratios = new double[rounds];
        long sink = 0L;
        for (int round = -warmUp; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long operations = 0L;
            long validated;
            do {
                sink += validator.validate(disclosure).findings().size();
                operations++;
                validated = threads.getCurrentThreadCpuTime() - start;
            } while (validated < 1_000_000_000L);
            long baselineStart = threads.getCurrentThreadCpuTime();
            for (long i = 0; i < operations; i++) {
                sink += rows ? Workloads.touchRows(disclosure) : Workloads.sumOfCells(disclosure);
            }
            long summed = threads.getCurrentThreadCpuTime() - baselineStart;
            if (round >= 0) {
                micros[round] = validated / 1000.0 / operations;
                ratios[round] = (double) validated / summed;
            }
        }
        Arrays.sort(micros);
        Arrays.sort(ratios);
        System.out.printf(
                Locale.ROOT,
                "| %d cells %s | %.1f µs (%.1f – %.1f) | %.2f (%.2f – %.2f) | %d |%s%n",
                Workloads.cells(disclosure),
                rounding,
                micros[rounds / 2],
                micros[rounds / 10],
                micros[rounds - 1 - rounds / 10],
                ratios[rounds / 2],
                ratios[rounds / 10],
                ratios[rounds - 1 - rounds / 10],
                rounds,
                sink == 42L ? " " : "");
    }

    private static String seedNamed(String prefix) {
        return Workloads.SEEDS.stream()
                .filter(n -> n.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix + ": " + Workloads.SEEDS));
    }
}
