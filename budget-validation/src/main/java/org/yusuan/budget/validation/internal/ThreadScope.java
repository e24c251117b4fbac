package org.yusuan.budget.validation.internal;

import java.util.function.Supplier;

/** A value of a thread-local installed for the length of some work, the outer value restored after. */
final class ThreadScope {
    private ThreadScope() {}

    /**
     * Runs work with a thread-local set to a value; afterwards the thread-local holds what it held
     * before (nothing, or the value of an enclosing scope), whether the work returned or threw.
     *
     * @param local the thread-local
     * @param value its value during the work
     * @param work the work
     * @param <V> the thread-local's type
     * @param <T> what the work returns
     * @return what the work returned
     */
    static <V, T> T with(ThreadLocal<V> local, V value, Supplier<T> work) {
        V outer = local.get();
        local.set(value);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                local.remove();
            } else {
                local.set(outer);
            }
        }
    }
}
