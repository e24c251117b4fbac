package org.yusuan.budget.core.unit;

import java.util.Optional;
import org.yusuan.budget.core.internal.Labels;

/** 单位类型: the kind of a budget unit, which decides agency operating costs and economic mapping. */
public enum UnitType {
    /** 行政单位: an administrative unit. */
    ADMINISTRATIVE("行政单位"),
    /** 参照公务员法管理的事业单位 (参公): a public institution managed like the civil service. */
    CIVIL_SERVICE_MANAGED_INSTITUTION("参照公务员法管理的事业单位"),
    /** 事业单位: a public institution. */
    PUBLIC_INSTITUTION("事业单位");

    private static final Labels<UnitType> LABELS = Labels.<UnitType>of("unit type")
            .add(ADMINISTRATIVE, "行政单位", "行政机关")
            .add(CIVIL_SERVICE_MANAGED_INSTITUTION, "参照公务员法管理的事业单位", "参照公务员法管理事业单位", "参公事业单位", "参公单位", "参公")
            .add(PUBLIC_INSTITUTION, "事业单位", "公益一类事业单位", "公益二类事业单位", "公益类事业单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** The official Chinese label. */
    public String label() {
        return label;
    }

    /**
     * Whether units of this type report agency operating costs (机关运行经费): administrative and
     * 参公 units do, other public institutions do not.
     */
    public boolean hasAgencyOperatingCosts() {
        return this != PUBLIC_INSTITUTION;
    }

    /**
     * The type a printed label names: the official label, the variants seen in published documents
     * ({@code 参照公务员法管理事业单位}, {@code 公益一类事业单位}), with or without an ordinal ({@code (一)
     * 行政单位}), or the constant's name.
     *
     * @param text the label
     * @return the type, or empty if the label names none
     */
    public static Optional<UnitType> fromLabel(String text) {
        return LABELS.find(text);
    }

    /**
     * The type a printed label names, as {@link #fromLabel}.
     *
     * @param text the label
     * @return the type
     * @throws IllegalArgumentException quoting the text if it names no type
     */
    public static UnitType parse(String text) {
        return LABELS.parse(text);
    }
}
