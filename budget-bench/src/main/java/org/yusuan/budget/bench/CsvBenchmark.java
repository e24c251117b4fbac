package org.yusuan.budget.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.csv.Fact;
import org.yusuan.budget.io.csv.FactCsv;

/**
 * Reading the fact form of a disclosure ({@link FactCsv}: one row per cell, every field parsed
 * into a typed {@link Fact}) against FastCSV, the CSV library in use, decoding the same UTF-8 bytes
 * and reading every record with its fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class CsvBenchmark {
    /** Which document: {@code seed} or {@code large}. */
    @Param({"seed", "large"})
    public String document;

    private byte[] bytes;

    /** Writes the document's facts as CSV. */
    @Setup
    public void setUp() {
        Disclosure disclosure = document.equals("seed")
                ? Workloads.importedSeed(Workloads.SEEDS.get(1))
                : Workloads.bundled().withCells(100_000, 1L);
        bytes = FactCsv.writeBytes(disclosure);
        System.out.printf(
                "%n%s: %d bytes, %d facts%n",
                document, bytes.length, FactCsv.read(bytes, "bench.csv").size());
    }

    /** Reads the facts with {@link FactCsv}. */
    @Benchmark
    public List<Fact> read() {
        return FactCsv.read(bytes, "bench.csv");
    }

    /** Baseline: FastCSV reads every record of the same bytes, decoded as UTF-8. */
    @Benchmark
    public void readRaw(Blackhole blackhole) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            for (CsvRecord r : csv) {
                blackhole.consume(r.getFields());
            }
        }
    }
}
