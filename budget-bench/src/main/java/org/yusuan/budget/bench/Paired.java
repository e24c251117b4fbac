package org.yusuan.budget.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.io.csv.FactCsv;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.TextEncoding;
import org.yusuan.budget.validation.Validator;

/**
 * The ratios of the JMH suite measured in pairs: in each round the benchmark runs for a slice of
 * time and then its baseline for the same number of operations, and the ratio of the two times
 * is that round's ratio. On a machine shared with other work the load changes from one second to
 * the next; JMH measures a benchmark and its baseline minutes apart, so their ratio carries the
 * drift, while the two halves of a round see nearly the same load. Prints, for each pair, the
 * median ratio of the rounds with their 10th and 90th percentiles, and the median time of one
 * operation of the benchmark (by the clock below: with the CPU clock, a text import's MB/s of
 * CPU time is the seed's size divided by it).
 *
 * <p>With {@code -Dpaired.clock=cpu} a half round is timed by the CPU time of the thread that runs
 * it instead of the wall clock: on a machine whose cores other work also wants, the time the
 * thread waits for a core then counts in neither half. The collector's threads are not counted
 * (the JVM reports no finer CPU time for the process than 10 ms), which favours the half that
 * allocates more: here the validator.
 *
 * <pre>{@code
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.Paired 30
 * }</pre>
 */
public final class Paired {
    private Paired() {}

    /** A benchmark and its baseline, each returning something that depends on all its work. */
    private record Pair(String name, LongSupplier benchmark, LongSupplier baseline) {}

    /**
     * Runs every pair.
     *
     * @param args the number of measured rounds (30), the milliseconds of a half round (200), and
     *     optionally a word that the names of the pairs to run contain
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 200L) * 1_000_000L;
        String only = args.length > 2 ? args[2] : "";
        System.out.println("| pair | median ratio | 10th – 90th percentile | rounds | benchmark µs/op (median) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Pair pair : pairs(only)) {
            double[][] measured = measure(pair, rounds, sliceNanos);
            double[] ratios = measured[0];
            double[] micros = measured[1];
            Arrays.sort(ratios);
            Arrays.sort(micros);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f – %.2f | %d | %.1f |%n",
                    pair.name(),
                    ratios[ratios.length / 2],
                    ratios[ratios.length / 10],
                    ratios[ratios.length - 1 - ratios.length / 10],
                    ratios.length,
                    micros[micros.length / 2]);
        }
    }

    private static List<Pair> pairs(String only) {
        List<Pair> pairs = new ArrayList<>();
        BudgetJson json = BudgetJson.standard();
        ObjectMapper mapper = new ObjectMapper();
        Workloads workloads = Workloads.bundled();
        for (String document : List.of("seed", "large")) {
            if (!("json " + document + " csv " + document).contains(only)) {
                continue;
            }
            Disclosure d = document.equals("seed")
                    ? Workloads.importedSeed(Workloads.SEEDS.get(1))
                    : workloads.withCells(100_000, 1L);
            byte[] bytes = json.writeBytes(d);
            byte[] csv = FactCsv.writeBytes(d);
            pairs.add(new Pair(
                    "json read " + document,
                    () -> json.read(bytes, "bench.json").tables().size(),
                    () -> tree(mapper, bytes)));
            pairs.add(new Pair(
                    "csv read " + document, () -> FactCsv.read(csv, "bench.csv").size(), () -> rawCsv(csv)));
        }
        Validator validator = Validator.builder().build();
        for (int cells : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            for (RoundingPolicy rounding : RoundingPolicy.values()) {
                String name = "validate " + cells + " " + rounding;
                if (!name.contains(only)) {
                    continue;
                }
                Disclosure d = workloads.withCells(cells, 7L, rounding);
                pairs.add(new Pair(name, () -> validator.validate(d).findings().size(), () -> Workloads.sumOfCells(d)));
            }
        }
        for (String seed : Workloads.SEEDS) {
            String name = "import " + seed;
            if (!name.contains(only)) {
                continue;
            }
            byte[] bytes = Workloads.seed(seed);
            pairs.add(new Pair(
                    name,
                    () -> DisclosureImporter.standard()
                            .read(TextEncoding.decode(bytes), seed)
                            .findings()
                            .size(),
                    () -> splitCells(bytes)));
        }
        return pairs;
    }

    /** Wall-clock time, or the running thread's CPU time with {@code -Dpaired.clock=cpu}. */
    private static final LongSupplier CLOCK = clock();

    private static LongSupplier clock() {
        if (!"cpu".equals(System.getProperty("paired.clock"))) {
            return System::nanoTime;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM does not report a thread's CPU time");
        }
        return threads::getCurrentThreadCpuTime;
    }

    /** Each round's ratio, and the benchmark's time for one operation in it in microseconds. */
    private static double[][] measure(Pair pair, int rounds, long sliceNanos) {
        long sink = 0L;
        // how many operations of the benchmark fill a slice, found while warming up
        int operations = 1;
        for (int warm = 0; warm < 5; warm++) {
            long start = System.nanoTime();
            for (int i = 0; i < operations; i++) {
                sink += pair.benchmark().getAsLong();
            }
            long took = System.nanoTime() - start;
            operations = (int) Math.max(1, Math.min(1_000_000, operations * sliceNanos / Math.max(1, took)));
            for (int i = 0; i < operations; i++) {
                sink += pair.baseline().getAsLong();
            }
        }
        double[] ratios = new double[rounds];
        double[] micros = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = CLOCK.getAsLong();
            for (int i = 0; i < operations; i++) {
                sink += pair.benchmark().getAsLong();
            }
            long t1 = CLOCK.getAsLong();
            for (int i = 0; i < operations; i++) {
                sink += pair.baseline().getAsLong();
            }
            long t2 = CLOCK.getAsLong();
            ratios[round] = (double) (t1 - t0) / (t2 - t1);
            micros[round] = (t1 - t0) / 1_000.0 / operations;
        }
        if (sink == 42L) {
            System.out.print(""); // keeps the results alive
        }
        return new double[][] {ratios, micros};
    }

    private static long tree(ObjectMapper mapper, byte[] bytes) {
        try {
            return mapper.readTree(bytes).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long rawCsv(byte[] bytes) {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        long fields = 0L;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            for (CsvRecord r : csv) {
                fields += r.getFields().size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    private static long splitCells(byte[] bytes) {
        long cells = 0L;
        for (String line : TextEncoding.decode(bytes).lines().toList()) {
            cells += line.split("\t", -1).length;
        }
        return cells;
    }
}
