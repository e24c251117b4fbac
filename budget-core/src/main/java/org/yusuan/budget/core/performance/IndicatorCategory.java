package org.yusuan.budget.core.performance;

import java.util.Optional;
import org.yusuan.budget.core.internal.Names;

/** 一级指标: the first level of an indicator tree. */
public enum IndicatorCategory {
    /** 产出指标: output. */
    OUTPUT("产出指标"),
    /** 效益指标: effect. */
    EFFECT("效益指标"),
    /** 满意度指标: satisfaction. */
    SATISFACTION("满意度指标"),
    /** 成本指标: cost, a first level in newer formats. */
    COST("成本指标");

    private static final IndicatorCategory[] CATEGORIES = values();

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /**
     * The category a printed level-1 name names: the label with or without 指标 ({@code 产出},
     * {@code 产出指标}), white space ignored.
     *
     * @param text the name as printed
     * @return the category, or empty
     */
    public static Optional<IndicatorCategory> fromLabel(String text) {
        String t = Names.normalize(text);
        for (IndicatorCategory c : CATEGORIES) {
            // the label, or the label without 指标
            if (t.equals(c.label) || (t.length() == c.label.length() - 2 && c.label.startsWith(t))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
