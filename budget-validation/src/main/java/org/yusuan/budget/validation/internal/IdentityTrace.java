package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The identities that held exactly during one validation, recorded by {@link Checker} so that
 * {@link RootCauses} can follow a published value into every total built on it. One trace belongs
 * to one thread's validation of one disclosure; the validator installs it around its rules.
 */
public final class IdentityTrace {
    private static final ThreadLocal<IdentityTrace> CURRENT = new ThreadLocal<>();

    private final List<Cell> totals = new ArrayList<>();
    private final List<List<Cell>> parts = new ArrayList<>();

    /** The trace of the validation running on this thread, or null when none is traced. */
    static IdentityTrace current() {
        return CURRENT.get();
    }

    /**
     * Runs some work with this trace recording what the checkers of this thread find exact.
     *
     * @param work the rules to run
     * @param <T> what the work returns
     * @return what the work returned
     */
    public <T> T record(Supplier<T> work) {
        IdentityTrace outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Whether the findings of a validation are worth tracing: whether {@link RootCauses} could
     * gather any of them.
     *
     * @param findings the findings of an untraced validation
     * @return true when at least two identity findings could share a cause
     */
    public static boolean worthTracing(List<org.yusuan.budget.validation.Finding> findings) {
        return RootCauses.candidates(findings).size() >= 2;
    }

    /** Records {@code total = Σ parts}, published exactly so. */
    void exact(Cell total, List<Cell> summed) {
        totals.add(total);
        parts.add(summed);
    }

    /** The number of exact identities recorded. */
    int size() {
        return totals.size();
    }

    /** The total of the i-th identity. */
    Cell total(int i) {
        return totals.get(i);
    }

    /** The parts of the i-th identity. */
    List<Cell> parts(int i) {
        return parts.get(i);
    }
}
