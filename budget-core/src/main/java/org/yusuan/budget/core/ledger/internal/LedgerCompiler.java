package org.yusuan.budget.core.ledger.internal;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.ImmutableBudgetTable;
import org.yusuan.budget.core.table.ImmutableRow;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.UnitType;

/** Builds the thirteen budget tables from a ledger: every cell is a set of lines, summed and rounded. */
public final class LedgerCompiler {
    private static final AmountUnit UNIT = AmountUnit.WAN_YUAN;
    private static final int DECIMALS = 2;
    private static final List<FundSource> APPROPRIATIONS = List.of(
            FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND_BUDGET,
            FundSource.STATE_CAPITAL_OPERATIONS_BUDGET);
    private static final List<FundSource> BUDGET_SOURCES = List.of(
            FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND_BUDGET,
            FundSource.STATE_CAPITAL_OPERATIONS_BUDGET,
            FundSource.SPECIAL_FISCAL_ACCOUNT,
            FundSource.UNIT_FUNDS);

    private final Ledger ledger;
    private final RoundingPolicy policy;
    private final ClassificationCatalog catalog;
    private final List<BudgetLine> lines;
    // The lines under each functional code (项, 款 and 类), each department economic code (款 and
    // 类) and each project, in ledger order: a cell of one code sums these instead of every line,
    // so compiling stays linear in the size of the ledger instead of (cells × lines).
    private final Map<FunctionalCode, List<BudgetLine>> byFunctional = new HashMap<>();
    private final Map<EconomicCode, List<BudgetLine>> byEconomic = new HashMap<>();
    private final Map<String, List<BudgetLine>> linesOfProject = new HashMap<>();

    /**
     * Prepares a compilation.
     *
     * @param ledger the ledger
     * @param policy the rounding policy
     * @param catalog names and mapping
     */
    public LedgerCompiler(Ledger ledger, RoundingPolicy policy, ClassificationCatalog catalog) {
        this.ledger = ledger;
        this.policy = policy;
        this.catalog = catalog;
        this.lines = ledger.lines();
        for (BudgetLine line : lines) {
            FunctionalCode item = line.functional();
            index(byFunctional, item, line);
            item.parent().ifPresent(section -> {
                index(byFunctional, section, line);
                index(byFunctional, section.classCode(), line);
            });
            line.economic().ifPresent(code -> {
                index(byEconomic, code, line);
                code.parent().ifPresent(parent -> index(byEconomic, parent, line));
            });
            line.project().ifPresent(name -> index(linesOfProject, name, line));
        }
    }

    private static <K> void index(Map<K, List<BudgetLine>> index, K key, BudgetLine line) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }

    /** Builds the disclosure. */
    public BudgetDisclosure compile() {
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        for (BudgetTable table : List.of(
                summary(),
                income(),
                expenditure(),
                appropriationSummary(),
                byCode(TableKind.GENERAL_BUDGET_EXPENDITURE, current(FundSource.GENERAL_PUBLIC_BUDGET), false),
                basicByEconomic(),
                governmentFundIncome(),
                byCode(TableKind.GOVERNMENT_FUND_EXPENDITURE, current(FundSource.GOVERNMENT_FUND_BUDGET), true),
                byCode(TableKind.STATE_CAPITAL, current(FundSource.STATE_CAPITAL_OPERATIONS_BUDGET), true),
                threePublicExpenses(),
                agencyOperatingCosts(),
                projects(TableKind.PROJECT_EXPENDITURE, Origin.CURRENT_YEAR),
                projects(TableKind.CARRY_OVER_PROJECT_EXPENDITURE, Origin.CARRY_OVER))) {
            tables.put(table.kind(), table);
        }
        Set<String> projectNames = new LinkedHashSet<>();
        lines.forEach(l -> l.project().ifPresent(projectNames::add));
        return BudgetDisclosure.builder()
                .unit(ledger.unit())
                .year(ledger.year())
                .tables(tables)
                .projects(projectNames.stream().map(Project::named).toList())
                .build();
    }

    // ---- cells

    private Amount sum(Predicate<BudgetLine> which) {
        long exact = 0L;
        long rounded = 0L;
        // a scoped predicate holds only on its scope's lines: the same lines, in the same order
        for (BudgetLine line : which instanceof Scoped scoped ? scoped.scope : lines) {
            if (which.test(line)) {
                exact = Math.addExact(exact, line.amount().fen());
                rounded = Math.addExact(rounded, round(line.amount()).fen());
            }
        }
        return policy == RoundingPolicy.TAIL_FREE ? Amount.ofFen(rounded) : round(Amount.ofFen(exact));
    }

    private static Amount round(Amount amount) {
        return amount.round(UNIT, DECIMALS, RoundingMode.HALF_UP);
    }

    private static Predicate<BudgetLine> current(FundSource fund) {
        return l -> l.origin() == Origin.CURRENT_YEAR && l.fund() == fund;
    }

    private static Predicate<BudgetLine> isCurrent() {
        return l -> l.origin() == Origin.CURRENT_YEAR;
    }

    private static Predicate<BudgetLine> isAppropriation() {
        return l -> l.fund().isFiscalAppropriation();
    }

    private Scoped under(FunctionalCode code) {
        return new Scoped(
                byFunctional.getOrDefault(code, List.of()),
                l -> l.functional().equals(code) || code.isAncestorOf(l.functional()));
    }

    /**
     * A condition on lines that can hold only for the lines of its scope (a subset of the ledger's
     * lines, in ledger order), so that a sum visits the scope instead of every line. Narrowing it
     * with {@link #and} keeps the scope.
     */
    private static final class Scoped implements Predicate<BudgetLine> {
        private final List<BudgetLine> scope;
        private final Predicate<BudgetLine> condition;

        Scoped(List<BudgetLine> scope, Predicate<BudgetLine> condition) {
            this.scope = scope;
            this.condition = condition;
        }

        @Override
        public boolean test(BudgetLine line) {
            return condition.test(line);
        }

        @Override
        public Scoped and(Predicate<? super BudgetLine> other) {
            return new Scoped(scope, condition.and(other));
        }
    }

    private static Predicate<BudgetLine> basic() {
        return l -> l.kind().isBasic();
    }

    private static Predicate<BudgetLine> project() {
        return l -> l.kind() == ExpenditureKind.PROJECT;
    }

    // ---- tables

    private BudgetTable summary() {
        ImmutableBudgetTable.Builder t =
                table(TableKind.BUDGET_SUMMARY, Column.TOTAL, Column.CURRENT_YEAR, Column.CARRY_OVER);
        for (FundSource fund : BUDGET_SOURCES) {
            t.addRows(
                    row(Section.INCOME, new RowKey.Fund(fund), fund.label(), Map.of(Column.TOTAL, sum(current(fund)))));
        }
        t.addRows(row(Section.INCOME, fixed(Line.INCOME_THIS_YEAR), "本年收入合计", Map.of(Column.TOTAL, sum(isCurrent()))));
        Predicate<BudgetLine> carried = isCurrent().negate();
        t.addRows(
                row(Section.INCOME, fixed(Line.CARRY_OVER_FROM_LAST_YEAR), "上年结转", Map.of(Column.TOTAL, sum(carried))));
        t.addRows(row(Section.INCOME, fixed(Line.INCOME_GRAND_TOTAL), "收入总计", Map.of(Column.TOTAL, sum(l -> true))));
        for (CatalogEntry<FunctionalCode> entry : classes()) {
            Predicate<BudgetLine> in = under(entry.code());
            t.addRows(row(Section.EXPENDITURE, new RowKey.Functional(entry.code()), entry.name(), splitByOrigin(in)));
        }
        t.addRows(row(Section.EXPENDITURE, fixed(Line.EXPENDITURE_THIS_YEAR), "本年支出合计", splitByOrigin(l -> true)));
        t.addRows(row(Section.EXPENDITURE, fixed(Line.YEAR_END_CARRY_OVER), "年终结转", splitByOrigin(l -> false)));
        t.addRows(row(Section.EXPENDITURE, fixed(Line.EXPENDITURE_GRAND_TOTAL), "支出总计", splitByOrigin(l -> true)));
        return t.build();
    }

    private Map<Column, Amount> splitByOrigin(Predicate<BudgetLine> in) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        cells.put(Column.TOTAL, sum(in));
        cells.put(Column.CURRENT_YEAR, sum(in.and(isCurrent())));
        cells.put(Column.CARRY_OVER, sum(in.and(isCurrent().negate())));
        return cells;
    }

    private BudgetTable income() {
        ImmutableBudgetTable.Builder t = table(
                TableKind.BUDGET_INCOME,
                Column.TOTAL,
                Column.GENERAL_PUBLIC_BUDGET,
                Column.GOVERNMENT_FUND_BUDGET,
                Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                Column.SPECIAL_FISCAL_ACCOUNT,
                Column.UNIT_FUNDS,
                Column.CARRY_OVER);
        t.addRows(row(Section.MAIN, fixed(Line.TOTAL), "合计", incomeCells(l -> true)));
        for (FunctionalCode code : codes(l -> true)) {
            t.addRows(row(Section.MAIN, new RowKey.Functional(code), name(code), incomeCells(under(code))));
        }
        return t.build();
    }

    private Map<Column, Amount> incomeCells(Predicate<BudgetLine> in) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        cells.put(Column.TOTAL, sum(in.and(isCurrent())));
        cells.put(Column.GENERAL_PUBLIC_BUDGET, sum(in.and(current(FundSource.GENERAL_PUBLIC_BUDGET))));
        cells.put(Column.GOVERNMENT_FUND_BUDGET, sum(in.and(current(FundSource.GOVERNMENT_FUND_BUDGET))));
        cells.put(
                Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                sum(in.and(current(FundSource.STATE_CAPITAL_OPERATIONS_BUDGET))));
        cells.put(Column.SPECIAL_FISCAL_ACCOUNT, sum(in.and(current(FundSource.SPECIAL_FISCAL_ACCOUNT))));
        cells.put(Column.UNIT_FUNDS, sum(in.and(current(FundSource.UNIT_FUNDS))));
        cells.put(Column.CARRY_OVER, sum(in.and(isCurrent().negate())));
        return cells;
    }

    private BudgetTable expenditure() {
        return byCode(TableKind.BUDGET_EXPENDITURE, l -> true, false);
    }

    /** A table per functional code with 合计 = 基本支出 + 项目支出 over the chosen lines. */
    private BudgetTable byCode(TableKind kind, Predicate<BudgetLine> which, boolean emptyWhenNoLines) {
        ImmutableBudgetTable.Builder t = table(kind, Column.TOTAL, Column.BASIC, Column.PROJECT);
        Set<FunctionalCode> codes = codes(which);
        if (codes.isEmpty() && emptyWhenNoLines) {
            return t.publishedEmpty(true).build();
        }
        t.addRows(row(Section.MAIN, fixed(Line.TOTAL), "合计", basicProject(which)));
        for (FunctionalCode code : codes) {
            t.addRows(row(
                    Section.MAIN,
                    new RowKey.Functional(code),
                    name(code),
                    basicProject(under(code).and(which))));
        }
        return t.build();
    }

    private Map<Column, Amount> basicProject(Predicate<BudgetLine> in) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        cells.put(Column.TOTAL, sum(in));
        cells.put(Column.BASIC, sum(in.and(basic())));
        cells.put(Column.PROJECT, sum(in.and(project())));
        return cells;
    }

    private BudgetTable appropriationSummary() {
        ImmutableBudgetTable.Builder t = table(
                TableKind.APPROPRIATION_SUMMARY,
                Column.TOTAL,
                Column.GENERAL_PUBLIC_BUDGET,
                Column.GOVERNMENT_FUND_BUDGET,
                Column.STATE_CAPITAL_OPERATIONS_BUDGET);
        Predicate<BudgetLine> appropriation = isAppropriation();
        for (FundSource fund : APPROPRIATIONS) {
            t.addRows(
                    row(Section.INCOME, new RowKey.Fund(fund), fund.label(), Map.of(Column.TOTAL, sum(current(fund)))));
        }
        t.addRows(row(
                Section.INCOME,
                fixed(Line.INCOME_THIS_YEAR),
                "本年收入合计",
                Map.of(Column.TOTAL, sum(appropriation.and(isCurrent())))));
        Predicate<BudgetLine> carried = appropriation.and(isCurrent().negate());
        t.addRows(row(
                Section.INCOME, fixed(Line.CARRY_OVER_FROM_LAST_YEAR), "上年财政拨款结转", Map.of(Column.TOTAL, sum(carried))));
        for (FundSource fund : APPROPRIATIONS) {
            t.addRows(row(
                    Section.CARRY_OVER,
                    new RowKey.Fund(fund),
                    fund.label(),
                    Map.of(Column.TOTAL, sum(carried.and(l -> l.fund() == fund)))));
        }
        t.addRows(
                row(Section.INCOME, fixed(Line.INCOME_GRAND_TOTAL), "收入总计", Map.of(Column.TOTAL, sum(appropriation))));
        for (CatalogEntry<FunctionalCode> entry : classes()) {
            t.addRows(row(
                    Section.EXPENDITURE,
                    new RowKey.Functional(entry.code()),
                    entry.name(),
                    byFund(under(entry.code()).and(appropriation))));
        }
        t.addRows(row(Section.EXPENDITURE, fixed(Line.EXPENDITURE_THIS_YEAR), "本年支出合计", byFund(appropriation)));
        t.addRows(row(Section.EXPENDITURE, fixed(Line.YEAR_END_CARRY_OVER), "年终结转", byFund(l -> false)));
        t.addRows(row(Section.EXPENDITURE, fixed(Line.EXPENDITURE_GRAND_TOTAL), "支出总计", byFund(appropriation)));
        return t.build();
    }

    private Map<Column, Amount> byFund(Predicate<BudgetLine> in) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        cells.put(Column.TOTAL, sum(in));
        cells.put(Column.GENERAL_PUBLIC_BUDGET, sum(in.and(l -> l.fund() == FundSource.GENERAL_PUBLIC_BUDGET)));
        cells.put(Column.GOVERNMENT_FUND_BUDGET, sum(in.and(l -> l.fund() == FundSource.GOVERNMENT_FUND_BUDGET)));
        cells.put(
                Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                sum(in.and(l -> l.fund() == FundSource.STATE_CAPITAL_OPERATIONS_BUDGET)));
        return cells;
    }

    private BudgetTable basicByEconomic() {
        ImmutableBudgetTable.Builder t =
                table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Column.TOTAL, Column.PERSONNEL, Column.PUBLIC);
        Predicate<BudgetLine> which = current(FundSource.GENERAL_PUBLIC_BUDGET).and(basic());
        Set<EconomicCode> codes = new TreeSet<>();
        for (BudgetLine line : lines) {
            if (which.test(line)) {
                EconomicCode code = line.economic().orElseThrow();
                codes.add(code);
                code.parent().ifPresent(codes::add);
            }
        }
        t.addRows(row(Section.MAIN, fixed(Line.TOTAL), "合计", personnelPublic(which)));
        UnitType type = ledger.unit().type().orElseThrow();
        for (EconomicCode code : codes) {
            Predicate<BudgetLine> in = new Scoped(
                            byEconomic.getOrDefault(code, List.of()),
                            l -> l.economic()
                                    .map(e -> e.equals(code) || e.parent().equals(Optional.of(code)))
                                    .orElse(false))
                    .and(which);
            String name = catalog.economic(code).map(CatalogEntry::name).orElse("");
            Optional<String> government =
                    code.level() == CodeLevel.SECTION ? governmentName(code, type) : Optional.empty();
            ImmutableRow.Builder b =
                    Row.builder().key(new RowKey.Economic(code)).name(name).putAllCells(personnelPublic(in));
            government.ifPresent(b::governmentName);
            t.addRows(b.build());
        }
        return t.build();
    }

    private Optional<String> governmentName(EconomicCode department, UnitType type) {
        List<EconomicCode> targets = catalog.governmentCodes(department, type);
        if (targets.size() != 1) {
            return Optional.empty();
        }
        return catalog.economic(targets.get(0)).map(CatalogEntry::name);
    }

    private Map<Column, Amount> personnelPublic(Predicate<BudgetLine> in) {
        Map<Column, Amount> cells = new EnumMap<>(Column.class);
        cells.put(Column.TOTAL, sum(in));
        cells.put(Column.PERSONNEL, sum(in.and(l -> l.kind() == ExpenditureKind.BASIC_PERSONNEL)));
        cells.put(Column.PUBLIC, sum(in.and(l -> l.kind() == ExpenditureKind.BASIC_PUBLIC)));
        return cells;
    }

    private BudgetTable governmentFundIncome() {
        ImmutableBudgetTable.Builder t = table(TableKind.GOVERNMENT_FUND_INCOME, Column.TOTAL);
        Predicate<BudgetLine> which = current(FundSource.GOVERNMENT_FUND_BUDGET);
        Set<FunctionalCode> codes = codes(which);
        if (codes.isEmpty()) {
            return t.publishedEmpty(true).build();
        }
        t.addRows(row(Section.MAIN, fixed(Line.TOTAL), "合计", Map.of(Column.TOTAL, sum(which))));
        for (FunctionalCode code : codes) {
            t.addRows(row(
                    Section.MAIN,
                    new RowKey.Functional(code),
                    name(code),
                    Map.of(Column.TOTAL, sum(under(code).and(which)))));
        }
        return t.build();
    }

    private BudgetTable threePublicExpenses() {
        ImmutableBudgetTable.Builder t = table(
                TableKind.THREE_PUBLIC_EXPENSES,
                Column.TOTAL,
                Column.GENERAL_PUBLIC_BUDGET,
                Column.GOVERNMENT_FUND_BUDGET,
                Column.STATE_CAPITAL_OPERATIONS_BUDGET);
        Predicate<BudgetLine> base = isAppropriation().and(isCurrent());
        Predicate<BudgetLine> travel = base.and(economic("30212"));
        Predicate<BudgetLine> reception = base.and(economic("30217"));
        Predicate<BudgetLine> purchase = base.and(economic("30913").or(economic("31013")));
        Predicate<BudgetLine> operation = base.and(economic("30231"));
        Predicate<BudgetLine> vehicles = purchase.or(operation);
        t.addRows(row(
                Section.MAIN,
                new RowKey.Item(ExpenseItem.TRAVEL_ABROAD),
                ExpenseItem.TRAVEL_ABROAD.label(),
                byFund(travel)));
        t.addRows(row(
                Section.MAIN,
                new RowKey.Item(ExpenseItem.RECEPTION),
                ExpenseItem.RECEPTION.label(),
                byFund(reception)));
        t.addRows(row(
                Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLES), ExpenseItem.VEHICLES.label(), byFund(vehicles)));
        t.addRows(row(Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLE_PURCHASE), "①公务用车购置费", byFund(purchase)));
        t.addRows(row(Section.MAIN, new RowKey.Item(ExpenseItem.VEHICLE_OPERATION), "②公务用车运行维护费", byFund(operation)));
        t.addRows(row(
                Section.MAIN,
                fixed(Line.TOTAL),
                "合计",
                byFund(travel.or(reception).or(vehicles))));
        return t.build();
    }

    private static Predicate<BudgetLine> economic(String digits) {
        EconomicCode code = EconomicCode.of(digits);
        return l -> l.economic().map(code::equals).orElse(false);
    }

    private BudgetTable agencyOperatingCosts() {
        ImmutableBudgetTable.Builder t = table(
                TableKind.AGENCY_OPERATING_COSTS,
                Column.TOTAL,
                Column.GENERAL_PUBLIC_BUDGET,
                Column.GOVERNMENT_FUND_BUDGET,
                Column.STATE_CAPITAL_OPERATIONS_BUDGET);
        if (!ledger.unit().type().orElseThrow().hasAgencyOperatingCosts()) {
            return t.publishedEmpty(true).build();
        }
        Predicate<BudgetLine> which =
                isAppropriation().and(isCurrent()).and(l -> l.kind() == ExpenditureKind.BASIC_PUBLIC);
        t.addRows(row(Section.MAIN, fixed(Line.TOTAL), "部门合计", byFund(which)));
        return t.build();
    }

    private BudgetTable projects(TableKind kind, Origin origin) {
        boolean current = origin == Origin.CURRENT_YEAR;
        List<Column> columns = new ArrayList<>(List.of(
                Column.TOTAL,
                Column.GENERAL_PUBLIC_BUDGET,
                Column.GOVERNMENT_FUND_BUDGET,
                Column.STATE_CAPITAL_OPERATIONS_BUDGET));
        if (current) {
            columns.add(Column.SPECIAL_FISCAL_ACCOUNT);
            columns.add(Column.UNIT_FUNDS);
        }
        ImmutableBudgetTable.Builder t = table(kind, columns.toArray(Column[]::new));
        Predicate<BudgetLine> which = project().and(l -> l.origin() == origin);
        Map<String, Predicate<BudgetLine>> byProject = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            if (which.test(line)) {
                String name = line.project().orElseThrow();
                byProject.putIfAbsent(
                        name,
                        new Scoped(linesOfProject.get(name), l -> l.project().equals(Optional.of(name))).and(which));
            }
        }
        if (byProject.isEmpty()) {
            return t.publishedEmpty(true).build();
        }
        t.addRows(row(
                Section.MAIN,
                new RowKey.Unit(ledger.unit().name()),
                ledger.unit().name(),
                projectCells(which, current)));
        byProject.forEach(
                (name, in) -> t.addRows(row(Section.MAIN, new RowKey.Project(name), name, projectCells(in, current))));
        return t.build();
    }

    private Map<Column, Amount> projectCells(Predicate<BudgetLine> in, boolean withOwnFunds) {
        Map<Column, Amount> cells = byFund(in);
        if (withOwnFunds) {
            cells.put(Column.SPECIAL_FISCAL_ACCOUNT, sum(in.and(l -> l.fund() == FundSource.SPECIAL_FISCAL_ACCOUNT)));
            cells.put(Column.UNIT_FUNDS, sum(in.and(l -> l.fund() == FundSource.UNIT_FUNDS)));
        } else {
            cells.put(Column.TOTAL, sum(in.and(isAppropriation())));
        }
        return cells;
    }

    // ---- helpers

    private ImmutableBudgetTable.Builder table(TableKind kind, Column... columns) {
        return BudgetTable.builder().kind(kind).unit(UNIT).decimals(DECIMALS).addColumns(columns);
    }

    private static RowKey fixed(Line line) {
        return new RowKey.Fixed(line);
    }

    private static Row row(Section section, RowKey key, String name, Map<Column, Amount> cells) {
        return Row.builder()
                .section(section)
                .key(key)
                .name(name)
                .putAllCells(cells)
                .build();
    }

    private List<CatalogEntry<FunctionalCode>> classes() {
        return catalog.functionalEntries().stream()
                .filter(e -> e.level() == CodeLevel.CLASS)
                .toList();
    }

    /** The functional codes of the chosen lines with their sections and classes, in code order. */
    private Set<FunctionalCode> codes(Predicate<BudgetLine> which) {
        Set<FunctionalCode> codes = new TreeSet<>();
        for (BudgetLine line : lines) {
            if (which.test(line)) {
                FunctionalCode item = line.functional();
                codes.add(item);
                item.parent().ifPresent(section -> {
                    codes.add(section);
                    codes.add(section.classCode());
                });
            }
        }
        return codes;
    }

    private String name(FunctionalCode code) {
        return catalog.functional(code).map(CatalogEntry::name).orElse("");
    }
}
