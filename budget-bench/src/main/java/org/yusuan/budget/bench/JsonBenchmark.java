package org.yusuan.budget.bench;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
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
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.json.BudgetJson;

/**
 * JSON read and write of a disclosure against Jackson reading the same bytes into a tree and
 * writing that tree with the same indentation. {@code seed} is a real published disclosure (seed
 * 002, imported, with its narrative, projects and performance targets); {@code large} is a
 * generated disclosure of about 100,000 cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class JsonBenchmark {
    /** Which document: {@code seed} or {@code large}. */
    @Param({"seed", "large"})
    public String document;

    private final BudgetJson json = BudgetJson.standard();
    private final ObjectMapper mapper = new ObjectMapper();
    private ObjectWriter treeWriter;
    private Disclosure disclosure;
    private byte[] bytes;
    private JsonNode tree;

    /** Prepares the document, its bytes and its tree. */
    @Setup
    public void setUp() throws IOException {
        disclosure = document.equals("seed")
                ? Workloads.importedSeed(Workloads.SEEDS.get(1))
                : Workloads.bundled().withCells(100_000, 1L);
        bytes = json.writeBytes(disclosure);
        tree = mapper.readTree(bytes);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        treeWriter = mapper.writer(
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        System.out.printf("%n%s: %d bytes, %d cells%n", document, bytes.length, Workloads.cells(disclosure));
    }

    /** Reads the disclosure with {@link BudgetJson}. */
    @Benchmark
    public Disclosure read() {
        return json.read(bytes, "bench.json");
    }

    /** Baseline: Jackson reads the same bytes into a {@link JsonNode} tree. */
    @Benchmark
    public JsonNode readTree() throws IOException {
        return mapper.readTree(bytes);
    }

    /** Writes the disclosure with {@link BudgetJson}. */
    @Benchmark
    public byte[] write() {
        return json.writeBytes(disclosure);
    }

    /** Baseline: Jackson writes the tree of the same document, indented the same way. */
    @Benchmark
    public byte[] writeTree() throws IOException {
        return treeWriter.writeValueAsBytes(tree);
    }
}
