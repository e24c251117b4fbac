package org.yusuan.budget.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;
import org.yusuan.budget.io.text.TextEncoding;

/**
 * Text import of the seeds, real disclosures as PDF extraction gives them: encoding detection,
 * decoding and {@link DisclosureImporter#read}. Throughput in MB/s is the seed's size in bytes
 * (printed by the setup) divided by the score. The baseline decodes the same bytes and splits
 * them into lines and tab-separated cells, the least any importer of this text does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ImportBenchmark {
    /** The seed file. */
    @Param({"000_592c12c34fbdb2be.txt", "002_50ea5a3f65b56578.txt", "004_f08b956b510655b5.txt"})
    public String seed;

    private byte[] bytes;

    /** Loads the seed. */
    @Setup
    public void setUp() {
        bytes = Workloads.seed(seed);
        System.out.printf("%n%s: %d bytes%n", seed, bytes.length);
    }

    /**
     * Imports the seed. Its warm-up is longer than the class's: the JIT compiler works on the
     * importer for 15 to 17 seconds of a fork on 2 cores (JMH's {@code -prof comp}), and an
     * iteration before that measures code still being compiled.
     */
    @Benchmark
    @Warmup(iterations = 25, time = 1)
    public ImportResult importText() {
        return DisclosureImporter.standard().read(TextEncoding.decode(bytes), seed);
    }

    /** Baseline: decodes the bytes and splits them into lines and cells. */
    @Benchmark
    public int splitCells() {
        int cells = 0;
        for (String line : TextEncoding.decode(bytes).lines().toList()) {
            cells += line.split("\t", -1).length;
        }
        return cells;
    }
}
