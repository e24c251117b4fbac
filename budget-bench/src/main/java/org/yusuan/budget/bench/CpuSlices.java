package org.yusuan.budget.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * An operation's CPU time, measured over a slice of the running thread's CPU time: as many runs
 * as fit in the slice, their results added to a sink so that no run can be left out. What {@link
 * JarPair} and {@link RuleCosts} alternate.
 */
final class CpuSlices {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final long BATCH_NANOS = 100_000L;

    /** A warm-up round in which the JIT compiler worked less than this many ms is a quiet one. */
    private static final long QUIET_MILLIS = 10L;

    private static long sink;

    private CpuSlices() {}

    /**
     * An operation returning something that depends on all its work.
     *
     * @param <E> what it may throw (reflective calls into another build)
     */
    interface Operation<E extends Exception> {
        long run() throws E;
    }

    /**
     * The CPU time of one run, averaged over a slice of the thread's CPU time.
     *
     * @param operation the operation
     * @param sliceNanos how long the slice is, in nanoseconds of CPU time
     * @return µs a run
     * @param <E> what the operation may throw
     * @throws E what the operation threw
     */
    static <E extends Exception> double micros(Operation<E> operation, long sliceNanos) throws E {
        // reading the thread's CPU time costs about 0.3-0.5 µs, as much as a small rule: the runs
        // go in batches, doubled while a batch takes less than BATCH_NANOS, so that the clock is
        // read for a small share of the slice
        long start = THREADS.getCurrentThreadCpuTime();
        long runs = 0L;
        int batch = 1;
        long before = start;
        long now;
        do {
            for (int i = 0; i < batch; i++) {
                sink += operation.run();
            }
            runs += batch;
            now = THREADS.getCurrentThreadCpuTime();
            if (now - before < BATCH_NANOS) {
                batch *= 2;
            }
            before = now;
        } while (now - start < sliceNanos);
        return (now - start) / 1000.0 / runs;
    }

    /**
     * Runs warm-up rounds until the JIT compiler is done with what they run: at least {@code min}
     * rounds, then until a round in which the compiler worked less than 10 ms (what JMH's {@code
     * -prof comp} shows as about 0), at most {@code max} rounds. On 2 cores the compiler works on
     * the importer for about 15 s, on the validator for about 10 s, and on each jar of a pair
     * apart; a round measured before that measures code still being compiled. Without the
     * compiler's time (a JVM that does not report it), {@code min} rounds.
     *
     * @param round one warm-up round
     * @param min the fewest rounds
     * @param max the most rounds
     * @return the rounds run
     */
    static int warmUp(Runnable round, int min, int max) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long before = timed ? jit.getTotalCompilationTime() : 0L;
        int rounds = 0;
        while (rounds < max) {
            round.run();
            rounds++;
            if (rounds >= min) {
                if (!timed) {
                    break;
                }
                long now = jit.getTotalCompilationTime();
                if (now - before < QUIET_MILLIS) {
                    break;
                }
                before = now;
            } else if (timed) {
                before = jit.getTotalCompilationTime();
            }
        }
        return rounds;
    }

    /** What the runs returned, added up: print it, or test it, so that the runs are kept. */
    static long sink() {
        return sink;
    }
}
