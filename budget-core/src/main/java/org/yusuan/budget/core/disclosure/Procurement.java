package org.yusuan.budget.core.disclosure;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;

/**
 * 政府采购: the government procurement a disclosure states, in total and, where published, split
 * into goods (货物), works (工程) and services (服务). Budgets state it in the narrative; final
 * accounts also print it in the information table (公开10表).
 *
 * @param total the total
 * @param goods 货物, where published
 * @param works 工程, where published
 * @param services 服务, where published
 * @param unit the unit the figures were published in
 * @param decimals the decimals they were published with
 */
public record Procurement(
        Amount total,
        Optional<Amount> goods,
        Optional<Amount> works,
        Optional<Amount> services,
        AmountUnit unit,
        int decimals) {
    /** Checks nothing is missing and the figures are exact at their published precision. */
    public Procurement {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(unit, "unit");
        for (Optional<Amount> figure : java.util.List.of(Optional.of(total), goods, works, services)) {
            figure.ifPresent(a -> {
                if (!a.isExactIn(unit, decimals)) {
                    throw new IllegalArgumentException("procurement figure " + a + " yuan is finer than " + decimals
                            + " decimals of " + unit.label());
                }
            });
        }
    }
}
