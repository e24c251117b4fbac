package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.RowKey;

/**
 * Identities whose parts add up beyond the range of an amount (±{@link Long#MAX_VALUE} fen), as a
 * damaged file or a misprint may give: the validator reports them and goes on, instead of failing
 * with an {@link ArithmeticException}; a sum that passes the range on the way but ends inside it
 * is checked exactly.
 */
class AmountRangeTest {
    private static final long BIG = Long.MAX_VALUE - 5;

    private static final Validator HIERARCHY = Validator.builder()
            .rules(Validator.builtInRules().stream()
                    .filter(r -> r.id().equals("BUD-HIERARCHY"))
                    .toList())
            .build();

    /** An expenditure table: its 合计 and the 类 under it, each with a TOTAL of so many fen. */
    private static Disclosure expenditure(long total, long... classes) {
        return ExpenditureTables.withClasses(total, classes);
    }

    @Test
    void partsBeyondTheRangeAreAnErrorWithoutAnExpectedAmount() {
        List<Finding> findings = HIERARCHY.validate(expenditure(-12, BIG, BIG)).findings();

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().row()).contains(new RowKey.Fixed(Line.TOTAL));
        assertThat(f.related()).hasSize(2);
        assertThat(f.expected()).isEmpty();
        assertThat(f.actual()).contains(Amount.ofFen(-12));
        assertThat(f.difference()).isEmpty();
        assertThat(f.messageZh()).contains("各项之和超出金额的表示范围").contains("92233720368547758.07");
        assertThat(f.messageEn()).contains("more than an amount can hold");
    }

    @Test
    void aSumThatPassesTheRangeOnTheWayIsCheckedExactly() {
        // BIG + BIG runs past the range; − BIG brings the whole back to BIG, which is the total
        assertThat(HIERARCHY.validate(expenditure(BIG, BIG, BIG, -BIG)).findings())
                .isEmpty();
        // the range's very end is an amount
        long max = Long.MAX_VALUE;
        assertThat(HIERARCHY.validate(expenditure(max, max, max, -max)).findings())
                .isEmpty();
        assertThat(HIERARCHY.validate(expenditure(-max, -max, -max, max)).findings())
                .isEmpty();
        // the same parts against a total one fen off: an ordinary difference of one fen
        List<Finding> off =
                HIERARCHY.validate(expenditure(BIG - 1, BIG, BIG, -BIG)).findings();
        assertThat(off).hasSize(1);
        assertThat(off.get(0).expected()).contains(Amount.ofFen(BIG));
        assertThat(off.get(0).difference()).contains(Amount.ofFen(-1));
    }

    @Test
    void aDifferenceBeyondTheRangeKeepsTheExpectedAmount() {
        List<Finding> findings = HIERARCHY.validate(expenditure(BIG, -BIG)).findings();

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).contains(Amount.ofFen(-BIG));
        assertThat(f.actual()).contains(Amount.ofFen(BIG));
        assertThat(f.difference()).isEmpty();
        assertThat(f.messageZh()).contains("相差超出金额的表示范围");
    }

    @Test
    void groupingRootCausesLeavesTheFindingAsItIs() {
        Validator grouping = Validator.builder()
                .rules(HIERARCHY.rules())
                .groupRootCauses(true)
                .build();
        List<Finding> findings = grouping.validate(expenditure(-12, BIG, BIG)).findings();

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).difference()).isEmpty();
        assertThat(findings.get(0).consequences()).isEmpty();
    }
}
