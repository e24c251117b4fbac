package org.yusuan.budget.core.disclosure;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

/**
 * A published disclosure of one budget unit for one fiscal year: a budget ({@link
 * BudgetDisclosure}) or final accounts ({@link FinalAccountsDisclosure}).
 */
public sealed interface Disclosure permits BudgetDisclosure, FinalAccountsDisclosure {
    /** Which kind of disclosure this is. */
    DisclosureKind kind();

    /** The unit the disclosure is about. */
    BudgetUnit unit();

    /** The fiscal year. */
    Year year();

    /** The tables present, by kind. A table missing here was not published (or not read). */
    Map<TableKind, BudgetTable> tables();

    /** The projects, with what is known of them beyond the project tables. */
    List<Project> projects();

    /** The figures read from the narrative (情况说明). */
    List<NarrativeFigure> narrative();

    /** The year-on-year comparisons read from the narrative (比上年增加…, 与上年持平). */
    List<NarrativeChange> changes();

    /** The items the narrative names as parts of an amount without figures of their own (主要包括：基本工资、…). */
    List<NarrativeItem> items();

    /** Counts and other asset facts that are not money (vehicles, equipment). */
    List<Count> counts();

    /** The government procurement stated, if any. */
    Optional<Procurement> procurement();

    /** The table of a kind, if present. */
    default Optional<BudgetTable> table(TableKind kind) {
        return Optional.ofNullable(tables().get(kind));
    }
}
