package org.yusuan.budget.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.core.performance.TargetValue.Qualitative;
import org.yusuan.budget.core.performance.TargetValue.Quantitative;

class TargetValueTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "≥1次|GREATER_OR_EQUAL|1|次",
                "≤150000张|LESS_OR_EQUAL|150000|张",
                "=100%|EQUAL|100|%",
                "100%|NONE|100|%",
                "≤7.5元/人|LESS_OR_EQUAL|7.5|元/人",
                "3360元/人|NONE|3360|元/人",
                "≤20万元|LESS_OR_EQUAL|20|万元",
                "263000元|NONE|263000|元",
                "≤1年|LESS_OR_EQUAL|1|年",
                "≥ 90 %|GREATER_OR_EQUAL|90|%",
                "＞95%|GREATER|95|%",
                ">=2,000人次|GREATER_OR_EQUAL|2000|人次",
                "12|NONE|12|"
            })
    void readsQuantitativeValues(String text, Relation relation, String number, String unit) {
        TargetValue value = TargetValue.parse(text);
        assertThat(value).isInstanceOf(Quantitative.class);
        Quantitative q = (Quantitative) value;
        assertThat(q.relation()).isEqualTo(relation);
        assertThat(q.number()).isEqualByComparingTo(new BigDecimal(number));
        assertThat(q.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(q.raw()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"是", "及时", "年底前完成", "一周内完成", "效果明显", "及时及时", "2025年12月31日前", "≥", "''"})
    void keepsEverythingElseAsQualitativeText(String text) {
        assertThat(TargetValue.parse(text)).isEqualTo(new Qualitative(text));
    }

    @Test
    void recognisesMoneyAndPercentUnits() {
        assertThat(((Quantitative) TargetValue.parse("≤20万元")).isMoney()).isTrue();
        assertThat(((Quantitative) TargetValue.parse("≤7.5元/人")).isMoney()).isTrue();
        assertThat(((Quantitative) TargetValue.parse("≤2个")).isMoney()).isFalse();
        assertThat(((Quantitative) TargetValue.parse("≥90%")).isPercent()).isTrue();
        assertThat(TargetValue.parse("≥150,000张").format()).isEqualTo("≥150000张");
    }

    @Test
    void readsLevelNamesInTheirPublishedVariants() {
        assertThat(IndicatorCategory.fromLabel("产出指标")).contains(IndicatorCategory.OUTPUT);
        assertThat(IndicatorCategory.fromLabel("效益")).contains(IndicatorCategory.EFFECT);
        assertThat(IndicatorKind.fromLabel("社会效益")).contains(IndicatorKind.SOCIAL_BENEFIT);
        assertThat(IndicatorKind.fromLabel("社会效益指标")).contains(IndicatorKind.SOCIAL_BENEFIT);
        assertThat(IndicatorKind.fromLabel("服务对象满意度")).contains(IndicatorKind.SATISFACTION);
        assertThat(IndicatorKind.fromLabel("服务对象满意度指")).contains(IndicatorKind.SATISFACTION);
        assertThat(IndicatorKind.fromLabel("可持续影响指标")).contains(IndicatorKind.SUSTAINABLE_IMPACT);
        assertThat(IndicatorKind.fromLabel("成本")).contains(IndicatorKind.COST);
        assertThat(IndicatorKind.fromLabel("经济")).as("too short and fits two").isEmpty();
        assertThat(IndicatorKind.COST.isCost()).isTrue();
        assertThat(ProjectAttribute.fromLabel("经常性项目（长期开展）")).contains(ProjectAttribute.RECURRING);
        assertThat(ProjectAttribute.fromLabel("一次性项目")).contains(ProjectAttribute.ONE_OFF);
    }

    @Test
    void gradesFollowTheMinistrysBands() {
        assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("79.5"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("59.9"))).isEqualTo(Grade.POOR);
        assertThat(Grade.fromLabel("优")).contains(Grade.EXCELLENT);
        assertThat(Grade.fromLabel("良好")).contains(Grade.GOOD);
        assertThat(Grade.fromLabel("甲")).isEmpty();
    }
}
