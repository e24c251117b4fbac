package org.yusuan.budget.core.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a catalog made of a published name: one code, several that fit equally (ambiguous), a code
 * printed in the name that the name itself contradicts (conflicting), or nothing. Resolution never
 * guesses: a name that fits two codes is ambiguous, however likely one of them is.
 *
 * @param <C> {@link FunctionalCode} or {@link EconomicCode}
 * @param published the name as published
 * @param status the outcome
 * @param match how the name matched, present when resolved
 * @param candidates the code when resolved; every fitting code when ambiguous; the printed code and
 *     the codes the name fits when conflicting; empty when unresolved
 */
public record NameResolution<C>(String published, Status status, Optional<Match> match, List<C> candidates) {
    /** The outcome of a resolution. */
    public enum Status {
        /** Exactly one code. */
        RESOLVED,
        /** More than one code fits; the candidates list them. */
        AMBIGUOUS,
        /**
         * A code printed in the name ({@code [2080108] 信息化建设}) that the catalog names differently,
         * while the name fits other codes; the first candidate is the printed code.
         */
        CONFLICTING,
        /** No code fits. */
        UNRESOLVED
    }

    /** How a resolved name matched. */
    public enum Match {
        /** The official name, after removing white space and a leading ordinal. */
        EXACT,
        /** A variant seen in published documents (a known misprint or other form). */
        VARIANT,
        /** The start of exactly one name, as tables cut long names short. */
        CUT_SHORT,
        /** A code printed in the name ({@code [2080108] 信息化建设}, {@code 2080108 信息化建设}). */
        CODE_IN_NAME
    }

    /** Checks the parts agree with each other. */
    public NameResolution {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(match, "match");
        candidates = List.copyOf(candidates);
        if ((status == Status.RESOLVED) != match.isPresent()) {
            throw new IllegalArgumentException("a match is given exactly when the name is resolved");
        }
        if (status == Status.RESOLVED && candidates.size() != 1) {
            throw new IllegalArgumentException("a resolved name has exactly one candidate: " + candidates);
        }
        if ((status == Status.AMBIGUOUS || status == Status.CONFLICTING) && candidates.size() < 2) {
            throw new IllegalArgumentException("an ambiguous or conflicting name has two candidates or more");
        }
        if (status == Status.UNRESOLVED && !candidates.isEmpty()) {
            throw new IllegalArgumentException("an unresolved name has no candidates");
        }
    }

    /** The code, present only when the name is resolved. */
    public Optional<C> code() {
        return status == Status.RESOLVED ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Whether the name resolved to exactly one code. */
    public boolean isResolved() {
        return status == Status.RESOLVED;
    }
}
