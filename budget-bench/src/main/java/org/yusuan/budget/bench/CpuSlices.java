package org.yusuan.budget.bench;

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

    /** What the runs returned, added up: print it, or test it, so that the runs are kept. */
    static long sink() {
        return sink;
    }
}
