package org.yusuan.budget.core.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.internal.Names;

/** 二级指标: the second level of an indicator tree, with the first level it usually sits under. */
public enum IndicatorKind {
    /** 数量指标: quantity. */
    QUANTITY("数量指标", IndicatorCategory.OUTPUT),
    /** 质量指标: quality. */
    QUALITY("质量指标", IndicatorCategory.OUTPUT),
    /** 时效指标: timeliness. */
    TIMELINESS("时效指标", IndicatorCategory.OUTPUT),
    /** 成本指标: cost (under 产出, or a first level of its own in newer formats). */
    COST("成本指标", IndicatorCategory.OUTPUT),
    /** 经济成本指标: economic cost (newer formats). */
    ECONOMIC_COST("经济成本指标", IndicatorCategory.COST),
    /** 社会成本指标: social cost (newer formats). */
    SOCIAL_COST("社会成本指标", IndicatorCategory.COST),
    /** 生态环境成本指标: ecological cost (newer formats). */
    ECOLOGICAL_COST("生态环境成本指标", IndicatorCategory.COST),
    /** 经济效益指标: economic benefit. */
    ECONOMIC_BENEFIT("经济效益指标", IndicatorCategory.EFFECT),
    /** 社会效益指标: social benefit. */
    SOCIAL_BENEFIT("社会效益指标", IndicatorCategory.EFFECT),
    /** 生态效益指标: ecological benefit. */
    ECOLOGICAL_BENEFIT("生态效益指标", IndicatorCategory.EFFECT),
    /** 可持续影响指标: sustainable impact. */
    SUSTAINABLE_IMPACT("可持续影响指标", IndicatorCategory.EFFECT),
    /** 服务对象满意度指标: satisfaction of those served. */
    SATISFACTION("服务对象满意度指标", IndicatorCategory.SATISFACTION);

    private static final IndicatorKind[] KINDS = values();

    /** The length of the longest label: no longer name is one. */
    private static final int LONGEST =
            java.util.Arrays.stream(KINDS).mapToInt(k -> k.label.length()).max().orElseThrow();

    private final String label;
    private final IndicatorCategory category;

    IndicatorKind(String label, IndicatorCategory category) {
        this.label = label;
        this.category = category;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The first level it usually sits under. */
    public IndicatorCategory category() {
        return category;
    }

    /** Whether this is a cost indicator, whose values are money. */
    public boolean isCost() {
        return this == COST || category == IndicatorCategory.COST;
    }

    /**
     * The kind a printed level-2 name names: the label with or without 指标, or cut short at the end
     * to at least three characters when that fits one kind only ({@code 服务对象满意度指}).
     *
     * @param text the name as printed
     * @return the kind, or empty (also when a cut form fits several)
     */
    public static Optional<IndicatorKind> fromLabel(String text) {
        String t = Names.normalize(text);
        if (t.isEmpty() || t.length() > LONGEST) {
            return Optional.empty();
        }
        IndicatorKind named = NAMED.get(t);
        if (named != null || t.length() < 3) {
            return Optional.ofNullable(named);
        }
        List<IndicatorKind> cut = CUT.getOrDefault(t, List.of());
        return cut.size() == 1 ? Optional.of(cut.get(0)) : Optional.empty();
    }

    /** Each kind by its label and by its label without 指标; the first kind in order where two share one. */
    private static final Map<String, IndicatorKind> NAMED = new HashMap<>();

    /** The kinds whose label starts with a text of three or more characters, in order. */
    private static final Map<String, List<IndicatorKind>> CUT = new HashMap<>();

    static {
        for (IndicatorKind k : KINDS) {
            NAMED.putIfAbsent(k.label, k);
            NAMED.putIfAbsent(k.label.substring(0, k.label.length() - 2), k);
            for (int end = 3; end <= k.label.length(); end++) {
                CUT.computeIfAbsent(k.label.substring(0, end), x -> new ArrayList<>())
                        .add(k);
            }
        }
    }
}
