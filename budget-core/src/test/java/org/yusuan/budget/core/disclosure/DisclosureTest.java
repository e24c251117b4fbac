package org.yusuan.budget.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

class DisclosureTest {
    private static final BudgetUnit UNIT =
            BudgetUnit.builder().name("晋城市人力资源和社会保障综合服务中心").build();

    private static BudgetTable empty(TableKind kind) {
        return BudgetTable.builder()
                .kind(kind)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .publishedEmpty(true)
                .build();
    }

    @Test
    void holdsTablesOfItsKindOnly() {
        FinalAccountsDisclosure d = FinalAccountsDisclosure.builder()
                .unit(UNIT)
                .year(Year.of(2023))
                .putTables(TableKind.FINAL_THREE_PUBLIC_EXPENSES, empty(TableKind.FINAL_THREE_PUBLIC_EXPENSES))
                .build();
        Disclosure general = d;
        assertThat(general.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(general.table(TableKind.FINAL_THREE_PUBLIC_EXPENSES)).isPresent();
        assertThat(general.table(TableKind.FINAL_SUMMARY))
                .as("missing, not empty")
                .isEmpty();
        assertThatThrownBy(() -> BudgetDisclosure.builder()
                        .unit(UNIT)
                        .year(Year.of(2023))
                        .putTables(TableKind.FINAL_SUMMARY, empty(TableKind.FINAL_SUMMARY))
                        .build())
                .hasMessageContaining("FINAL_SUMMARY");
        assertThatThrownBy(() -> BudgetDisclosure.builder()
                        .unit(UNIT)
                        .year(Year.of(2023))
                        .putTables(TableKind.BUDGET_SUMMARY, empty(TableKind.BUDGET_INCOME))
                        .build())
                .hasMessageContaining("BUDGET_INCOME");
    }

    @Test
    void carriesNarrativeFiguresCountsAndProcurement() {
        Amount goods = Amount.parse("1.73", AmountUnit.WAN_YUAN);
        BudgetDisclosure d = BudgetDisclosure.builder()
                .unit(UNIT)
                .year(Year.of(2025))
                .addNarrative(NarrativeFigure.of(
                        "收入总计",
                        "收入总计1,563.24万元",
                        new BigDecimal("1563.24"),
                        NarrativeFigure.Unit.WAN_YUAN,
                        OptionalInt.of(357)))
                .addCounts(new Count("(一) 车辆数合计(辆)", OptionalLong.empty(), OptionalInt.of(369)))
                .procurement(new Procurement(
                        goods, Optional.of(goods), Optional.empty(), Optional.empty(), AmountUnit.WAN_YUAN, 2))
                .addProjects(Project.named("社会保障卡工作经费"))
                .build();
        assertThat(d.narrative().get(0).decimals()).isEqualTo(2);
        assertThat(d.counts().get(0).value()).isEmpty();
        assertThat(d.procurement().orElseThrow().goods()).contains(goods);
        assertThat(d.projects()).extracting(Project::name).containsExactly("社会保障卡工作经费");
        assertThatThrownBy(() -> new Count("x", OptionalLong.of(-1), OptionalInt.empty()))
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new Procurement(
                        Amount.ofFen(1), Optional.empty(), Optional.empty(), Optional.empty(), AmountUnit.WAN_YUAN, 2))
                .hasMessageContaining("finer");
        assertThatThrownBy(() -> Project.named(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
