package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters DOC-PLACEHOLDER looks for before it matches its pattern. */
class PlaceholderCharactersTest {
    /** Every character of the basic plane: exactly the six a placeholder starts with. */
    @Test
    void exactlyTheSixCharactersAPlaceholderStartsWith() {
        String starts = "XxＸｘ×某";
        int found = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = starts.indexOf(c) >= 0;
            assertThat(DocumentRules.startsPlaceholder((char) c))
                    .as("U+%04X", c)
                    .isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isEqualTo(6);
    }

    /** A text may hold a placeholder exactly when one of its characters starts one, wherever it is. */
    @Test
    void aTextMayHoldOneWhereverTheCharacterIs() {
        assertThat(DocumentRules.mayHoldPlaceholder("")).isFalse();
        assertThat(DocumentRules.mayHoldPlaceholder("社会保险业务管理事务")).isFalse();
        assertThat(DocumentRules.mayHoldPlaceholder("某某单位")).isTrue();
        assertThat(DocumentRules.mayHoldPlaceholder("XX局")).isTrue();
        assertThat(DocumentRules.mayHoldPlaceholder("项目ｘ")).isTrue();
        assertThat(DocumentRules.mayHoldPlaceholder("××")).isTrue();
        assertThat(DocumentRules.mayHoldPlaceholder("行政运行（Ｙ）")).isFalse();
    }
}
