package org.yusuan.budget.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * A province at once: generates a batch of disclosures of realistic size, keeps them all in memory,
 * and validates them on a fixed number of threads with one shared {@link Validator}, keeping every
 * report. Prints the wall time of each round, the same for the baseline (every cell summed as a
 * {@code long}, on the same threads), and the peak heap. Run it with the heap limit under test:
 *
 * <pre>{@code
 * java -Xmx1g -XX:ActiveProcessorCount=2 -cp budget-bench/target/benchmarks.jar \
 *     org.yusuan.budget.bench.BatchMain 10000 2 5
 * }</pre>
 */
public final class BatchMain {
    private BatchMain() {}

    /**
     * Runs the batch.
     *
     * @param args the number of disclosures (10000), threads (2) and rounds (5)
     * @throws Exception if a validation fails
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Workloads workloads = Workloads.bundled();
        long start = System.nanoTime();
        List<Disclosure> batch = new ArrayList<>(count);
        long cells = 0;
        for (int i = 0; i < count; i++) {
            Disclosure d = workloads.typical(new Random(i));
            cells += Workloads.cells(d);
            batch.add(d);
        }
        System.out.printf(
                "generated %d disclosures, %d cells (%.0f a disclosure) in %.1f s%n",
                count, cells, (double) cells / count, (System.nanoTime() - start) / 1e9);
        Validator validator = Validator.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] validate = new double[rounds];
            double[] baseline = new double[rounds];
            long findings = 0;
            List<ValidationReport> reports = List.of();
            for (int round = 0; round < rounds; round++) {
                reports = null; // let the last round's reports go before the next is made
                long t0 = System.nanoTime();
                reports = run(pool, threads, batch, validator::validate);
                validate[round] = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                List<Long> sums = run(pool, threads, batch, Workloads::sumOfCells);
                baseline[round] = (System.nanoTime() - t1) / 1e9;
                findings = reports.stream().mapToLong(r -> r.findings().size()).sum();
                System.out.printf(
                        "round %d: validate %.3f s (%.0f disclosures/s, %.1f ns a cell), baseline %.4f s (%d sums)%n",
                        round + 1,
                        validate[round],
                        count / validate[round],
                        validate[round] * 1e9 / cells,
                        baseline[round],
                        sums.size());
            }
            System.out.printf("reports kept: %d, findings in the last round: %d%n", reports.size(), findings);
            Arrays.sort(validate);
            Arrays.sort(baseline);
            System.out.printf(
                    "median of %d rounds on %d threads: validate %.3f s, baseline %.4f s, ratio %.1f%n",
                    rounds,
                    threads,
                    validate[rounds / 2],
                    baseline[rounds / 2],
                    validate[rounds / 2] / baseline[rounds / 2]);
        } finally {
            pool.shutdown();
        }
        long peak = 0;
        for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
            if (memory.getType() == MemoryType.HEAP) {
                peak += memory.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(
                "max heap %d MiB; peak heap used (sum of the heap pools' peaks) %d MiB; live after a full GC %d MiB"
                        + " (batch still held: %d)%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, live >> 20, batch.size());
    }

    private static <T> List<T> run(
            ExecutorService pool, int threads, List<Disclosure> batch, Function<Disclosure, T> work) throws Exception {
        List<Future<List<T>>> parts = new ArrayList<>();
        int size = (batch.size() + threads - 1) / threads;
        for (int from = 0; from < batch.size(); from += size) {
            List<Disclosure> slice = batch.subList(from, Math.min(batch.size(), from + size));
            parts.add(pool.submit(() -> {
                List<T> out = new ArrayList<>(slice.size());
                for (Disclosure d : slice) {
                    out.add(work.apply(d));
                }
                return out;
            }));
        }
        List<T> all = new ArrayList<>(batch.size());
        for (Future<List<T>> part : parts) {
            all.addAll(part.get());
        }
        return all;
    }
}
