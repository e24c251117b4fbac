package org.yusuan.budget.core.ledger;

import java.time.Year;
import java.util.List;
import org.immutables.value.Value;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.ledger.internal.LedgerCompiler;
import org.yusuan.budget.core.unit.BudgetUnit;

/**
 * 预算账: the budget lines of one unit for one fiscal year, which {@linkplain #compile compile} into a
 * complete budget disclosure whose tables agree by construction.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.builder()
 *         .unit(unit)                       // its type decides the agency operating costs table
 *         .year(Year.of(2025))
 *         .addLines(BudgetLine.builder()
 *                 .functional(FunctionalCode.of("2080150"))
 *                 .economic(EconomicCode.of("30101"))
 *                 .fund(FundSource.GENERAL_PUBLIC_BUDGET)
 *                 .kind(ExpenditureKind.BASIC_PERSONNEL)
 *                 .amount(Amount.ofYuan(2_559_900))
 *                 .build())
 *         .build();
 * BudgetDisclosure disclosure = ledger.compile(RoundingPolicy.INDEPENDENT, ClassificationCatalog.bundled());
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Ledger {
    Ledger() {}

    /** A builder; {@code unit} (with its type) and {@code year} are required. */
    public static ImmutableLedger.Builder builder() {
        return ImmutableLedger.builder();
    }

    /** The unit; its type must be known. */
    public abstract BudgetUnit unit();

    /** The fiscal year. */
    public abstract Year year();

    /** The lines, in any order. */
    public abstract List<BudgetLine> lines();

    /**
     * Compiles the ledger into the thirteen tables of a budget disclosure in 万元 with two decimals.
     * Names of codes come from the catalog (empty where it lacks a code); the summary tables list
     * every functional class of the catalog. Tables without data are present and published empty.
     *
     * @param policy how cells are rounded
     * @param catalog the catalog for names and the department→government mapping
     * @return the disclosure
     */
    public BudgetDisclosure compile(RoundingPolicy policy, ClassificationCatalog catalog) {
        return new LedgerCompiler(this, policy, catalog).compile();
    }

    @Value.Check
    void check() {
        if (unit().type().isEmpty()) {
            throw new IllegalArgumentException("a ledger's unit needs its type (it decides the agency operating"
                    + " costs table): " + unit().name());
        }
    }
}
