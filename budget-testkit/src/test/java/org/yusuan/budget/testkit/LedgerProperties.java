package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * Laws of the ledger compiler, checked by direct sums over the compiled tables (independent of the
 * validator): tail-free disclosures satisfy every identity of DOMAIN.md §7 exactly; independently
 * rounded ones keep every cell within half a unit in the last place of its exact value.
 */
class LedgerProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();
    private static final Budgets BUDGETS = Budgets.of(CATALOG);

    @Provide
    Arbitrary<Ledger> ledgers() {
        return BUDGETS.ledgers();
    }

    @Property(tries = 300)
    void tailFreeDisclosuresSatisfyEveryIdentityExactly(@ForAll("ledgers") Ledger ledger) {
        BudgetDisclosure d = ledger.compile(RoundingPolicy.TAIL_FREE, CATALOG);
        assertThat(Identities.violations(d)).isEmpty();
        assertThat(d.tables()).hasSize(13);
    }

    @Property(tries = 300)
    void independentCellsAreWithinHalfAUnitOfTheExactValue(@ForAll("ledgers") Ledger ledger) {
        BudgetDisclosure d = ledger.compile(RoundingPolicy.INDEPENDENT, CATALOG);
        BudgetTable expenditure = d.table(TableKind.BUDGET_EXPENDITURE).orElseThrow();
        BudgetTable income = d.table(TableKind.BUDGET_INCOME).orElseThrow();
        for (Row row : expenditure.rows()) {
            List<BudgetLine> in = linesOf(ledger, row.key());
            assertWithinHalfUnit(row.cell(Column.TOTAL), exact(in));
            assertWithinHalfUnit(
                    row.cell(Column.BASIC),
                    exact(in.stream().filter(l -> l.kind().isBasic()).toList()));
            assertWithinHalfUnit(
                    row.cell(Column.PROJECT),
                    exact(in.stream().filter(l -> !l.kind().isBasic()).toList()));
        }
        for (Row row : income.rows()) {
            List<BudgetLine> in = linesOf(ledger, row.key());
            assertWithinHalfUnit(
                    row.cell(Column.TOTAL),
                    exact(in.stream()
                            .filter(l -> l.origin() == Origin.CURRENT_YEAR)
                            .toList()));
            assertWithinHalfUnit(
                    row.cell(Column.CARRY_OVER),
                    exact(in.stream()
                            .filter(l -> l.origin() == Origin.CARRY_OVER)
                            .toList()));
        }
    }

    @Property(tries = 200)
    void linesExactAtThePublishedPrecisionCompileTheSameEitherWay(@ForAll("ledgers") Ledger ledger) {
        List<BudgetLine> rounded = ledger.lines().stream()
                .map(l -> BudgetLine.builder()
                        .from(l)
                        .amount(l.amount().round(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP))
                        .build())
                .toList();
        Ledger exact = Ledger.builder().from(ledger).lines(rounded).build();
        assertThat(exact.compile(RoundingPolicy.INDEPENDENT, CATALOG))
                .isEqualTo(exact.compile(RoundingPolicy.TAIL_FREE, CATALOG));
    }

    private static List<BudgetLine> linesOf(Ledger ledger, RowKey key) {
        if (key instanceof RowKey.Functional f) {
            FunctionalCode code = f.code();
            return ledger.lines().stream()
                    .filter(l -> l.functional().equals(code) || code.isAncestorOf(l.functional()))
                    .toList();
        }
        return ledger.lines();
    }

    private static Amount exact(List<BudgetLine> lines) {
        return Amount.sum(lines.stream().map(BudgetLine::amount).toList());
    }

    private static void assertWithinHalfUnit(Optional<Amount> cell, Amount exact) {
        Amount published = cell.orElseThrow();
        // half of 0.01 万元 is 50 yuan
        assertThat(published.minus(exact).abs()).isLessThanOrEqualTo(Amount.ofYuan(50));
        assertThat(published.isExactIn(AmountUnit.WAN_YUAN, 2)).isTrue();
    }

    /** Direct checks of the identities of DOMAIN.md §7 on a compiled budget disclosure. */
    static final class Identities {
        private final BudgetDisclosure d;
        private final List<String> violations = new ArrayList<>();

        private Identities(BudgetDisclosure d) {
            this.d = d;
        }

        static List<String> violations(BudgetDisclosure d) {
            Identities i = new Identities(d);
            i.summary();
            i.codeTables();
            i.crossTables();
            i.economicTable();
            i.threePublicAndAgency();
            i.projects();
            return i.violations;
        }

        private BudgetTable t(TableKind kind) {
            return d.table(kind).orElseThrow();
        }

        private Amount cell(TableKind kind, Section section, RowKey key, Column column) {
            BudgetTable table = t(kind);
            if (table.publishedEmpty()) {
                return Amount.ZERO;
            }
            return table.row(section, key).flatMap(r -> r.cell(column)).orElse(Amount.ZERO);
        }

        private void equal(String what, Amount left, Amount right) {
            if (!left.equals(right)) {
                violations.add(what + ": " + left + " != " + right);
            }
        }

        private static RowKey line(Line line) {
            return new RowKey.Fixed(line);
        }

        private void summary() {
            TableKind s = TableKind.BUDGET_SUMMARY;
            Amount funds = Amount.ZERO;
            for (Row r : t(s).rows(Section.INCOME)) {
                if (r.key() instanceof RowKey.Fund) {
                    funds = funds.plus(r.cell(Column.TOTAL).orElseThrow());
                }
            }
            Amount thisYear = cell(s, Section.INCOME, line(Line.INCOME_THIS_YEAR), Column.TOTAL);
            Amount carried = cell(s, Section.INCOME, line(Line.CARRY_OVER_FROM_LAST_YEAR), Column.TOTAL);
            Amount grand = cell(s, Section.INCOME, line(Line.INCOME_GRAND_TOTAL), Column.TOTAL);
            equal("summary 本年收入合计 = Σ sources", thisYear, funds);
            equal("summary 收入总计 = 本年收入合计 + 上年结转", grand, thisYear.plus(carried));
            equal(
                    "summary 收入总计 = 支出总计",
                    grand,
                    cell(s, Section.EXPENDITURE, line(Line.EXPENDITURE_GRAND_TOTAL), Column.TOTAL));
            for (Column c : List.of(Column.TOTAL, Column.CURRENT_YEAR, Column.CARRY_OVER)) {
                Amount classes = Amount.ZERO;
                for (Row r : t(s).rows(Section.EXPENDITURE)) {
                    if (r.key() instanceof RowKey.Functional) {
                        classes = classes.plus(r.cell(c).orElseThrow());
                    }
                }
                equal(
                        "summary 本年支出合计 = Σ classes in " + c,
                        cell(s, Section.EXPENDITURE, line(Line.EXPENDITURE_THIS_YEAR), c),
                        classes);
            }
            for (Row r : t(s).rows(Section.EXPENDITURE)) {
                equal(
                        "summary " + r.key() + " 合计 = 当年 + 结转",
                        r.cell(Column.TOTAL).orElseThrow(),
                        r.cell(Column.CURRENT_YEAR)
                                .orElseThrow()
                                .plus(r.cell(Column.CARRY_OVER).orElseThrow()));
            }
            equal(
                    "summary carry-over = income-side carry-over",
                    carried,
                    cell(s, Section.EXPENDITURE, line(Line.EXPENDITURE_THIS_YEAR), Column.CARRY_OVER));
        }

        private void codeTables() {
            rowSums(
                    TableKind.BUDGET_INCOME,
                    Column.TOTAL,
                    List.of(
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                            Column.SPECIAL_FISCAL_ACCOUNT,
                            Column.UNIT_FUNDS));
            for (TableKind kind : List.of(
                    TableKind.BUDGET_EXPENDITURE,
                    TableKind.GENERAL_BUDGET_EXPENDITURE,
                    TableKind.GOVERNMENT_FUND_EXPENDITURE,
                    TableKind.STATE_CAPITAL)) {
                rowSums(kind, Column.TOTAL, List.of(Column.BASIC, Column.PROJECT));
            }
            for (TableKind kind : List.of(
                    TableKind.BUDGET_INCOME,
                    TableKind.BUDGET_EXPENDITURE,
                    TableKind.GENERAL_BUDGET_EXPENDITURE,
                    TableKind.GOVERNMENT_FUND_INCOME,
                    TableKind.GOVERNMENT_FUND_EXPENDITURE,
                    TableKind.STATE_CAPITAL)) {
                hierarchy(kind);
            }
        }

        private void rowSums(TableKind kind, Column total, List<Column> parts) {
            for (Row r : t(kind).rows()) {
                Amount sum = Amount.ZERO;
                for (Column c : parts) {
                    sum = sum.plus(r.cell(c).orElseThrow());
                }
                equal(
                        kind + " " + r.key() + " " + total + " = Σ " + parts,
                        r.cell(total).orElseThrow(),
                        sum);
            }
        }

        /** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column. */
        private void hierarchy(TableKind kind) {
            BudgetTable table = t(kind);
            if (table.publishedEmpty()) {
                return;
            }
            for (Column c : table.columns()) {
                for (Row parent : table.rows()) {
                    List<Row> children = new ArrayList<>();
                    for (Row r : table.rows()) {
                        if (isChild(parent.key(), r.key())) {
                            children.add(r);
                        }
                    }
                    if (children.isEmpty()) {
                        continue;
                    }
                    Amount sum = Amount.sum(
                            children.stream().map(r -> r.cell(c).orElseThrow()).toList());
                    equal(
                            kind + " " + parent.key() + " = Σ children in " + c,
                            parent.cell(c).orElseThrow(),
                            sum);
                }
            }
        }

        private static boolean isChild(RowKey parent, RowKey child) {
            if (!(child instanceof RowKey.Functional f)) {
                return false;
            }
            if (parent.equals(line(Line.TOTAL))) {
                return f.code().level() == CodeLevel.CLASS;
            }
            return parent instanceof RowKey.Functional p && f.code().parent().equals(Optional.of(p.code()));
        }

        private void crossTables() {
            BudgetTable summary = t(TableKind.BUDGET_SUMMARY);
            for (Row r : summary.rows(Section.EXPENDITURE)) {
                if (!(r.key() instanceof RowKey.Functional)) {
                    continue;
                }
                equal(
                        "summary " + r.key() + " = expenditure table",
                        r.cell(Column.TOTAL).orElseThrow(),
                        cell(TableKind.BUDGET_EXPENDITURE, Section.MAIN, r.key(), Column.TOTAL));
                equal(
                        "summary " + r.key() + " 当年 = income table",
                        r.cell(Column.CURRENT_YEAR).orElseThrow(),
                        cell(TableKind.BUDGET_INCOME, Section.MAIN, r.key(), Column.TOTAL));
                equal(
                        "summary " + r.key() + " 结转 = income table",
                        r.cell(Column.CARRY_OVER).orElseThrow(),
                        cell(TableKind.BUDGET_INCOME, Section.MAIN, r.key(), Column.CARRY_OVER));
            }
            equal(
                    "general budget table = income table's 一般公共预算",
                    cell(TableKind.GENERAL_BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.TOTAL),
                    cell(TableKind.BUDGET_INCOME, Section.MAIN, line(Line.TOTAL), Column.GENERAL_PUBLIC_BUDGET));
            equal(
                    "summary 一般公共预算 = income table",
                    cell(
                            TableKind.BUDGET_SUMMARY,
                            Section.INCOME,
                            new RowKey.Fund(FundSource.GENERAL_PUBLIC_BUDGET),
                            Column.TOTAL),
                    cell(TableKind.BUDGET_INCOME, Section.MAIN, line(Line.TOTAL), Column.GENERAL_PUBLIC_BUDGET));
            TableKind a = TableKind.APPROPRIATION_SUMMARY;
            equal(
                    "appropriation 收入总计 = 支出总计",
                    cell(a, Section.INCOME, line(Line.INCOME_GRAND_TOTAL), Column.TOTAL),
                    cell(a, Section.EXPENDITURE, line(Line.EXPENDITURE_GRAND_TOTAL), Column.TOTAL));
            equal(
                    "appropriation 一般公共预算 = general budget table + its carry-over",
                    cell(a, Section.EXPENDITURE, line(Line.EXPENDITURE_THIS_YEAR), Column.GENERAL_PUBLIC_BUDGET),
                    cell(TableKind.GENERAL_BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.TOTAL)
                            .plus(cell(
                                    a,
                                    Section.CARRY_OVER,
                                    new RowKey.Fund(FundSource.GENERAL_PUBLIC_BUDGET),
                                    Column.TOTAL)));
        }

        private void economicTable() {
            TableKind e = TableKind.BASIC_EXPENDITURE_BY_ECONOMIC;
            rowSums(e, Column.TOTAL, List.of(Column.PERSONNEL, Column.PUBLIC));
            equal(
                    "economic table = general budget basic expenditure",
                    cell(e, Section.MAIN, line(Line.TOTAL), Column.TOTAL),
                    cell(TableKind.GENERAL_BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.BASIC));
            Amount classes = Amount.ZERO;
            for (Row r : t(e).rows()) {
                if (r.key() instanceof RowKey.Economic c && c.code().level() == CodeLevel.CLASS) {
                    classes = classes.plus(r.cell(Column.TOTAL).orElseThrow());
                    Amount sections = Amount.ZERO;
                    for (Row s : t(e).rows()) {
                        if (s.key() instanceof RowKey.Economic sc
                                && sc.code().parent().equals(Optional.of(c.code()))) {
                            sections = sections.plus(s.cell(Column.TOTAL).orElseThrow());
                        }
                    }
                    equal(
                            "economic " + c.code() + " = Σ sections",
                            r.cell(Column.TOTAL).orElseThrow(),
                            sections);
                }
            }
            equal("economic 合计 = Σ classes", cell(e, Section.MAIN, line(Line.TOTAL), Column.TOTAL), classes);
        }

        private void threePublicAndAgency() {
            TableKind s = TableKind.THREE_PUBLIC_EXPENSES;
            for (Column c : t(s).columns()) {
                Amount purchase = cell(s, Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLE_PURCHASE), c);
                Amount operation = cell(s, Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLE_OPERATION), c);
                Amount vehicles = cell(s, Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLES), c);
                equal("三公 vehicles = purchase + operation in " + c, vehicles, purchase.plus(operation));
                equal(
                        "三公 合计 in " + c,
                        cell(s, Section.MAIN, line(Line.TOTAL), c),
                        vehicles.plus(cell(s, Section.MAIN, new RowKey.Item(ExpenseItem.TRAVEL_ABROAD), c))
                                .plus(cell(s, Section.MAIN, new RowKey.Item(ExpenseItem.RECEPTION), c)));
            }
            rowSums(
                    s,
                    Column.TOTAL,
                    List.of(
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET));
            BudgetTable agency = t(TableKind.AGENCY_OPERATING_COSTS);
            boolean hasCosts = d.unit().type().orElseThrow().hasAgencyOperatingCosts();
            if (agency.publishedEmpty() == hasCosts) {
                violations.add("机关运行经费 published empty = " + agency.publishedEmpty() + " for "
                        + d.unit().type());
            }
            if (hasCosts) {
                equal(
                        "机关运行经费 一般公共预算 = 公用经费 of the economic table",
                        cell(
                                TableKind.AGENCY_OPERATING_COSTS,
                                Section.MAIN,
                                line(Line.TOTAL),
                                Column.GENERAL_PUBLIC_BUDGET),
                        cell(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Section.MAIN, line(Line.TOTAL), Column.PUBLIC));
            }
        }

        private void projects() {
            Amount projectTotal = Amount.ZERO;
            for (TableKind kind : List.of(TableKind.PROJECT_EXPENDITURE, TableKind.CARRY_OVER_PROJECT_EXPENDITURE)) {
                BudgetTable table = t(kind);
                if (table.publishedEmpty()) {
                    continue;
                }
                Row unit = table.rows().get(0);
                for (Column c : table.columns()) {
                    Amount projects = Amount.sum(table.rows().stream()
                            .filter(r -> r.key() instanceof RowKey.Project)
                            .map(r -> r.cell(c).orElseThrow())
                            .toList());
                    equal(kind + " unit = Σ projects in " + c, unit.cell(c).orElseThrow(), projects);
                }
                projectTotal = projectTotal.plus(unit.cell(Column.TOTAL).orElseThrow());
            }
            equal(
                    "Σ projects (this year + carry-over) = 项目支出 of the expenditure table",
                    projectTotal,
                    cell(TableKind.BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.PROJECT));
            equal(
                    "Σ projects of this year = 项目支出 of the general budget table + other sources",
                    cell(
                            TableKind.PROJECT_EXPENDITURE,
                            Section.MAIN,
                            t(TableKind.PROJECT_EXPENDITURE).rows().isEmpty()
                                    ? line(Line.TOTAL)
                                    : t(TableKind.PROJECT_EXPENDITURE)
                                            .rows()
                                            .get(0)
                                            .key(),
                            Column.GENERAL_PUBLIC_BUDGET),
                    cell(TableKind.GENERAL_BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.PROJECT));
            if (d.projects().stream().anyMatch(p -> p.name().isBlank())) {
                violations.add("a project without a name");
            }
        }
    }
}
