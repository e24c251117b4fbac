package org.yusuan.budget.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EconomicCodeTest {
    @Test
    void knowsItsSystemLevelAndParent() {
        EconomicCode wage = EconomicCode.of("30101");
        assertThat(wage.system()).isEqualTo(EconomicSystem.DEPARTMENT);
        assertThat(wage.level()).isEqualTo(CodeLevel.SECTION);
        assertThat(wage.parent()).contains(EconomicCode.of("301"));
        EconomicCode government = EconomicCode.of("50501");
        assertThat(government.system()).isEqualTo(EconomicSystem.GOVERNMENT);
        assertThat(EconomicCode.of("505").level()).isEqualTo(CodeLevel.CLASS);
        assertThat(EconomicCode.of("505").parent()).isEmpty();
    }

    @Test
    void recognisesOtherCodes() {
        assertThat(EconomicCode.of("30299").isOther()).isTrue();
        assertThat(EconomicCode.of("50999").isOther()).isTrue();
        assertThat(EconomicCode.of("399").isOther()).isTrue();
        assertThat(EconomicCode.of("30217").isOther()).isFalse();
    }

    @Test
    void rejectsMalformedCodesQuotingThem() {
        for (String bad : new String[] {"", "30", "3010", "301011", "20801", "401", "6010", "3O1"}) {
            assertThatThrownBy(() -> EconomicCode.of(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + bad + "\"");
        }
    }

    @Test
    void printsItsDigits() {
        assertThat(EconomicCode.parse(" 30217 ")).hasToString("30217");
        assertThat(EconomicCode.of("301")).isLessThan(EconomicCode.of("30101"));
    }
}
