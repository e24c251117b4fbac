package org.yusuan.budget.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A lookup from the printed labels of an enum's constants (the official label and the variants
 * seen in published documents) to the constants, comparing {@link Names#normalize normalised}
 * text.
 *
 * @param <E> the enum
 */
public final class Labels<E extends Enum<E>> {
    private final Map<String, E> byLabel = new HashMap<>();
    private final String what;

    private Labels(String what) {
        this.what = what;
    }

    /** An empty lookup; {@code what} names the enum in error messages ("fund source"). */
    public static <E extends Enum<E>> Labels<E> of(String what) {
        return new Labels<>(what);
    }

    /** Adds the labels of a constant; a label already taken by another constant is a bug. */
    public Labels<E> add(E constant, String... labels) {
        for (String label : labels) {
            E previous = byLabel.putIfAbsent(Names.normalize(label), constant);
            if (previous != null && previous != constant) {
                throw new IllegalStateException("label " + label + " names both " + previous + " and " + constant);
            }
        }
        byLabel.putIfAbsent(constant.name(), constant);
        return this;
    }

    /** The constant a printed label names, if any. */
    public Optional<E> find(String text) {
        return Optional.ofNullable(byLabel.get(Names.normalize(text)));
    }

    /** The constant a printed label names; an {@link IllegalArgumentException} quoting it if none. */
    public E parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("not a " + what + ": \"" + text + "\""));
    }
}
