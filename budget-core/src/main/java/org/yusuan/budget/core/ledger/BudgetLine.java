package org.yusuan.budget.core.ledger;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.money.Amount;

/**
 * One atomic budget fact: an amount (in 元, exact to the fen) for a functional item (项), paid from
 * one fund source, for basic personnel, basic public or project expenditure, from this year's
 * allocation or carried over.
 *
 * <p>Basic lines name their department economic code (款), which the basic-expenditure table needs;
 * project lines name their project and may name an economic code (which the 三公 table uses).
 */
@Value.Immutable
@ValueStyle
public abstract class BudgetLine {
    BudgetLine() {}

    /** A builder. */
    public static ImmutableBudgetLine.Builder builder() {
        return ImmutableBudgetLine.builder();
    }

    /** The functional item (7 digits). */
    public abstract FunctionalCode functional();

    /** The department economic section (5 digits): required for basic lines, optional for projects. */
    public abstract Optional<EconomicCode> economic();

    /** The fund source. */
    public abstract FundSource fund();

    /** Basic personnel, basic public or project. */
    public abstract ExpenditureKind kind();

    /** The project's name, for project lines only. */
    public abstract Optional<String> project();

    /** This year's allocation or carried over; this year's by default. */
    @Value.Default
    public Origin origin() {
        return Origin.CURRENT_YEAR;
    }

    /** The amount, zero or more. */
    public abstract Amount amount();

    @Value.Check
    void check() {
        if (functional().level() != CodeLevel.ITEM) {
            throw new IllegalArgumentException("a budget line is booked on a functional item (项), got " + functional());
        }
        economic().ifPresent(code -> {
            if (code.system() != EconomicSystem.DEPARTMENT || code.level() != CodeLevel.SECTION) {
                throw new IllegalArgumentException(
                        "a budget line's economic code is a department section (3xxxx), got " + code);
            }
        });
        if (kind().isBasic() && economic().isEmpty()) {
            throw new IllegalArgumentException("a basic expenditure line needs its economic code");
        }
        if (kind().isBasic() && project().isPresent()) {
            throw new IllegalArgumentException(
                    "a basic expenditure line has no project, got " + project().get());
        }
        if (kind() == ExpenditureKind.PROJECT && project().map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("a project line needs its project's name");
        }
        if (origin() == Origin.CARRY_OVER && !fund().isFiscalAppropriation()) {
            throw new IllegalArgumentException(
                    "a budget's carry-over is appropriation carried over (上年财政拨款结转), got " + fund());
        }
        if (amount().isNegative()) {

            throw new IllegalArgumentException("a budget line's amount cannot be negative, got " + amount());
        }
        if (fund() == FundSource.SPECIAL_FISCAL_ACCOUNT || fund().isUnitFunds()) {
            if (fund() != FundSource.UNIT_FUNDS && fund() != FundSource.SPECIAL_FISCAL_ACCOUNT) {
                throw new IllegalArgumentException("a budget groups the unit's own money as UNIT_FUNDS, got " + fund());
            }
        }
    }
}
