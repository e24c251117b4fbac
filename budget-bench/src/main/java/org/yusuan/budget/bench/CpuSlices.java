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
        long start = THREADS.getCurrentThreadCpuTime();
        long runs = 0L;
        long now;
        do {
            sink += operation.run();
            runs++;
            now = THREADS.getCurrentThreadCpuTime();
        } while (now - start < sliceNanos);
        return (now - start) / 1000.0 / runs;
    }

    /** What the runs returned, added up: print it, or test it, so that the runs are kept. */
    static long sink() {
        return sink;
    }
}
