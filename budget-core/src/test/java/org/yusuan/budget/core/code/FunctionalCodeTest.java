package org.yusuan.budget.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FunctionalCodeTest {
    @Test
    void knowsItsLevelAndParents() {
        FunctionalCode item = FunctionalCode.of("2080107");
        assertThat(item.level()).isEqualTo(CodeLevel.ITEM);
        assertThat(item.parent()).contains(FunctionalCode.of("20801"));
        assertThat(item.parent().flatMap(FunctionalCode::parent)).contains(FunctionalCode.of("208"));
        assertThat(FunctionalCode.of("208").parent()).isEmpty();
        assertThat(item.classCode()).isEqualTo(FunctionalCode.of("208"));
        assertThat(FunctionalCode.of("208").isAncestorOf(item)).isTrue();
        assertThat(FunctionalCode.of("20801").isAncestorOf(item)).isTrue();
        assertThat(item.isAncestorOf(item)).isFalse();
        assertThat(FunctionalCode.of("20805").isAncestorOf(item)).isFalse();
    }

    @Test
    void recognisesOtherCodes() {
        assertThat(FunctionalCode.of("20899").isOther()).isTrue();
        assertThat(FunctionalCode.of("2089999").isOther()).isTrue();
        assertThat(FunctionalCode.of("2100799").isOther()).isTrue();
        assertThat(FunctionalCode.of("2080107").isOther()).isFalse();
        assertThat(FunctionalCode.of("229").isOther()).isFalse();
    }

    @Test
    void rejectsMalformedCodesQuotingThem() {
        for (String bad : new String[] {"", "20", "2080", "208010", "20801071", "2O801", " 208", "２０８"}) {
            assertThatThrownBy(() -> FunctionalCode.of(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + bad + "\"");
        }
    }

    @Test
    void parsesWithSurroundingSpaceAndPrintsItsDigits() {
        assertThat(FunctionalCode.parse(" 2080107\t")).isEqualTo(FunctionalCode.of("2080107"));
        assertThat(FunctionalCode.of("2080107")).hasToString("2080107");
        assertThat(FunctionalCode.of("208")).isLessThan(FunctionalCode.of("20801"));
        assertThat(FunctionalCode.of("20801")).isLessThan(FunctionalCode.of("2080101"));
        assertThat(FunctionalCode.of("2080199")).isLessThan(FunctionalCode.of("20805"));
    }
}
