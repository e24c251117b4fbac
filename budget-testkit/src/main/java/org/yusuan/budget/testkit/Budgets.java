package org.yusuan.budget.testkit;

import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;

/**
 * jqwik arbitraries for budget data: codes drawn from a catalog, amounts, budget lines, ledgers of
 * realistic shape and the disclosures they compile into. Everything shrinks towards small, simple
 * values (fewer lines, zero amounts, the first codes of the catalog).
 *
 * <pre>{@code
 * @Property
 * void myReportHandlesEveryDisclosure(@ForAll("disclosures") BudgetDisclosure d) { ... }
 *
 * @Provide
 * Arbitrary<BudgetDisclosure> disclosures() {
 *     return Budgets.of(ClassificationCatalog.bundled()).consistentDisclosures();
 * }
 * }</pre>
 */
public final class Budgets {
    /** The department economic sections of basic personnel expenditure (工资福利, 对个人和家庭的补助). */
    private static final List<String> PERSONNEL_CLASSES = List.of("301", "303");
    /** The department economic sections of basic public expenditure (商品和服务, 资本性). */
    private static final List<String> PUBLIC_CLASSES = List.of("302", "310");

    private final ClassificationCatalog catalog;

    private Budgets(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Arbitraries drawing codes from a catalog.
     *
     * @param catalog the catalog; it needs functional items and department economic sections
     * @return the arbitraries
     */
    public static Budgets of(ClassificationCatalog catalog) {
        return new Budgets(catalog);
    }

    /** Functional items (项) of the catalog. */
    public Arbitrary<FunctionalCode> functionalItems() {
        List<FunctionalCode> items = catalog.functionalEntries().stream()
                .filter(e -> e.level() == CodeLevel.ITEM)
                .map(CatalogEntry::code)
                .toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no functional items: " + catalog);
        }
        return Arbitraries.of(items);
    }

    /** Department economic sections (款) under the given classes. */
    private Arbitrary<EconomicCode> departmentSections(List<String> classes) {
        List<EconomicCode> sections = catalog.economicEntries(EconomicSystem.DEPARTMENT).stream()
                .map(CatalogEntry::code)
                .filter(c -> c.level() == CodeLevel.SECTION
                        && classes.contains(c.parent().orElseThrow().digits()))
                .toList();
        return Arbitraries.of(sections);
    }

    /**
     * Amounts from zero to ten million yuan, exact to the fen, with an edge towards round figures
     * (whole yuan, whole hundreds) as budgets have them.
     */
    public static Arbitrary<Amount> amounts() {
        Arbitrary<Long> fen = Arbitraries.longs().between(0L, 1_000_000_000L);
        return Arbitraries.oneOf(
                fen.map(Amount::ofFen),
                fen.map(f -> Amount.ofFen(f - f % 100L)),
                fen.map(f -> Amount.ofFen(f - f % 1_000_000L)));
    }

    /** Budget lines of every kind, fund and origin over the catalog's codes. */
    public Arbitrary<BudgetLine> budgetLines() {
        Arbitrary<ExpenditureKind> kinds = Arbitraries.of(ExpenditureKind.class);
        return kinds.flatMap(this::line);
    }

    private Arbitrary<BudgetLine> line(ExpenditureKind kind) {
        Arbitrary<FundSource> funds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, FundSource.GENERAL_PUBLIC_BUDGET),
                net.jqwik.api.Tuple.of(1, FundSource.GOVERNMENT_FUND_BUDGET),
                net.jqwik.api.Tuple.of(1, FundSource.STATE_CAPITAL_OPERATIONS_BUDGET),
                net.jqwik.api.Tuple.of(1, FundSource.SPECIAL_FISCAL_ACCOUNT),
                net.jqwik.api.Tuple.of(1, FundSource.UNIT_FUNDS));
        Arbitrary<Origin> origins = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, Origin.CURRENT_YEAR), net.jqwik.api.Tuple.of(1, Origin.CARRY_OVER));
        Arbitrary<EconomicCode> economic = switch (kind) {
            case BASIC_PERSONNEL -> departmentSections(PERSONNEL_CLASSES);
            case BASIC_PUBLIC -> departmentSections(PUBLIC_CLASSES);
            case PROJECT -> departmentSections(List.of("302", "310"));
        };
        Arbitrary<String> projects = Arbitraries.of("社会保障卡工作经费", "信息化建设项目", "档案用房租赁", "业务经办费", "数据治理费");
        return Combinators.combine(functionalItems(), economic, funds, origins, amounts(), projects)
                .as((item, code, fund, origin, amount, project) -> {
                    // carry-over is appropriation carried over (上年财政拨款结转), as budgets publish it
                    FundSource source = origin == Origin.CARRY_OVER && !fund.isFiscalAppropriation()
                            ? FundSource.GENERAL_PUBLIC_BUDGET
                            : fund;
                    var b = BudgetLine.builder()
                            .functional(item)
                            .economic(code)
                            .fund(source)
                            .kind(kind)
                            .origin(origin)
                            .amount(amount);
                    if (kind == ExpenditureKind.PROJECT) {
                        b.project(project);
                    }
                    return b.build();
                });
    }

    /** Units of every type and level, with realistic names. */
    public static Arbitrary<BudgetUnit> units() {
        return Combinators.combine(
                        Arbitraries.of("山西省社会保险局", "山西省工伤保险管理服务中心", "晋城市人力资源和社会保障综合服务中心"),
                        Arbitraries.of(UnitType.class),
                        Arbitraries.of(GovernmentLevel.PROVINCIAL, GovernmentLevel.CITY))
                .as((name, type, level) ->
                        BudgetUnit.builder().name(name).type(type).level(level).build());
    }

    /** Ledgers of one unit for a year of 2023–2026 with 1 to 40 lines. */
    public Arbitrary<Ledger> ledgers() {
        return Combinators.combine(
                        units(),
                        Arbitraries.integers().between(2023, 2026),
                        budgetLines().list().ofMinSize(1).ofMaxSize(40))
                .as((unit, year, lines) -> Ledger.builder()
                        .unit(unit)
                        .year(Year.of(year))
                        .lines(lines)
                        .build());
    }

    /** Disclosures compiled tail-free: every identity between their tables holds exactly. */
    public Arbitrary<BudgetDisclosure> consistentDisclosures() {
        return ledgers().map(l -> l.compile(RoundingPolicy.TAIL_FREE, catalog));
    }

    /** Disclosures compiled as publishers round, each cell on its own: rounding tails appear. */
    public Arbitrary<BudgetDisclosure> publishedDisclosures() {
        return ledgers().map(l -> l.compile(RoundingPolicy.INDEPENDENT, catalog));
    }
}
