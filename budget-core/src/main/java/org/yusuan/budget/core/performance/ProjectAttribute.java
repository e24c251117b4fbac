package org.yusuan.budget.core.performance;

import java.util.Optional;
import org.yusuan.budget.core.internal.Names;

/** 项目属性: whether a project recurs, runs once, or continues over several years. */
public enum ProjectAttribute {
    /** 经常性项目: recurring. */
    RECURRING("经常性项目"),
    /** 一次性项目: one-off. */
    ONE_OFF("一次性项目"),
    /** 延续性项目: continuing. */
    CONTINUING("延续性项目");

    private final String label;

    ProjectAttribute(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /**
     * The attribute a printed cell names, with or without a note after it ({@code 经常性项目（长期开展）}).
     *
     * @param text the cell as printed
     * @return the attribute, or empty
     */
    public static Optional<ProjectAttribute> fromLabel(String text) {
        String t = Names.normalize(text);
        for (ProjectAttribute a : values()) {
            if (t.startsWith(a.label) || t.equals(a.label.substring(0, a.label.length() - 2))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
