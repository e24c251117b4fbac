package org.yusuan.budget.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetUnitTest {
    @Test
    void buildsWithOptionalFacts() {
        BudgetUnit unit = BudgetUnit.builder()
                .name("山西省社会保险局")
                .supervisingDepartment("山西省人力资源和社会保障厅")
                .supervisingDepartmentCode("209")
                .type(UnitType.ADMINISTRATIVE)
                .level(GovernmentLevel.PROVINCIAL)
                .build();
        assertThat(unit.name()).isEqualTo("山西省社会保险局");
        assertThat(unit.code()).isEmpty();
        assertThat(unit.type()).contains(UnitType.ADMINISTRATIVE);
        assertThat(unit.supervisingDepartmentCode()).contains("209");
        assertThat(unit.withCode("404002013").code()).contains("404002013");
        assertThat(unit).isEqualTo(BudgetUnit.builder().from(unit).build());
    }

    @Test
    void rejectsMissingOrBlankName() {
        assertThatThrownBy(() -> BudgetUnit.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> BudgetUnit.builder().name(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> BudgetUnit.builder().name("x").code("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code");
    }

    @Test
    void unitTypesKnowAboutAgencyOperatingCosts() {
        assertThat(UnitType.ADMINISTRATIVE.hasAgencyOperatingCosts()).isTrue();
        assertThat(UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION.hasAgencyOperatingCosts())
                .isTrue();
        assertThat(UnitType.PUBLIC_INSTITUTION.hasAgencyOperatingCosts()).isFalse();
    }

    @Test
    void parsesLabelsAndRejectsUnknownOnesQuotingThem() {
        assertThat(UnitType.parse("参公")).isEqualTo(UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION);
        assertThat(UnitType.parse("PUBLIC_INSTITUTION")).isEqualTo(UnitType.PUBLIC_INSTITUTION);
        assertThat(GovernmentLevel.parse("省本级")).isEqualTo(GovernmentLevel.PROVINCIAL);
        assertThat(GovernmentLevel.findIn("晋城市市级部门决算")).contains(GovernmentLevel.CITY);
        assertThat(GovernmentLevel.findIn("省级和市级")).isEmpty();
        assertThatThrownBy(() -> UnitType.parse("企业"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"企业\"");
        assertThatThrownBy(() -> GovernmentLevel.parse("乡级")).hasMessageContaining("\"乡级\"");
        for (UnitType type : UnitType.values()) {
            assertThat(UnitType.parse(type.label())).isEqualTo(type);
        }
        for (GovernmentLevel level : GovernmentLevel.values()) {
            assertThat(GovernmentLevel.parse(level.label())).isEqualTo(level);
        }
    }
}
