package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;

class RootCausesTest {
    private static Amount wan(String value) {
        return Amount.of(new BigDecimal(value), AmountUnit.WAN_YUAN);
    }

    private static Location at(TableKind table, RowKey key, Column column) {
        return new Location(
                Optional.of(table),
                Optional.of(Section.MAIN),
                Optional.of(key),
                Optional.of(""),
                Optional.of(column),
                OptionalInt.empty());
    }

    private static final Location VEHICLES_TOTAL =
            at(TableKind.THREE_PUBLIC_EXPENSES, new RowKey.Item(ExpenseItem.VEHICLE_OPERATION), Column.TOTAL);
    private static final Location VEHICLES_APPROPRIATION = at(
            TableKind.THREE_PUBLIC_EXPENSES,
            new RowKey.Item(ExpenseItem.VEHICLE_OPERATION),
            Column.GENERAL_PUBLIC_BUDGET);
    private static final Location BASIC_VEHICLES =
            at(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, new RowKey.Economic(EconomicCode.of("30231")), Column.TOTAL);

    /** The 三公 row's total, printed 4.00 where its parts give {@code parts}. */
    private static Finding rowSum(String parts) {
        return new Finding(
                "BUD-ROW-SUM",
                Severity.ERROR,
                VEHICLES_TOTAL,
                List.of(VEHICLES_APPROPRIATION),
                Optional.of(wan(parts)),
                Optional.of(wan("4")),
                Optional.of(wan("4").minus(wan(parts))),
                Optional.of(new BigDecimal("0.01")),
                "合计",
                "total");
    }

    /** Basic expenditure's 7.00 beyond its bound, the 三公 item, now 4.00 (it was 9.00). */
    private static Finding bound(Location boundAt) {
        return new Finding(
                "BUD-THREE-PUBLIC-ECON",
                Severity.ERROR,
                BASIC_VEHICLES,
                boundAt == null ? List.of() : List.of(boundAt),
                Optional.of(wan("4")),
                Optional.of(wan("7")),
                Optional.of(wan("3")),
                Optional.empty(),
                "超过",
                "exceeds");
    }

    @Test
    void aCellBelowItsBoundIsExplainedByTheBoundOffThoughItsDifferenceIsNotTheDelta() {
        List<Finding> grouped = RootCauses.group(List.of(rowSum("9"), bound(VEHICLES_TOTAL)), new IdentityTrace());
        assertThat(grouped).hasSize(1);
        assertThat(grouped.get(0).ruleId()).isEqualTo("BUD-ROW-SUM");
        assertThat(grouped.get(0).consequences())
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("BUD-THREE-PUBLIC-ECON"));
    }

    @Test
    void aBoundThatUndoingTheDeltaWouldNotRestoreIsNotExplained() {
        // the 三公 item off by −1.00 only: restoring it gives 5.00, still below basic's 7.00
        assertThat(RootCauses.group(List.of(rowSum("5"), bound(VEHICLES_TOTAL)), new IdentityTrace()))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.consequences()).isEmpty());
    }

    @Test
    void aComparisonThatNamesNoBoundIsNotExplained() {
        assertThat(RootCauses.group(List.of(rowSum("9"), bound(null)), new IdentityTrace()))
                .hasSize(2);
    }
    /**
     * An identity at a cell whose published amount is {@code differenceFen} fen off what its one
     * part gives (0): only a damaged file has a difference near the range's end.
     */
    private static Finding offBy(Location at, Location part, long differenceFen) {
        return new Finding(
                "BUD-ROW-SUM",
                Severity.ERROR,
                at,
                List.of(part),
                Optional.of(Amount.ZERO),
                Optional.of(Amount.ofFen(differenceFen)),
                Optional.of(Amount.ofFen(differenceFen)),
                Optional.of(new BigDecimal("0.01")),
                "合计",
                "total");
    }

    @Test
    void aDeltaNearTheRangesEndDoesNotWrapIntoRestoringABoundAtAPart() {
        // the 三公 item off by nearly Long.MAX_VALUE fen: undoing that leaves basic's 3.00 beyond
        // its bound by almost as much again, which e + delta, computed, would wrap below zero
        long huge = Long.MAX_VALUE - 100;
        assertThat(RootCauses.group(
                        List.of(offBy(VEHICLES_TOTAL, VEHICLES_APPROPRIATION, huge), bound(VEHICLES_TOTAL)),
                        new IdentityTrace()))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.consequences()).isEmpty());
    }

    @Test
    void aDeltaNearTheRangesEndDoesNotWrapIntoRestoringACellAtItsTotal() {
        // basic's cell off by nearly −Long.MAX_VALUE fen: undoing that takes it far above the
        // bound, which e − delta, computed, would wrap below zero
        long huge = Long.MAX_VALUE - 100;
        assertThat(RootCauses.group(
                        List.of(offBy(BASIC_VEHICLES, VEHICLES_APPROPRIATION, -huge), bound(VEHICLES_TOTAL)),
                        new IdentityTrace()))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.consequences()).isEmpty());
    }

    @Test
    void aDeltaThatRestoresTheBoundAtItsTotalStillExplainsIt() {
        // basic's cell off by 3.00 or more: undoing it brings it back to the bound or within it
        Finding bound = bound(VEHICLES_TOTAL);
        assertThat(RootCauses.group(
                        List.of(offBy(BASIC_VEHICLES, VEHICLES_APPROPRIATION, wan("3").fen()), bound),
                        new IdentityTrace()))
                .singleElement()
                .satisfies(f -> assertThat(f.consequences()).containsExactly(bound));
    }
}
