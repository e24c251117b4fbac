package org.yusuan.budget.core.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A year-on-year comparison stated in the narrative (情况说明): {@code 比上年增加49051.19万元，增长968.70%},
 * {@code 与上年持平}, {@code 上年为0万元}. It holds only what the sentence itself prints, as read: a
 * disclosure does not hold last year's tables, so the comparison can be checked against itself (a
 * direction word against the figures beside it, a rate against a zero base), never against last
 * year's accounts.
 *
 * @param quote the words of the sentence the comparison was read from
 * @param sourceLine the line of the source document, when imported
 * @param current the amount the comparison is about, when the sentence prints it before the
 *     comparison ({@code 收入总计1,563.24万元，…比上年增长…}) or after 增加到/减少到
 * @param previous last year's amount, when the sentence prints it ({@code 上年为0万元}, {@code 由上年的12万元})
 * @param movements the changes stated, each a direction word and the amount or rate printed after it,
 *     in the order printed
 * @param level whether the sentence says the amount did not change (持平, 相同, 不变)
 */
public record NarrativeChange(
        String quote,
        OptionalInt sourceLine,
        Optional<NarrativeFigure> current,
        Optional<NarrativeFigure> previous,
        List<Movement> movements,
        boolean level) {

    /** Which way a direction word says the amount went. */
    public enum Direction {
        /** 增加, 增长, 上升. */
        UP,
        /** 减少, 下降, 降低. */
        DOWN
    }

    /**
     * A direction word and the figure printed right after it ({@code 增加15万元}, {@code 下降11.72%}).
     *
     * @param word the direction word as printed
     * @param direction which way the word says the amount went
     * @param figure the amount or rate (percent) after it; negative when printed with a minus sign
     */
    public record Movement(String word, Direction direction, NarrativeFigure figure) {
        /** Checks nothing is missing. */
        public Movement {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(figure, "figure");
        }

        /** Whether the figure is a rate in percent rather than an amount. */
        public boolean isRate() {
            return figure.unit() == NarrativeFigure.Unit.PERCENT;
        }

        /**
         * Whether the words before the figure ({@link NarrativeFigure#label()}) are the direction word
         * alone or after a comparison ({@code 增长}, {@code 比上年增加}, {@code 同比下降}): the movement is
         * then about the amount the sentence compares, not about a part it names ({@code 其中人员经费增加}).
         */
        public boolean isUnnamed() {
            return UNNAMED.matcher(figure.label()).matches();
        }
    }

    private static final Pattern UNNAMED =
            Pattern.compile("((比|较)(上年|\\d{4}年)度?(预算数?|决算数?|同期数?)?|同比|与上年相比)?(增加|增长|上升|提高|减少|下降|降低)了?[-－−]?");

    /** Checks nothing is missing; copies the movements. */
    public NarrativeChange {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        movements = List.copyOf(movements);
        if (current.isPresent() && current.get().unit() == NarrativeFigure.Unit.PERCENT
                || previous.isPresent() && previous.get().unit() == NarrativeFigure.Unit.PERCENT) {
            throw new IllegalArgumentException("a compared amount is not a percentage: " + quote);
        }
    }
}
