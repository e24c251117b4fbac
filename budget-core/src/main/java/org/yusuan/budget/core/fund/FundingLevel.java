package org.yusuan.budget.core.fund;

import java.util.Optional;
import org.yusuan.budget.core.internal.Labels;

/** 资金层级: the level that funds a project, as split in performance target tables. */
public enum FundingLevel {
    /** 中央财政资金: central government funds. */
    CENTRAL("中央财政资金"),
    /** 省级财政资金: provincial funds. */
    PROVINCIAL("省级财政资金"),
    /** 市县（区）财政资金: city, county or district funds. */
    CITY_COUNTY("市县（区）财政资金"),
    /** 单位自筹: raised by the unit itself. */
    UNIT_SELF_RAISED("单位自筹"),
    /** 其他资金: other funds. */
    OTHER("其他资金");

    private static final Labels<FundingLevel> LABELS = Labels.<FundingLevel>of("funding level")
            .add(CENTRAL, "中央财政资金", "中央资金", "中央财政")
            .add(PROVINCIAL, "省级财政资金", "省级资金", "省级财政")
            .add(CITY_COUNTY, "市县（区）财政资金", "市县区财政资金", "市县财政资金", "市县区财政经费", "市辖区财政资金", "市县（区）财政")
            .add(UNIT_SELF_RAISED, "单位自筹", "单位自筹资金")
            .add(OTHER, "其他资金");

    private final String label;

    FundingLevel(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /**
     * The level a printed label names: the label, the variants seen in published documents
     * ({@code 市县区财政资金}, {@code 市辖区财政资金}), with or without {@code 其中：}, or the constant's name.
     *
     * @param text the label
     * @return the level, or empty if the label names none
     */
    public static Optional<FundingLevel> fromLabel(String text) {
        return LABELS.find(text);
    }

    /**
     * The level a printed label names, as {@link #fromLabel}.
     *
     * @param text the label
     * @return the level
     * @throws IllegalArgumentException quoting the text if it names no level
     */
    public static FundingLevel parse(String text) {
        return LABELS.parse(text);
    }
}
