package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on what traced runs recorded, for the tests that compare two ways of recording. */
final class Traces {
    private Traces() {}

    /**
     * Asserts that two traces recorded the same identities in the same order: each one's total,
     * and its parts with whether each is nonzero.
     *
     * @param actual the trace of the way under test
     * @param expected the trace of the reference
     */
    static void assertSameRecords(IdentityTrace actual, IdentityTrace expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.total(i)).as("identity %d", i).isEqualTo(expected.total(i));
            assertThat(actual.partsTo(i)).isEqualTo(expected.partsTo(i));
            for (int j = actual.partsFrom(i); j < actual.partsTo(i); j++) {
                assertThat(actual.part(j)).as("part %d", j).isEqualTo(expected.part(j));
                assertThat(actual.nonzero(j)).as("part %d", j).isEqualTo(expected.nonzero(j));
            }
        }
    }
}
