package org.yusuan.budget.core.disclosure;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A count a disclosure publishes that is not money: vehicles by use (车辆数), equipment over a
 * price (单价100万元以上设备). A blank published count is empty, not zero, since these tables leave
 * lines blank that do not apply.
 *
 * @param label the line's label as printed ({@code (一) 车辆数合计(辆)})
 * @param value the count, empty if printed blank
 * @param sourceLine the line of the source document, when imported
 */
public record Count(String label, OptionalLong value, OptionalInt sourceLine) {
    /** Checks nothing is missing and the count is not negative. */
    public Count {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceLine, "sourceLine");
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + label + " = " + value.getAsLong());
        }
    }
}
