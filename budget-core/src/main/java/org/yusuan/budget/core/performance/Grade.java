package org.yusuan.budget.core.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.yusuan.budget.core.internal.Names;

/**
 * 评价等级: the grade of a performance evaluation by its total score out of 100: 优 from 90, 良 from 80
 * to under 90, 中 from 60 to under 80, 差 under 60, each band including its lower bound. Source: the
 * Ministry of Finance's 《项目支出绩效评价管理办法》 (财预〔2020〕10号) sets four grades, and its Budget
 * Department's unified standard reads 优 (90–100), 良 (80–89), 中 (60–79), 差 (0–59); with fractional
 * scores the bands are taken as [90, 100], [80, 90), [60, 80), [0, 60).
 */
public enum Grade {
    /** 优: 90 and above. */
    EXCELLENT("优", 90),
    /** 良: 80 to under 90. */
    GOOD("良", 80),
    /** 中: 60 to under 80. */
    FAIR("中", 60),
    /** 差: under 60. */
    POOR("差", 0);

    private final String label;
    private final int lowerBound;

    Grade(String label, int lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The lowest score of the grade, inclusive. */
    public int lowerBound() {
        return lowerBound;
    }

    /**
     * The grade of a total score.
     *
     * @param score the score out of 100
     * @return the grade
     */
    public static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(BigDecimal.valueOf(g.lowerBound)) >= 0) {
                return g;
            }
        }
        return POOR;
    }

    /**
     * The grade a printed label names ({@code 优}, {@code 良}, {@code 中}, {@code 差}, also {@code 优秀},
     * {@code 良好}, {@code 合格}/{@code 中等}, {@code 不合格}/{@code 较差}).
     *
     * @param text the label
     * @return the grade, or empty
     */
    public static Optional<Grade> fromLabel(String text) {
        return switch (Names.normalize(text)) {
            case "优", "优秀" -> Optional.of(EXCELLENT);
            case "良", "良好" -> Optional.of(GOOD);
            case "中", "中等", "合格" -> Optional.of(FAIR);
            case "差", "较差", "不合格" -> Optional.of(POOR);
            default -> Optional.empty();
        };
    }
}
