package org.yusuan.budget.core.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.core.internal.Labels;
import org.yusuan.budget.core.internal.Names;

/** 预算级次: the level of government a budget unit belongs to. */
public enum GovernmentLevel {
    /** 中央: central government. */
    CENTRAL("中央"),
    /** 省级: a province (or autonomous region, municipality directly under the centre). */
    PROVINCIAL("省级"),
    /** 市级: a city (prefecture level). */
    CITY("市级"),
    /** 县级: a county or district. */
    COUNTY("县级");

    private static final Labels<GovernmentLevel> LABELS = Labels.<GovernmentLevel>of("government level")
            .add(CENTRAL, "中央", "中央级")
            .add(PROVINCIAL, "省级", "省本级")
            .add(CITY, "市级", "市本级", "地市级")
            .add(COUNTY, "县级", "县本级", "区县级");

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /**
     * The level a printed label names ({@code 省级}, {@code 省本级}, …), or empty.
     *
     * @param text the label
     * @return the level, or empty
     */
    public static Optional<GovernmentLevel> fromLabel(String text) {
        return LABELS.find(text);
    }

    /**
     * The level a printed label names.
     *
     * @param text the label
     * @return the level
     * @throws IllegalArgumentException quoting the text if it names no level
     */
    public static GovernmentLevel parse(String text) {
        return LABELS.parse(text);
    }

    /**
     * The level a title names inside it, as in {@code 山西省省级预算部门（单位）项目支出绩效目标表}: found only
     * when exactly one level's label ({@code 省级}, {@code 市级}, {@code 县级}, {@code 中央}) occurs.
     *
     * @param title the title
     * @return the level, or empty if none or more than one is named
     */
    public static Optional<GovernmentLevel> findIn(String title) {
        String text = Names.compact(title);
        List<GovernmentLevel> found = new ArrayList<>();
        for (GovernmentLevel level : values()) {
            if (text.contains(level.label)) {
                found.add(level);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
