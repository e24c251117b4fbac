package org.yusuan.budget.core.disclosure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.table.CellRef;

/**
 * A figure read from the narrative (情况说明): an amount or a percentage, with what it is said to
 * be, the words it was read from and, when known, the table cell it states (and for a share, the
 * cell it is a share of), so that it can be checked against the tables.
 *
 * @param label what the narrative says the figure is ({@code 收入总计}, {@code 基本支出占比})
 * @param quote the words it was read from
 * @param value the number as printed
 * @param unit its unit
 * @param sourceLine the line of the source document, when imported
 * @param cell the table cell the figure states (for a percentage: the part), when known
 * @param base for a share in percent, the cell it is a share of
 */
public record NarrativeFigure(
        String label,
        String quote,
        BigDecimal value,
        Unit unit,
        OptionalInt sourceLine,
        Optional<CellRef> cell,
        Optional<CellRef> base) {
    /** The unit of a narrative figure. */
    public enum Unit {
        /** 万元. */
        WAN_YUAN,
        /** 元. */
        YUAN,
        /** 百分比: a percentage ({@code 16.42%} is 16.42). */
        PERCENT
    }

    /** Checks nothing is missing. */
    public NarrativeFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(base, "base");
        if (base.isPresent() && (unit != Unit.PERCENT || cell.isEmpty())) {
            throw new IllegalArgumentException("only a percentage of a cell has a base: " + quote);
        }
    }

    /** A figure not linked to any cell. */
    public static NarrativeFigure of(String label, String quote, BigDecimal value, Unit unit, OptionalInt sourceLine) {
        return new NarrativeFigure(label, quote, value, unit, sourceLine, Optional.empty(), Optional.empty());
    }

    /** The number of decimals printed, which bounds how exactly the figure can be checked. */
    public int decimals() {
        return Math.max(0, value.scale());
    }
}
