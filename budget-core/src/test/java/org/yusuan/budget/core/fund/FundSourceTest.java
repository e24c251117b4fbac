package org.yusuan.budget.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FundSourceTest {
    @Test
    void everyLabelParsesBackToItsConstant() {
        for (FundSource source : FundSource.values()) {
            assertThat(FundSource.parse(source.label())).isEqualTo(source);
            assertThat(FundSource.parse(source.name())).isEqualTo(source);
        }
        for (FundingLevel level : FundingLevel.values()) {
            assertThat(FundingLevel.parse(level.label())).isEqualTo(level);
        }
    }

    @Test
    void groupsFiscalAppropriationAndUnitFunds() {
        assertThat(Arrays.stream(FundSource.values()).filter(FundSource::isFiscalAppropriation))
                .containsExactly(
                        FundSource.GENERAL_PUBLIC_BUDGET,
                        FundSource.GOVERNMENT_FUND_BUDGET,
                        FundSource.STATE_CAPITAL_OPERATIONS_BUDGET);
        assertThat(FundSource.SPECIAL_FISCAL_ACCOUNT.isFiscalAppropriation()).isFalse();
        assertThat(FundSource.SPECIAL_FISCAL_ACCOUNT.isUnitFunds()).isFalse();
        assertThat(FundSource.UNIT_FUNDS.isUnitFunds()).isTrue();
        assertThat(FundSource.OTHER_REVENUE.isUnitFunds()).isTrue();
    }

    @Test
    void readsPrintedVariants() {
        assertThat(FundSource.parse("一、一般公共预算财政拨款收入")).isEqualTo(FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(FundSource.parse("国有资本经营 预算")).isEqualTo(FundSource.STATE_CAPITAL_OPERATIONS_BUDGET);
        assertThat(FundSource.parse("事业单位经营收入")).isEqualTo(FundSource.BUSINESS_REVENUE);
        assertThat(FundingLevel.parse("其中：中央财政资金")).isEqualTo(FundingLevel.CENTRAL);
        assertThat(FundingLevel.parse("市县(区)财政资金")).isEqualTo(FundingLevel.CITY_COUNTY);
    }

    @Test
    void rejectsWhatIsNoSourceQuotingIt() {
        assertThat(FundSource.fromLabel("财政拨款收入合计")).isEmpty();
        assertThat(FundSource.fromLabel("本年收入合计")).isEmpty();
        assertThatThrownBy(() -> FundSource.parse("捐赠收入"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"捐赠收入\"");
        assertThatThrownBy(() -> FundingLevel.parse("县级财政")).hasMessageContaining("\"县级财政\"");
    }
}
