package org.yusuan.budget.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.Origin;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.io.text.DisclosureImporter;

/**
 * The data the benchmarks run on, made deterministically from a seed: the real disclosures in
 * {@code seeds/} (published documents as PDF extraction gives them), ledgers of realistic shape
 * compiled as publishers round (the shape of {@code Budgets.ledgers()} in the testkit, drawn from a
 * {@link Random} instead of jqwik), and ledgers large enough to compile into a disclosure of a
 * chosen number of cells.
 */
public final class Workloads {
    /** The seed files, in the module's resources. */
    public static final List<String> SEEDS =
            List.of("000_592c12c34fbdb2be.txt", "002_50ea5a3f65b56578.txt", "004_f08b956b510655b5.txt");

    private static final String[] UNIT_NAMES = {"山西省社会保险局", "山西省工伤保险管理服务中心", "晋城市人力资源和社会保障综合服务中心"};
    private static final String[] PROJECT_NAMES = {"社会保障卡工作经费", "信息化建设项目", "档案用房租赁", "业务经办费", "数据治理费"};

    private final ClassificationCatalog catalog;
    private final List<FunctionalCode> items;
    private final List<EconomicCode> personnel;
    private final List<EconomicCode> publicSections;

    private Workloads(ClassificationCatalog catalog) {
        this.catalog = catalog;
        this.items = catalog.functionalEntries().stream()
                .filter(e -> e.level() == CodeLevel.ITEM)
                .map(CatalogEntry::code)
                .toList();
        this.personnel = sections(catalog, List.of("301", "303"));
        this.publicSections = sections(catalog, List.of("302", "310"));
    }

    /** The workloads over the bundled catalog. */
    public static Workloads bundled() {
        return new Workloads(ClassificationCatalog.bundled());
    }

    /** The catalog the ledgers draw their codes from. */
    public ClassificationCatalog catalog() {
        return catalog;
    }

    private static List<EconomicCode> sections(ClassificationCatalog catalog, List<String> classes) {
        return catalog.economicEntries(EconomicSystem.DEPARTMENT).stream()
                .map(CatalogEntry::code)
                .filter(c -> c.level() == CodeLevel.SECTION
                        && classes.contains(c.parent().orElseThrow().digits()))
                .toList();
    }

    /**
     * The bytes of a seed, a real published disclosure as extracted text.
     *
     * @param name one of {@link #SEEDS}
     * @return its bytes (UTF-8)
     */
    public static byte[] seed(String name) {
        try (InputStream in = Workloads.class.getResourceAsStream("seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed imported: a real disclosure with its narrative, projects and targets.
     *
     * @param name one of {@link #SEEDS}
     * @return the disclosure
     */
    public static Disclosure importedSeed(String name) {
        String text = new String(seed(name), java.nio.charset.StandardCharsets.UTF_8);
        return DisclosureImporter.standard().read(text, name).disclosure();
    }

    /**
     * A disclosure of realistic size: a ledger of 1 to 40 lines over the catalog's codes, compiled
     * as publishers round (so rounding tails appear, as in published tables).
     *
     * @param random the source of choices
     * @return the disclosure
     */
    public BudgetDisclosure typical(Random random) {
        int count = 1 + random.nextInt(40);
        List<BudgetLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FunctionalCode item = items.get(random.nextInt(items.size()));
            lines.add(line(random, item, PROJECT_NAMES[random.nextInt(PROJECT_NAMES.length)]));
        }
        return compile(random, lines, RoundingPolicy.INDEPENDENT);
    }

    /**
     * A large disclosure of about the given number of cells: a ledger whose every line books a
     * functional item of its own (the catalog's first, then made-up items under the catalog's
     * classes) and every project line a project of its own, compiled as publishers round.
     *
     * @param cells the number of cells wanted; the result has within a few percent of it
     * @param seed the seed of the choices
     * @return the disclosure
     */
    public BudgetDisclosure withCells(int cells, long seed) {
        return withCells(cells, seed, RoundingPolicy.INDEPENDENT);
    }

    /**
     * A large disclosure as {@link #withCells(int, long)}, compiled with a rounding policy: {@link
     * RoundingPolicy#INDEPENDENT} as publishers round (every sum of many rounded cells then differs
     * from its rounded total by a tail, which the validator reports as INFO with every part), or
     * {@link RoundingPolicy#TAIL_FREE} (every identity holds exactly, nothing to report).
     *
     * @param cells the number of cells wanted; the result has within a few percent of it
     * @param seed the seed of the choices
     * @param policy the rounding policy
     * @return the disclosure
     */
    public BudgetDisclosure withCells(int cells, long seed, RoundingPolicy policy) {
        // about 16 cells a line (7 income, 3 expenditure, 3 by fund, projects, sections and classes):
        // compile a first guess, then scale the ledger by the ratio
        int lines = Math.max(1, cells / 16);
        BudgetDisclosure first = large(lines, seed, policy);
        int got = cells(first);
        if (Math.abs(got - cells) <= cells / 50) {
            return first;
        }
        int scaled = Math.max(1, (int) ((long) lines * cells / Math.max(1, got)));
        return large(scaled, seed, policy);
    }

    private BudgetDisclosure large(int count, long seed, RoundingPolicy policy) {
        Random random = new Random(seed);
        List<FunctionalCode> classes = catalog.functionalEntries().stream()
                .filter(e -> e.level() == CodeLevel.CLASS)
                .map(CatalogEntry::code)
                .toList();
        List<BudgetLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FunctionalCode item;
            if (i < items.size()) {
                item = items.get(i);
            } else {
                // made-up items 2xx·ss·ii under the catalog's classes, sections and items from 50 up
                int n = i - items.size();
                FunctionalCode c = classes.get(n % classes.size());
                int rest = n / classes.size();
                item = FunctionalCode.of(String.format("%s%02d%02d", c.digits(), 50 + rest / 50 % 50, 50 + rest % 50));
            }
            lines.add(line(random, item, "项目" + i));
        }
        return compile(random, lines, policy);
    }

    private BudgetLine line(Random random, FunctionalCode item, String project) {
        ExpenditureKind kind = ExpenditureKind.values()[random.nextInt(3)];
        int f = random.nextInt(12);
        FundSource fund = f < 8
                ? FundSource.GENERAL_PUBLIC_BUDGET
                : List.of(
                                FundSource.GOVERNMENT_FUND_BUDGET,
                                FundSource.STATE_CAPITAL_OPERATIONS_BUDGET,
                                FundSource.SPECIAL_FISCAL_ACCOUNT,
                                FundSource.UNIT_FUNDS)
                        .get(f - 8);
        Origin origin = random.nextInt(6) == 0 ? Origin.CARRY_OVER : Origin.CURRENT_YEAR;
        if (origin == Origin.CARRY_OVER && !fund.isFiscalAppropriation()) {
            fund = FundSource.GENERAL_PUBLIC_BUDGET;
        }
        List<EconomicCode> economic = kind == ExpenditureKind.BASIC_PERSONNEL ? personnel : publicSections;
        long fen = (long) (random.nextDouble() * 1_000_000_000L);
        fen = switch (random.nextInt(3)) {
            case 0 -> fen;
            case 1 -> fen - fen % 100L;
            default -> fen - fen % 1_000_000L;
        };
        var b = BudgetLine.builder()
                .functional(item)
                .economic(economic.get(random.nextInt(economic.size())))
                .fund(fund)
                .kind(kind)
                .origin(origin)
                .amount(Amount.ofFen(fen));
        if (kind == ExpenditureKind.PROJECT) {
            b.project(project);
        }
        return b.build();
    }

    private BudgetDisclosure compile(Random random, List<BudgetLine> lines, RoundingPolicy policy) {
        BudgetUnit unit = BudgetUnit.builder()
                .name(UNIT_NAMES[random.nextInt(UNIT_NAMES.length)])
                .type(UnitType.values()[random.nextInt(UnitType.values().length)])
                .level(random.nextBoolean() ? GovernmentLevel.PROVINCIAL : GovernmentLevel.CITY)
                .build();
        Ledger ledger = Ledger.builder()
                .unit(unit)
                .year(Year.of(2023 + random.nextInt(4)))
                .lines(lines)
                .build();
        return ledger.compile(policy, catalog);
    }

    /**
     * The number of published cells of a disclosure.
     *
     * @param disclosure the disclosure
     * @return the count of cells over all tables
     */
    public static int cells(Disclosure disclosure) {
        int cells = 0;
        for (BudgetTable table : disclosure.tables().values()) {
            for (Row row : table.rows()) {
                cells += row.cells().size();
            }
        }
        return cells;
    }

    /**
     * The floor of any validator: every cell of the disclosure visited once (by column, as the
     * validator reads cells) and added up as a {@code long} count of fen, with the same overflow
     * check the validator's sums make.
     *
     * @param disclosure the disclosure
     * @return the sum of all its cells in fen
     */
    public static long sumOfCells(Disclosure disclosure) {
        long sum = 0L;
        for (BudgetTable table : disclosure.tables().values()) {
            List<Column> columns = table.columns();
            for (Row row : table.rows()) {
                sum = plusCells(sum, row, columns);
            }
        }
        return sum;
    }

    /**
     * A sum plus a row's cells in some columns, by column, as the validator reads cells (iterating
     * the map would also make it keep a view object for every row).
     */
    private static long plusCells(long sum, Row row, List<Column> columns) {
        Map<Column, Amount> cells = row.cells();
        for (int c = 0; c < columns.size(); c++) {
            Amount amount = cells.get(columns.get(c));
            if (amount != null) {
                sum = Math.addExact(sum, amount.fen());
            }
        }
        return sum;
    }
    /**
     * What a validator must read of every row, not only its cells: {@link #sumOfCells} in the same
     * pass, plus each row's code (its digits, read as a number) and each character of its printed
     * name (the catalog rules compare names), folded into the result so that nothing is left out.
     * Not a check: the floor of a validator that reads each row once, in this object model, where
     * a row's cells, key, code and name are separate objects.
     *
     * @param disclosure the disclosure
     * @return the sum of all its cells in fen, mixed with the rows' codes and names
     */
    public static long touchRows(Disclosure disclosure) {
        long sum = 0L;
        long mix = 0L;
        for (BudgetTable table : disclosure.tables().values()) {
            List<Column> columns = table.columns();
            for (Row row : table.rows()) {
                sum = plusCells(sum, row, columns);
                String digits = row.key() instanceof RowKey.Functional f
                        ? f.code().digits()
                        : row.key() instanceof RowKey.Economic e ? e.code().digits() : "";
                int number = 0;
                for (int i = 0; i < digits.length(); i++) {
                    number = number * 10 + digits.charAt(i) - '0';
                }
                String name = row.name();
                for (int i = 0; i < name.length(); i++) {
                    mix = mix * 31 + name.charAt(i);
                }
                mix += number;
            }
        }
        return sum ^ (mix & 1L);
    }
}
