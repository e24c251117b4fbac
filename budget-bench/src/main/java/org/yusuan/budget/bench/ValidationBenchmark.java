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
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * Validation with every built-in rule against the floor of any validator: a hand-written loop that
 * visits every cell of the same disclosure once and adds it up as a {@code long}; and against the
 * floor of a validator that runs these rules, which also reads each row's code and name ({@link
 * #touchRows()}). The disclosures are generated ledgers of about 10³ to 10⁶ cells, compiled as
 * publishers round or tail-free; the cost per cell is the score divided by the cell count the
 * setup prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ValidationBenchmark {
    /** About how many cells the disclosure has. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int cells;

    /**
     * How the ledger was rounded: {@code INDEPENDENT} as publishers round (sums of many rounded
     * cells differ from their rounded totals, and each such tail is an INFO finding listing every
     * part), {@code TAIL_FREE} (every identity holds, nothing to report: the cost of checking alone).
     */
    @Param({"INDEPENDENT", "TAIL_FREE"})
    public RoundingPolicy rounding;

    private final Validator validator = Validator.builder().build();
    private Disclosure disclosure;

    /** Generates the disclosure. */
    @Setup
    public void setUp() {
        disclosure = Workloads.bundled().withCells(cells, 7L, rounding);
        System.out.printf(
                "%ncells=%d (asked %d), findings=%d%n",
                Workloads.cells(disclosure),
                cells,
                validator.validate(disclosure).findings().size());
    }

    /**
     * Validates the disclosure. Its warm-up is longer than the class's: the JIT compiler works on
     * the validator for 10 to 12 seconds of a fork on 2 cores (JMH's {@code -prof comp}), and an
     * iteration before that measures code still being compiled.
     */
    @Benchmark
    @Warmup(iterations = 20, time = 1)
    public ValidationReport validate() {
        return validator.validate(disclosure);
    }

    /** Baseline: every cell once, summed as a {@code long} of fen. */
    @Benchmark
    public long sumCells() {
        return Workloads.sumOfCells(disclosure);
    }

    /**
     * Second baseline: what the built-in rules must read of every row ({@link Workloads#touchRows}),
     * every cell once as in {@link #sumCells()}, plus each row's code and every character of its
     * printed name, which the catalog rules and {@code DOC-PLACEHOLDER} read. The floor of any
     * validator that runs those rules, in this object model.
     */
    @Benchmark
    public long touchRows() {
        return Workloads.touchRows(disclosure);
    }
}
