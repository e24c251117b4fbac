package org.yusuan.budget.io.text;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Count;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountParseException;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;

/**
 * Reads the tab-separated text that PDF extraction gives of a published disclosure (the form of
 * the reference documents) into a {@link Disclosure}: the unit and year from the title
 * ({@code 2025年度单位预算公开}), and every table found by its title, with or without its year and
 * its {@code 表N} label.
 *
 * <p>This version reads the two summary tables of a budget (预算收支总表, 财政拨款收支总表), its
 * basic-expenditure table by economic code (一般公共预算基本支出分经济科目表), its 三公, agency operating
 * costs and project tables, and the
 * tables by functional code: 预算收入总表, 预算支出总表, 一般公共预算支出预算表
 * and 政府性基金预算支出表 of a budget; 收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表 and
 * 国有资本经营预算财政拨款支出决算表 of final accounts, and the two summary tables of final accounts
 * (收入支出决算总表, 财政拨款收入支出决算总表, with their 行次), its basic-expenditure detail table
 * (一般公共预算财政拨款基本支出决算明细表, four blocks side by side) and its information table (决算信息表,
 * with the counts of vehicles and the like into {@link FinalAccountsDisclosure#counts()}), in the layouts
 * of the reference documents. The 国有资本经营预算收支预算表 of a budget and the 政府性基金 and 三公 tables of
 * final accounts are read when published empty (本表无数据), as in the reference documents; with data
 * they, like every other table it recognises by its title, are reported as {@code IMP-TABLE}
 * (recognised, not read). Each performance target table ({@code …项目支出绩效目标表}) and
 * self-evaluation table ({@code …项目支出绩效自评表}) becomes a {@link Project} with its target or
 * evaluation, and the figures of the narrative (情况说明) become {@link NarrativeFigure}s, linked to
 * the cells they state where the words leave no doubt, and its year-on-year sentences {@link
 * org.yusuan.budget.core.disclosure.NarrativeChange}s. Every table honours its 单位 line; names
 * map to codes through the catalog edition of the document's year ({@link #withCatalogs}). Every
 * line inside a read table that cannot be placed is reported as {@code IMP-LINE} with its line
 * number and text. Nothing is dropped silently. Immutable and thread-safe.
 *
 * <p>Shanghai's format (the district disclosures and the 2024 final-accounts template, as {@link
 * org.yusuan.budget.io.pdf.PdfReader} rebuilds them) is read too: the title without 公开
 * ({@code 2024年度部门决算}), functional codes in 类 | 款 | 项 columns and economic codes in 类 | 款
 * columns, summary tables without 行次, the 一般公共预算财政拨款基本支出决算表 (two blocks) as the detail
 * table, the 国有资本经营预算财政拨款收入支出决算表 as {@link TableKind#FINAL_STATE_CAPITAL} (read when
 * published empty) and the 三公 table as a (预算数, 决算数) pair of columns per item. A header printed
 * again where a table goes on over a page is skipped. A table the document's region must publish
 * ({@link RequiredTables}) and that is not found is an {@code IMP-MISSING} finding.
 */
public final class DisclosureImporter {
    /** The ids of the findings the importer reports. */
    public static final List<String> FINDING_IDS = List.of("IMP-CATALOG", "IMP-LINE", "IMP-MISSING", "IMP-TABLE");

    /** The document's title: 2025年度单位预算公开, or Shanghai's 2024年度部门决算 (without 公开). */
    private static final Pattern TITLE = Pattern.compile("^(\\d{4})年度?(?:单位|部门)(预算|决算)(?:公开)?$");

    /** A contents line: a heading numbered 一、 (Shanghai's contents list the tables so, without pages). */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");

    /**
     * Titles other formats print for a table: Shanghai's 一般公共预算财政拨款基本支出决算表 (the 明细表 of
     * 公开06, two blocks) and 国有资本经营预算财政拨款收入支出决算表 (公开08, with the columns of 公开07).
     */
    private static final String SHANGHAI_STATE_CAPITAL = "国有资本经营预算财政拨款收入支出决算表";

    private static final Map<String, TableKind> ALIASES = Map.of(
            "一般公共预算财政拨款基本支出决算表", TableKind.FINAL_BASIC_EXPENDITURE_DETAIL,
            "国有资本经营预算财政拨款收入支出决算表", TableKind.FINAL_STATE_CAPITAL);

    private static final Pattern YEAR_PREFIX = Pattern.compile("^(?:表[一二三四五六七八九十]+)?(?:\\d{4}年度?)?");
    private static final Pattern LABEL = Pattern.compile("^(?:预算公开表|部门公开表)\\d+$|^公开\\d+表$");
    private static final Pattern CODE = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");

    /** The tables read, with the columns of the reference layout in printed order. */
    private static final Map<TableKind, List<Column>> LAYOUTS = new EnumMap<>(TableKind.class);

    static {
        List<Column> basicProject = List.of(Column.TOTAL, Column.BASIC, Column.PROJECT);
        LAYOUTS.put(
                TableKind.BUDGET_INCOME,
                List.of(
                        Column.TOTAL,
                        Column.GENERAL_PUBLIC_BUDGET,
                        Column.GOVERNMENT_FUND_BUDGET,
                        Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                        Column.SPECIAL_FISCAL_ACCOUNT,
                        Column.UNIT_FUNDS,
                        Column.CARRY_OVER));
        LAYOUTS.put(TableKind.BUDGET_EXPENDITURE, basicProject);
        LAYOUTS.put(TableKind.GENERAL_BUDGET_EXPENDITURE, basicProject);
        LAYOUTS.put(TableKind.GOVERNMENT_FUND_EXPENDITURE, basicProject);
        LAYOUTS.put(TableKind.GOVERNMENT_FUND_INCOME, List.of(Column.TOTAL));
        LAYOUTS.put(
                TableKind.FINAL_INCOME,
                List.of(
                        Column.TOTAL,
                        Column.FISCAL_APPROPRIATION,
                        Column.SUPERIOR_SUBSIDY,
                        Column.INSTITUTION_REVENUE,
                        Column.BUSINESS_REVENUE,
                        Column.SUBSIDIARY_REMITTANCE,
                        Column.OTHER_REVENUE));
        LAYOUTS.put(
                TableKind.FINAL_EXPENDITURE,
                List.of(
                        Column.TOTAL,
                        Column.BASIC,
                        Column.PROJECT,
                        Column.PAYMENT_TO_SUPERIOR,
                        Column.BUSINESS_EXPENDITURE,
                        Column.SUBSIDY_TO_SUBSIDIARIES));
        LAYOUTS.put(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, basicProject);
        LAYOUTS.put(TableKind.FINAL_STATE_CAPITAL, basicProject);
    }

    /** Tables read only when published empty, with the columns their print has. */
    private static final Map<TableKind, List<Column>> EMPTY_ONLY = Map.of(
            TableKind.STATE_CAPITAL, List.of(Column.TOTAL, Column.BASIC, Column.PROJECT),
            TableKind.FINAL_GOVERNMENT_FUND,
                    List.of(
                            Column.OPENING_BALANCE,
                            Column.INCOME,
                            Column.TOTAL,
                            Column.BASIC,
                            Column.PROJECT,
                            Column.CLOSING_BALANCE),
            TableKind.FINAL_THREE_PUBLIC_EXPENSES, List.of(Column.BUDGETED, Column.ACTUAL));

    private static final DisclosureImporter STANDARD = new DisclosureImporter(List.of(ClassificationCatalog.bundled()));

    private final List<ClassificationCatalog> catalogs;

    private DisclosureImporter(List<ClassificationCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** The importer, with the bundled catalog ({@link ClassificationCatalog#bundled()}). */
    public static DisclosureImporter standard() {
        return STANDARD;
    }

    /**
     * An importer that maps names to codes through the given catalogs: for each document, the
     * edition that covers the document's year, else the nearest one (the later of two equally near),
     * which the import then reports as an {@code IMP-CATALOG} finding.
     *
     * @param catalogs the catalog editions to choose from, at least one
     * @return the importer
     * @throws IllegalArgumentException if no catalog is given
     */
    public DisclosureImporter withCatalogs(List<ClassificationCatalog> catalogs) {
        if (catalogs.isEmpty()) {
            throw new IllegalArgumentException("an importer needs at least one catalog");
        }
        return new DisclosureImporter(catalogs);
    }

    /** The catalog editions this importer chooses from. */
    public List<ClassificationCatalog> catalogs() {
        return catalogs;
    }

    /** The catalog for a year: the edition covering it, else the nearest (the later when tied). */
    private ClassificationCatalog catalogFor(Year year) {
        ClassificationCatalog best = null;
        long bestDistance = Long.MAX_VALUE;
        for (ClassificationCatalog c : catalogs) {
            var e = c.edition();
            long distance = e.covers(year)
                    ? 0
                    : Math.min(
                            Math.abs((long) year.getValue() - e.firstYear().getValue()),
                            Math.abs((long) year.getValue() - e.lastYear().getValue()));
            if (distance < bestDistance
                    || (distance == bestDistance
                            && best != null
                            && e.lastYear().isAfter(best.edition().lastYear()))) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Imports a disclosure's extracted text.
     *
     * @param text the text, one printed line a line, cells separated by tabs
     * @param source the name used in findings and errors
     * @return the disclosure and the import findings
     * @throws BudgetFormatException if the text has no title naming the unit, the year and whether
     *     it is a budget or final accounts
     */
    public ImportResult read(String text, String source) {
        List<String> lines = text.lines().toList();
        Title title = title(lines, source);
        List<Finding> findings = new ArrayList<>();
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        List<Count> counts = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        ClassificationCatalog catalog = catalogFor(title.year);
        if (!catalog.edition().covers(title.year)) {
            findings.add(finding(
                    "IMP-CATALOG",
                    Severity.INFO,
                    title.line,
                    lines.get(title.line - 1).strip(),
                    "没有覆盖" + title.year + "年度的分类目录，按最接近的版本（" + catalog.edition() + "）对照科目名称",
                    "no catalog edition covers " + title.year + "; names are mapped through the nearest edition ("
                            + catalog.edition() + ")"));
        }
        for (int i = title.line; i < lines.size(); i++) {
            try {
                if (isPerformanceTitleLine(lines.get(i))) {
                    performance(lines, i, title.kind, projects, findings);
                    continue;
                }
                Optional<TableKind> kind = tableAt(lines.get(i), title.kind);
                if (kind.isEmpty()) {
                    continue;
                }
                if (!tables.containsKey(kind.get())) {
                    readTable(kind.get(), lines, i, title, catalog, counts, findings)
                            .ifPresent(t -> tables.put(kind.get(), t));
                    continue;
                }
                // the title printed again: the table goes on over a page, its title and header repeated
                List<Finding> more = new ArrayList<>();
                List<Count> moreCounts = new ArrayList<>();
                Optional<BudgetTable> again = readTable(kind.get(), lines, i, title, catalog, moreCounts, more);
                if (again.isPresent() && !again.get().rows().isEmpty()) {
                    tables.put(kind.get(), continued(tables.get(kind.get()), again.get(), i, lines, findings));
                    findings.addAll(more);
                    counts.addAll(moreCounts);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                // what a table reader could not turn into a valid table (a unit line that contradicts
                // the cells, say) is a format error of that table, never an unchecked exception
                throw new BudgetFormatException(
                        source,
                        i + 1,
                        0,
                        "cannot read the table \"" + lines.get(i).strip() + "\": " + e.getMessage(),
                        e);
            }
        }
        NarrativeReader.Narrative narrative = NarrativeReader.read(lines, title.kind, title.unit, tables, catalog);
        Disclosure d;
        try {
            BudgetUnit unit = BudgetUnit.builder().name(title.unit).build();
            d = title.kind == DisclosureKind.BUDGET
                    ? BudgetDisclosure.builder()
                            .unit(unit)
                            .year(title.year)
                            .tables(tables)
                            .projects(projects)
                            .narrative(narrative.figures())
                            .changes(narrative.changes())
                            .items(narrative.items())
                            .build()
                    : FinalAccountsDisclosure.builder()
                            .unit(unit)
                            .year(title.year)
                            .tables(tables)
                            .counts(counts)
                            .projects(projects)
                            .narrative(narrative.figures())
                            .changes(narrative.changes())
                            .items(narrative.items())
                            .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BudgetFormatException(source, title.line, 0, e.getMessage(), e);
        }
        findings.sort(
                java.util.Comparator.comparingInt(f -> f.location().sourceLine().orElse(0)));
        // the tables the document's region must publish, whether it came as text or as a PDF
        findings.addAll(RequiredTables.check(d, findings));
        return new ImportResult(d, findings);
    }

    /**
     * Reads the performance table titled at {@code titleIndex} (a 绩效目标表 or 绩效自评表) into a
     * project; a table without a 项目名称 is an {@code IMP-TABLE} finding.
     */
    private static void performance(
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            List<Project> projects,
            List<Finding> findings) {
        String title = lines.get(titleIndex).strip();
        // strips a line only where it may be a title or a part's heading
        java.util.function.Predicate<String> ends =
                line -> endsTable(line, disclosure) || isPerformanceTitleLine(line) || isSectionLine(line);
        Optional<Project> project;
        if (title.endsWith("目标表")) {
            PerformanceReader.Read<PerformanceTarget> read = PerformanceReader.target(lines, titleIndex, ends);
            findings.addAll(read.findings());
            project = read.value()
                    .map(t -> Project.builder().name(t.projectName()).target(t).build());
        } else {
            PerformanceReader.Read<SelfEvaluation> read = PerformanceReader.evaluation(lines, titleIndex, ends);
            findings.addAll(read.findings());
            project = read.value()
                    .map(e -> Project.builder()
                            .name(e.projectName())
                            .evaluation(e)
                            .build());
        }
        if (project.isPresent()) {
            projects.add(project.get());
        } else {
            findings.add(finding(
                    "IMP-TABLE",
                    Severity.WARNING,
                    titleIndex + 1,
                    title,
                    "绩效表「" + title + "」中没有项目名称，未导入",
                    "the performance table \"" + title + "\" names no project (项目名称) and is not imported"));
        }
    }

    /**
     * Whether a stripped line titles a performance table: it ends with 支出绩效目标表 or 支出绩效自评表 and
     * has no tab (what {@code ^[^\t]*支出绩效(?:目标|自评)表$} matches, without a regular expression on
     * every line).
     */
    private static boolean isPerformanceTitle(String t) {
        return (t.endsWith("支出绩效目标表") || t.endsWith("支出绩效自评表")) && t.indexOf('\t') < 0;
    }

    /** {@link #isPerformanceTitle} of a line not yet stripped, which it strips only when it ends so. */
    private static boolean isPerformanceTitleLine(String line) {
        int end = Spaces.stripEnd(line);
        return end > 0 && line.charAt(end - 1) == '表' && isPerformanceTitle(line.strip());
    }

    /**
     * Whether a line starts a part of the document (第三部分 …), stripped only when its first
     * character is 第, as every such line's is.
     */
    private static boolean isSectionLine(String line) {
        return line.startsWith("第", Spaces.stripStart(line)) && NarrativeReader.isPartTitle(line.strip());
    }

    /** Reads the table of a kind whose title is at {@code i}; empty for a table this importer does not read. */
    private static Optional<BudgetTable> readTable(
            TableKind kind,
            List<String> lines,
            int i,
            Title title,
            ClassificationCatalog catalog,
            List<Count> counts,
            List<Finding> findings) {
        Optional<String> statedText = statedUnit(lines, i, title.kind);
        Optional<AmountUnit> stated = statedText.flatMap(AmountUnit::fromLabel);
        if (statedText.isPresent() && stated.isEmpty()) {
            findings.add(tableFinding(
                    kind,
                    "IMP-TABLE",
                    Severity.WARNING,
                    i + 1,
                    lines.get(i).strip(),
                    "表格「" + lines.get(i).strip() + "」的金额单位「" + statedText.get() + "」无法识别，未读取",
                    "the table \"" + lines.get(i).strip() + "\" states a unit this version does not know (\""
                            + statedText.get() + "\"); not read"));
            return Optional.empty();
        }
        AmountUnit unit = stated.orElse(AmountUnit.WAN_YUAN);
        if (EMPTY_ONLY.containsKey(kind) && publishedEmpty(lines, i, title.kind)) {
            // these layouts are read only when published empty (本表无数据), as in the seeds
            return Optional.of(BudgetTable.builder()
                    .kind(kind)
                    .unit(unit)
                    .decimals(2)
                    .columns(EMPTY_ONLY.get(kind))
                    .publishedEmpty(true)
                    .sourceLine(i + 1)
                    .build());
        }
        if (kind == TableKind.FINAL_STATE_CAPITAL
                && Spaces.without(lines.get(i)).endsWith(SHANGHAI_STATE_CAPITAL)) {
            // Shanghai's 收入支出决算表 has the columns of 公开07 (年初结转和结余, 本年收入, 本年支出 合计 /
            // 基本 / 项目, 年末结转和结余): read when published empty, as that table is
            if (publishedEmpty(lines, i, title.kind)) {
                return Optional.of(BudgetTable.builder()
                        .kind(kind)
                        .unit(unit)
                        .decimals(2)
                        .columns(EMPTY_ONLY.get(TableKind.FINAL_GOVERNMENT_FUND))
                        .publishedEmpty(true)
                        .sourceLine(i + 1)
                        .build());
            }
            findings.add(tableFinding(
                    kind,
                    "IMP-TABLE",
                    Severity.INFO,
                    i + 1,
                    lines.get(i).strip(),
                    "识别到表格「" + lines.get(i).strip() + "」，本版本仅在无数据时读取",
                    "recognised the table \"" + lines.get(i).strip() + "\" (" + kind
                            + "), which this version reads only when published empty"));
            return Optional.empty();
        }
        if (LABELLED.containsKey(kind)) {
            return Optional.of(labelled(kind, lines, i, title.kind, unit, title.unit, findings));
        }
        if (kind == TableKind.FINAL_THREE_PUBLIC_EXPENSES) {
            Optional<BudgetTable> pairs = threePublicPairs(kind, lines, i, title.kind, unit, findings);
            if (pairs.isPresent()) {
                return pairs;
            }
        }
        if (kind == TableKind.FINAL_INFORMATION) {
            return Optional.of(information(kind, lines, i, title.kind, unit, counts, findings));
        }
        if (kind == TableKind.FINAL_BASIC_EXPENDITURE_DETAIL) {
            return Optional.of(detail(kind, lines, i, title.kind, unit, findings));
        }
        if (kind == TableKind.BASIC_EXPENDITURE_BY_ECONOMIC) {
            return Optional.of(economic(kind, lines, i, title.kind, unit, catalog, findings));
        }
        if (kind == TableKind.BUDGET_SUMMARY
                || kind == TableKind.APPROPRIATION_SUMMARY
                || kind == TableKind.FINAL_SUMMARY
                || kind == TableKind.FINAL_APPROPRIATION_SUMMARY) {
            return Optional.of(summary(kind, lines, i, title.kind, unit, catalog, findings));
        }
        if (!LAYOUTS.containsKey(kind)) {
            findings.add(tableFinding(
                    kind,
                    "IMP-TABLE",
                    Severity.INFO,
                    i + 1,
                    lines.get(i).strip(),
                    "识别到表格「" + lines.get(i).strip() + "」，本版本尚未读取",
                    "recognised the table \"" + lines.get(i).strip() + "\" (" + kind
                            + "), which this version does not read"));
            return Optional.empty();
        }
        return table(kind, lines, i, title.kind, unit, catalog, findings);
    }

    /**
     * The unit a table's 单位 line states (the words after 单位：), looked for between its title and
     * its first header line of several cells; empty when none is printed (万元 is then taken, as
     * every reference table prints).
     */
    /** A colon after 单位 (单位：万元). */
    private static final Pattern LEADING_COLON = Pattern.compile("^[：:]");

    /** A run of ASCII white space, where a unit's name ends (单位：万元  第1页). */
    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    private static Optional<String> statedUnit(List<String> lines, int titleIndex, DisclosureKind disclosure) {
        for (int j = titleIndex + 1; j < lines.size() && !endsTable(lines.get(j), disclosure); j++) {
            String t = lines.get(j).strip();
            if (isUnitLine(t)) {
                String after = LEADING_COLON
                        .matcher(t.substring(t.lastIndexOf("单位") + 2))
                        .replaceFirst("")
                        .strip();
                return Optional.of(WHITE_SPACE_RUN.split(after)[0]);
            }
            if (java.util.Arrays.stream(lines.get(j).split("\t"))
                            .filter(c -> !c.isBlank())
                            .count()
                    > 1) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * A table continued under its title printed again: the rows of both, a row read twice being an
     * {@code IMP-LINE}; continued in another unit, decimals or columns, the continuation is not read
     * and is reported as {@code IMP-TABLE}.
     */
    private static BudgetTable continued(
            BudgetTable first, BudgetTable more, int titleIndex, List<String> lines, List<Finding> findings) {
        String title = lines.get(titleIndex).strip();
        if (first.unit() != more.unit()
                || first.decimals() != more.decimals()
                || !first.columns().equals(more.columns())) {
            findings.add(finding(
                    "IMP-TABLE",
                    Severity.WARNING,
                    titleIndex + 1,
                    title,
                    "表格「" + title + "」再次出现，但单位或栏目与前面不同，续表未读取",
                    "the table \"" + title + "\" is printed again with another unit or other columns;"
                            + " the continuation is not read"));
            return first;
        }
        List<Row> rows = new ArrayList<>(first.rows());
        for (Row row : more.rows()) {
            if (rows.stream()
                    .anyMatch(r -> r.key().equals(row.key()) && r.section().equals(row.section()))) {
                String text = row.sourceLine().isPresent()
                        ? lines.get(row.sourceLine().getAsInt() - 1).strip()
                        : row.name();
                findings.add(finding(
                        "IMP-LINE",
                        Severity.WARNING,
                        row.sourceLine().orElse(titleIndex + 1),
                        text,
                        first.kind().title() + "续表中的「" + row.name() + "」已在前面出现：「" + text + "」",
                        "the row \"" + row.name() + "\" of the continued " + first.kind() + " was read before"));
                continue;
            }
            rows.add(row);
        }
        return BudgetTable.builder().from(first).rows(rows).build();
    }

    private record Title(String unit, Year year, DisclosureKind kind, int line) {}

    private static Title title(List<String> lines, String source) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TITLE.matcher(Spaces.without(lines.get(i)));
            if (m.matches()) {
                for (int j = i - 1; j >= 0; j--) {
                    String candidate = lines.get(j).strip().replace('\t', ' ');
                    if (!candidate.isEmpty() && !isPageMark(candidate)) {
                        DisclosureKind kind =
                                m.group(2).equals("预算") ? DisclosureKind.BUDGET : DisclosureKind.FINAL_ACCOUNTS;
                        return new Title(candidate, Year.of(Integer.parseInt(m.group(1))), kind, i + 1);
                    }
                }
            }
        }
        throw new BudgetFormatException(
                source, 1, 0, "no title line such as \"2025年度单位预算公开\" or \"2023年度单位决算公开\" under the unit's name");
    }

    private static boolean isPageMark(String line) {
        return line.equals("仅供内部审核");
    }

    /** A bracketed part at the end of a title: （万元）, （单位：元）. */
    private static final Pattern BRACKETED_END = Pattern.compile("（[^（）]*）$");

    /**
     * The kind of table a line titles, when the line is a title alone (not a table of contents
     * line): the printed title, without its year, 表N label, a closing note in brackets and the
     * word 安排, ends with the kind's title; the longest such title wins (支出决算表 is the end of
     * 一般公共预算财政拨款支出决算表 too).
     */
    private static Optional<TableKind> tableAt(String line, DisclosureKind disclosure) {
        // the last character first, before the line is stripped: nearly every line is ruled out by it
        int end = Spaces.stripEnd(line);
        if (end == 0 || !mayEndTitle(line.charAt(end - 1))) {
            return Optional.empty();
        }
        String t = line.strip();
        if (t.contains("\t")
                || t.contains("....")
                || NUMBERED_HEADING.matcher(t).matches()) {
            return Optional.empty();
        }
        String printed = unify(YEAR_PREFIX.matcher(Spaces.without(t)).replaceFirst(""));
        String bare = BRACKETED_END.matcher(printed).replaceAll("");
        if (disclosure == DisclosureKind.FINAL_ACCOUNTS) {
            for (var alias : ALIASES.entrySet()) {
                if (bare.endsWith(alias.getKey())
                        && bare.length() <= alias.getKey().length() + 12) {
                    return Optional.of(alias.getValue());
                }
            }
        }
        TableKind best = null;
        int bestLength = 0;
        for (TableKind kind : TableKind.values()) {
            String title = UNIFIED_TITLES[kind.ordinal()];
            // a title with its own bracketed part (项目支出预算表（上年结转）) must match with it
            String candidate = title.endsWith("）") ? printed : bare;
            if (kind.disclosure() == disclosure
                    && candidate.endsWith(title)
                    && candidate.length() <= title.length() + 12
                    && title.length() > bestLength) {
                best = kind;
                bestLength = title.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a stripped line that ends with {@code last} may title a table: a title or alias ends
     * with it, or a bracketed part (（万元）), or {@link #unify} may change it (安排 removed, a quote
     * made “). The lines of a document are nearly all ruled out by this before any other work.
     */
    private static boolean mayEndTitle(char last) {
        return TITLE_ENDS.indexOf(last) >= 0;
    }

    private static String unify(String title) {
        return title.replace("安排", "").replace("\"", "“").replace("”", "“");
    }

    /** Each table's title, {@linkplain #unify unified} once: {@link #tableAt} asks for every line. */
    private static final String[] UNIFIED_TITLES = java.util.Arrays.stream(TableKind.values())
            .map(k -> unify(k.title()))
            .toArray(String[]::new);

    /**
     * The last characters of the titles and aliases, and those {@link #mayEndTitle} lets through
     * besides, each once: every line's last character is looked for in it.
     */
    private static final String TITLE_ENDS = titleEnds();

    private static String titleEnds() {
        StringBuilder ends = new StringBuilder("）排\"”“");
        for (String title : UNIFIED_TITLES) {
            ends.append(title.charAt(title.length() - 1));
        }
        for (String alias : ALIASES.keySet()) {
            ends.append(alias.charAt(alias.length() - 1));
        }
        return ends.chars()
                .distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static Optional<BudgetTable> table(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            ClassificationCatalog catalog,
            List<Finding> findings) {
        List<Column> columns = LAYOUTS.get(kind);
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<FunctionalRows.Raw> raws = new ArrayList<>();
        List<Finding> unplaced = new ArrayList<>();
        boolean empty = false;
        boolean afterRow = false;
        boolean split = false;
        java.util.Set<String> header = new java.util.HashSet<>();
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                // a note may come first and 本表无数据 a few lines later, before the next table
                empty |= noteSaysEmpty(lines, i, disclosure);
                break;
            }
            if (isNoise(t)) {
                continue;
            }
            if (!raws.isEmpty() && header.contains(t)) {
                continue; // the header printed again where the table goes on over a page
            }
            if (raws.isEmpty() && isUnitLine(t)) {
                header.add(t); // the unit it states is the one readTable found
                continue;
            }
            String[] cells = line.split("\t", -1);
            split |= FunctionalRows.splitHeads(cells);
            if (split) {
                cells = FunctionalRows.joinCodes(cells); // Shanghai's 类 | 款 | 项 columns
            }
            FunctionalRows.Parsed parsed = FunctionalRows.parse(cells, i + 1, t, afterRow, catalog);
            if (parsed instanceof FunctionalRows.Row r) {
                raws.add(r.raw());
                afterRow = true;
            } else if (parsed instanceof FunctionalRows.Continuation c) {
                FunctionalRows.Raw last = raws.get(raws.size() - 1);
                last.name = last.name + c.text();
            } else {
                if (!raws.isEmpty()) {
                    unplaced.add(unplaced(kind, i + 1, t));
                } else {
                    header.add(t);
                }
                afterRow = false; // header lines before the first row
            }
        }
        Optional<String> order = columnOrderMismatch(lines, titleIndex, raws, columns, disclosure);
        if (order.isPresent()) {
            // printed in another column order than the reference layout: read positionally, the
            // amounts would land in the wrong columns, so the table is reported and not read
            findings.add(tableFinding(
                    kind,
                    "IMP-TABLE",
                    Severity.WARNING,
                    titleIndex + 1,
                    lines.get(titleIndex).strip(),
                    "表格「" + lines.get(titleIndex).strip() + "」的栏目顺序与参考格式不同（" + order.get() + "），未读取",
                    "the table \"" + lines.get(titleIndex).strip() + "\" prints its columns in another order than"
                            + " the reference layout (" + order.get() + "); not read"));
            return Optional.empty();
        }
        FunctionalRows.align(raws, catalog, kind, unplaced);
        FunctionalRows.resolve(raws, catalog, kind, unplaced);
        List<Row> rows = new ArrayList<>();
        for (FunctionalRows.Raw raw : raws) {
            Optional<Row> row = row(kind, raw.fields(), raw.line, columns, format, unplaced, raw.text);
            if (row.isPresent()
                    && rows.stream().anyMatch(r -> r.key().equals(row.get().key()))) {
                unplaced.add(finding(
                        "IMP-LINE",
                        Severity.WARNING,
                        raw.line,
                        raw.text,
                        kind.title() + "中的「" + raw.fields()[0] + "」出现两次：「" + raw.text + "」",
                        "the row " + raw.fields()[0] + " appears twice in " + kind + ": \"" + raw.text + "\""));
                continue;
            }
            row.ifPresent(rows::add);
        }
        if (empty) {
            // the blank 合计 row of a table published empty carries no data
            rows.clear();
            unplaced.clear();
        }
        findings.addAll(unplaced);
        return Optional.of(BudgetTable.builder()
                .kind(kind)
                .unit(unit)
                .decimals(2)
                .columns(columns)
                .rows(rows)
                .publishedEmpty(empty)
                .sourceLine(titleIndex + 1)
                .build());
    }

    /** The column a header label names, in the tables by code. */
    private static final Map<String, Column> HEADER_COLUMNS = Map.ofEntries(
            Map.entry("合计", Column.TOTAL),
            Map.entry("本年收入合计", Column.TOTAL),
            Map.entry("本年支出合计", Column.TOTAL),
            Map.entry("基本支出", Column.BASIC),
            Map.entry("项目支出", Column.PROJECT),
            Map.entry("一般公共预算", Column.GENERAL_PUBLIC_BUDGET),
            Map.entry("政府性基金", Column.GOVERNMENT_FUND_BUDGET),
            Map.entry("政府性基金预算", Column.GOVERNMENT_FUND_BUDGET),
            Map.entry("国有资本经营预算", Column.STATE_CAPITAL_OPERATIONS_BUDGET),
            Map.entry("财政专户管理资金", Column.SPECIAL_FISCAL_ACCOUNT),
            Map.entry("单位资金", Column.UNIT_FUNDS),
            Map.entry("上年结转", Column.CARRY_OVER),
            Map.entry("财政拨款收入", Column.FISCAL_APPROPRIATION),
            Map.entry("上级补助收入", Column.SUPERIOR_SUBSIDY),
            Map.entry("事业收入", Column.INSTITUTION_REVENUE),
            Map.entry("经营收入", Column.BUSINESS_REVENUE),
            Map.entry("附属单位上缴收入", Column.SUBSIDIARY_REMITTANCE),
            Map.entry("其他收入", Column.OTHER_REVENUE),
            Map.entry("上缴上级支出", Column.PAYMENT_TO_SUPERIOR),
            Map.entry("经营支出", Column.BUSINESS_EXPENDITURE),
            Map.entry("对附属单位补助支出", Column.SUBSIDY_TO_SUBSIDIARIES));

    /** The first cells of a header line over a code column and a name column. */
    private static final java.util.Set<String> HEADER_STARTS = java.util.Set.of("科目编码", "科目代码", "项目");

    /**
     * Whether the header of a table by code names a column of the layout in another place than the
     * layout has it. The first label it knows fixes where the amounts start (the code may be printed
     * in one column or in 类 / 款 / 项 columns); each further label must then name the column the
     * layout has at its place. Only labels it knows are compared; a header it cannot read is no
     * evidence either way.
     *
     * @return what was printed where, when the order differs
     */
    private static Optional<String> columnOrderMismatch(
            List<String> lines,
            int titleIndex,
            List<FunctionalRows.Raw> raws,
            List<Column> columns,
            DisclosureKind disclosure) {
        int firstRow = raws.isEmpty() ? lines.size() : raws.get(0).line - 1;
        for (int i = titleIndex + 1;
                i < Math.min(firstRow, lines.size()) && !endsTable(lines.get(i), disclosure);
                i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 3 || !HEADER_STARTS.contains(Spaces.without(f[0]))) {
                continue;
            }
            // the amounts start where the first label the layout knows says (code columns may be split)
            int offset = -1;
            for (int c = 1; c < f.length; c++) {
                Column named = HEADER_COLUMNS.get(Spaces.without(f[c]));
                if (named == null || !columns.contains(named)) {
                    continue;
                }
                if (offset < 0) {
                    offset = c - columns.indexOf(named);
                    continue;
                }
                int at = c - offset;
                if (at >= 0 && at < columns.size() && columns.get(at) != named) {
                    return Optional.of(f[c].strip() + " printed over the place of " + columns.get(at));
                }
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Line> INCOME_LINES = Map.ofEntries(
            Map.entry("本年收入合计", Line.INCOME_THIS_YEAR),
            Map.entry("上年结转", Line.CARRY_OVER_FROM_LAST_YEAR),
            Map.entry("上年财政拨款结转", Line.CARRY_OVER_FROM_LAST_YEAR),
            Map.entry("使用非财政拨款结余", Line.NON_APPROPRIATION_BALANCE_USED),
            Map.entry("使用非财政拨款结余和专用结余", Line.NON_APPROPRIATION_BALANCE_USED),
            Map.entry("使用非财政拨款结余（含专用结余）", Line.NON_APPROPRIATION_BALANCE_USED),
            Map.entry("年初结转和结余", Line.OPENING_BALANCE),
            Map.entry("年初财政拨款结转和结余", Line.OPENING_BALANCE),
            Map.entry("收入总计", Line.INCOME_GRAND_TOTAL),
            Map.entry("总计", Line.INCOME_GRAND_TOTAL));
    private static final Map<String, Line> EXPENDITURE_LINES = Map.ofEntries(
            Map.entry("本年支出合计", Line.EXPENDITURE_THIS_YEAR),
            Map.entry("年终结转", Line.YEAR_END_CARRY_OVER),
            Map.entry("结余分配", Line.BALANCE_DISTRIBUTION),
            Map.entry("年末结转和结余", Line.CLOSING_BALANCE),
            Map.entry("年末财政拨款结转和结余", Line.CLOSING_BALANCE),
            Map.entry("支出总计", Line.EXPENDITURE_GRAND_TOTAL),
            Map.entry("总计", Line.EXPENDITURE_GRAND_TOTAL));

    /**
     * A two-sided summary table (收支总表, 财政拨款收支总表): on each printed line the income side (name,
     * amount) and the expenditure side (a 类 or a totals line, then its amounts). The columns of the
     * expenditure side follow the header: 合计 alone, 合计 / 当年预算安排 / 上年结转安排, or 小计 by fund.
     * Fund lines printed under 上年（财政拨款）结转 are the carry-over by fund.
     */
    private static BudgetTable summary(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            ClassificationCatalog catalog,
            List<Finding> findings) {
        // final accounts print a 行次 column, except in Shanghai's format: numbered when the header says so
        boolean numbered =
                disclosure == DisclosureKind.FINAL_ACCOUNTS && headerHas(lines, titleIndex, disclosure, "行次");
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<Column> columns = new ArrayList<>(List.of(Column.TOTAL));
        List<Row> rows = new ArrayList<>();
        boolean inRows = false;
        boolean carrySection = false;
        java.util.Set<String> header = new java.util.HashSet<>();
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                break;
            }
            if (isNoise(t) || isUnitLine(t) || (inRows && header.contains(t))) {
                continue; // a header printed again where the table goes on over a page
            }
            String[] f = line.split("\t", -1);
            // final accounts print a 行次 after each name: name, 行次, amount | name, 行次, amounts
            int n = numbered ? 1 : 0;
            String income = f[0].strip();
            String spent = f.length > 2 + n ? f[2 + n].strip() : "";
            if (!inRows) {
                if (t.contains("当年预算安排")) {
                    columns = new ArrayList<>(List.of(Column.TOTAL, Column.CURRENT_YEAR, Column.CARRY_OVER));
                } else if (t.contains("一般公共预算")
                        && t.contains("政府性基金")
                        && incomeKey(income).isEmpty()) {
                    columns = new ArrayList<>(List.of(
                            Column.TOTAL,
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET));
                }
            }
            Optional<RowKey> incomeKey = incomeKey(income);
            Optional<RowKey> spentKey = spentKey(spent, catalog);
            if (incomeKey.isEmpty() && spentKey.isEmpty()) {
                if (inRows && !(income.isEmpty() && spent.isEmpty())) {
                    findings.add(unplaced(kind, i + 1, t));
                } else if (!inRows) {
                    header.add(t);
                }
                continue;
            }
            inRows = true;
            try {
                if (incomeKey.isPresent()) {
                    if (incomeKey.get().equals(new RowKey.Fixed(Line.CARRY_OVER_FROM_LAST_YEAR))
                            || incomeKey.get().equals(new RowKey.Fixed(Line.OPENING_BALANCE))) {
                        carrySection = true;
                    } else if (incomeKey.get() instanceof RowKey.Fixed) {
                        carrySection = false;
                    }
                    Section section = incomeKey.get() instanceof RowKey.Fund && carrySection
                            ? Section.CARRY_OVER
                            : Section.INCOME;
                    var incomeRow = Row.builder()
                            .section(section)
                            .key(incomeKey.get())
                            .name(income)
                            .sourceLine(i + 1)
                            .putCells(Column.TOTAL, cell(format, f.length > 1 + n ? f[1 + n] : ""));
                    if (numbered && f.length > 1 && Spaces.isDigits(f[1].strip(), 1, 9)) {
                        incomeRow.number(Integer.parseInt(f[1].strip()));
                    }
                    rows.add(incomeRow.build());
                }
                if (spentKey.isPresent()) {
                    var row = Row.builder()
                            .section(Section.EXPENDITURE)
                            .key(spentKey.get())
                            .name(spent)
                            .sourceLine(i + 1);
                    for (int c = 0; c < columns.size(); c++) {
                        int at = 3 + 2 * n + c;
                        row.putCells(columns.get(c), cell(format, at < f.length ? f[at] : ""));
                    }
                    if (numbered && f.length > 3 + n && Spaces.isDigits(f[3 + n].strip(), 1, 9)) {
                        row.number(Integer.parseInt(f[3 + n].strip()));
                    }
                    rows.add(row.build());
                }
            } catch (AmountParseException e) {
                findings.add(unreadable(kind, i + 1, t, t, e));
            }
        }
        return inUnit(kind, unit, columns, rows, false, titleIndex);
    }

    /** Whether a header line of the table titled at {@code titleIndex}, before its end, has a word. */
    private static boolean headerHas(List<String> lines, int titleIndex, DisclosureKind disclosure, String word) {
        for (int j = titleIndex + 1; j < Math.min(lines.size(), titleIndex + 12); j++) {
            if (endsTable(lines.get(j), disclosure)) {
                return false;
            }
            if (java.util.Arrays.stream(lines.get(j).split("\t", -1))
                    .anyMatch(c -> Spaces.without(c).equals(word))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<RowKey> incomeKey(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Line line = INCOME_LINES.get(Spaces.without(name));
        if (line != null) {
            return Optional.of(new RowKey.Fixed(line));
        }
        return FundSource.fromLabel(name).map(RowKey.Fund::new);
    }

    private static Optional<RowKey> spentKey(String name, ClassificationCatalog catalog) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Line line = EXPENDITURE_LINES.get(Spaces.without(name));
        if (line != null) {
            return Optional.of(new RowKey.Fixed(line));
        }
        return catalog.resolveFunctional(name, c -> c.level() == CodeLevel.CLASS)
                .code()
                .map(RowKey.Functional::new);
    }

    /**
     * 一般公共预算基本支出分经济科目表: rows by department economic code, each 类 followed by its 款, with
     * the government economic name printed beside each 款, and 合计 / 人员经费 / 公用经费. A name is
     * resolved through the catalog among the 类, or among the 款 of the 类 printed above it.
     */
    private static BudgetTable economic(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            ClassificationCatalog catalog,
            List<Finding> findings) {
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<Column> columns = List.of(Column.TOTAL, Column.PERSONNEL, Column.PUBLIC);
        List<Row> rows = new ArrayList<>();
        boolean inRows = false;
        boolean empty = false;
        EconomicCode currentClass = null;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                empty |= t.contains("本表无数据");
                break;
            }
            if (isNoise(t) || isUnitLine(t)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[0].strip();
            boolean total = name.equals("合计") && f.length > 2 && !f[2].isBlank();
            Optional<EconomicCode> code = Optional.empty();
            boolean amountsOnly = f.length > 2
                    && java.util.Arrays.stream(f, 2, f.length)
                            .allMatch(c -> c.isBlank()
                                    || Spaces.NUMBER.matcher(c.strip()).matches());
            if (!total && !name.isEmpty() && amountsOnly) {
                // a blank 合计 cell is a zero row, read when the name resolves
                code = catalog.resolveEconomic(name, EconomicSystem.DEPARTMENT, c -> c.level() == CodeLevel.CLASS)
                        .code();
                if (code.isEmpty() && currentClass != null) {
                    EconomicCode parent = currentClass;
                    code = catalog.resolveEconomic(
                                    name,
                                    EconomicSystem.DEPARTMENT,
                                    c -> c.parent().equals(Optional.of(parent)))
                            .code();
                }
            }
            if (!total && code.isEmpty()) {
                if (inRows) {
                    findings.add(unplaced(kind, i + 1, t));
                }
                continue;
            }
            inRows = true;
            if (code.isPresent() && code.get().level() == CodeLevel.CLASS) {
                currentClass = code.get();
            }
            var row = Row.builder()
                    .key(total ? new RowKey.Fixed(Line.TOTAL) : new RowKey.Economic(code.get()))
                    .name(name)
                    .sourceLine(i + 1);
            String government = f.length > 1 ? f[1].strip() : "";
            if (!government.isEmpty()) {
                row.governmentName(government);
            }
            try {
                for (int c = 0; c < columns.size(); c++) {
                    row.putCells(columns.get(c), cell(format, 2 + c < f.length ? f[2 + c] : ""));
                }
                rows.add(row.build());
            } catch (AmountParseException e) {
                findings.add(unreadable(kind, i + 1, t, t, e));
            }
        }
        if (empty) {
            rows.clear();
        }
        return inUnit(kind, unit, columns, rows, empty, titleIndex);
    }

    /** The columns of the tables read by their row labels, in the reference layouts. */
    private static final List<Column> BY_FUND = List.of(
            Column.TOTAL,
            Column.GENERAL_PUBLIC_BUDGET,
            Column.GOVERNMENT_FUND_BUDGET,
            Column.STATE_CAPITAL_OPERATIONS_BUDGET);

    private static final Map<TableKind, List<Column>> LABELLED = Map.of(
            TableKind.THREE_PUBLIC_EXPENSES, BY_FUND,
            TableKind.AGENCY_OPERATING_COSTS, BY_FUND,
            TableKind.PROJECT_EXPENDITURE,
                    List.of(
                            Column.TOTAL,
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                            Column.SPECIAL_FISCAL_ACCOUNT,
                            Column.UNIT_FUNDS),
            TableKind.CARRY_OVER_PROJECT_EXPENDITURE, BY_FUND);

    private record Printed(String name, String[] fields, int line, String text) {}

    /**
     * A table whose rows are named in the first cell and whose amounts follow: the 三公 table (by
     * item), the agency operating costs table (部门合计 and the units) and the project tables (the
     * department and unit rows above the projects, then the projects). Keys come from the names:
     * 三公 items by their labels; in a project table the rows up to the one naming the disclosure's
     * unit are unit rows, the rest projects.
     */
    private static BudgetTable labelled(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            String unitName,
            List<Finding> findings) {
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<Column> columns = LABELLED.get(kind);
        List<Printed> printed = new ArrayList<>();
        boolean empty = false;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                empty |= noteSaysEmpty(lines, i, disclosure);
                break;
            }
            if (isNoise(t) || isUnitLine(t)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            boolean amounts = f.length > 1
                    && java.util.Arrays.stream(f, 1, f.length)
                            .anyMatch(c -> Spaces.NUMBER.matcher(c.strip()).matches());
            boolean numbering =
                    java.util.Arrays.stream(f).allMatch(c -> Spaces.isDigits(c.strip(), 0, Integer.MAX_VALUE));
            boolean rowOfBlanks = f.length > 1
                    && java.util.Arrays.stream(f, 1, f.length).allMatch(String::isBlank)
                    && (itemOf(f[0]).isPresent()
                            || f[0].strip().equals("合计")
                            || f[0].strip().equals("部门合计"));
            if (!f[0].isBlank() && !numbering && (amounts || rowOfBlanks)) {
                printed.add(new Printed(f[0].strip(), f, i + 1, t));
            } else if (!printed.isEmpty()
                    && !f[0].isBlank()
                    && f.length > 1
                    && java.util.Arrays.stream(f, 1, f.length).allMatch(String::isBlank)) {
                // a name with every cell blank after the rows began: a row of zeros or a wrapped
                // name cannot be told apart, so it is reported, not read and not dropped
                findings.add(
                        finding(
                                "IMP-LINE",
                                Severity.WARNING,
                                i + 1,
                                t,
                                kind.title() + "中的「" + f[0].strip() + "」一行没有数值（全为零的行，还是上一行名称的续行？），未读取",
                                "the line \"" + f[0].strip() + "\" of " + kind
                                        + " has no figures (a row of zeros, or a name wrapped from the line above?); not read"));
            }
        }
        List<Row> rows = new ArrayList<>();
        if (!empty) {
            int lastUnit = -1;
            if (kind == TableKind.PROJECT_EXPENDITURE || kind == TableKind.CARRY_OVER_PROJECT_EXPENDITURE) {
                for (int r = 0; r < Math.min(3, printed.size()); r++) {
                    if (printed.get(r).name().equals(unitName)) {
                        lastUnit = r;
                    }
                }
            }
            for (int r = 0; r < printed.size(); r++) {
                Printed p = printed.get(r);
                Optional<RowKey> key = switch (kind) {
                    case THREE_PUBLIC_EXPENSES ->
                        p.name().equals("合计")
                                ? Optional.of(new RowKey.Fixed(Line.TOTAL))
                                : itemOf(p.name()).map(RowKey.Item::new);
                    case AGENCY_OPERATING_COSTS ->
                        Optional.of(
                                p.name().equals("部门合计") || p.name().equals("合计")
                                        ? new RowKey.Fixed(Line.TOTAL)
                                        : new RowKey.Unit(p.name()));
                    default -> Optional.of(r <= lastUnit ? new RowKey.Unit(p.name()) : new RowKey.Project(p.name()));
                };
                if (key.isEmpty()) {
                    findings.add(unplaced(kind, p.line(), p.text()));
                    continue;
                }
                var row = Row.builder().key(key.get()).name(p.name()).sourceLine(p.line());
                try {
                    for (int c = 0; c < columns.size(); c++) {
                        row.putCells(columns.get(c), cell(format, 1 + c < p.fields().length ? p.fields()[1 + c] : ""));
                    }
                    rows.add(row.build());
                } catch (AmountParseException e) {
                    findings.add(unreadable(kind, p.line(), p.text(), p.text(), e));
                }
            }
        }
        return inUnit(kind, unit, columns, rows, empty, titleIndex);
    }

    /**
     * The 三公 table of final accounts in Shanghai's layout: a (预算数, 决算数) pair of columns for each
     * item (合计, 因公出国（境）费, 公务用车购置及运行费 小计, 购置费, 运行费, 公务接待费), named by the header
     * lines above the pairs, and one line of amounts. Empty when the table is not in that layout.
     */
    private static Optional<BudgetTable> threePublicPairs(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            List<Finding> findings) {
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        int pairsLine = -1;
        int end = titleIndex + 1;
        for (; end < lines.size() && !endsTable(lines.get(end), disclosure); end++) {
            String[] f = lines.get(end).split("\t", -1);
            boolean pairs = f.length >= 4 && f.length % 2 == 0;
            for (int c = 0; pairs && c < f.length; c++) {
                pairs = f[c].strip().equals(c % 2 == 0 ? "预算数" : "决算数");
            }
            if (pairs && pairsLine < 0) {
                pairsLine = end;
            }
        }
        if (pairsLine < 0) {
            return Optional.empty();
        }
        int width = lines.get(pairsLine).split("\t", -1).length / 2;
        List<Optional<RowKey>> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            // the lowest header label above the pair names it
            String label = "";
            for (int j = pairsLine - 1; j > titleIndex && label.isEmpty(); j--) {
                String[] f = lines.get(j).split("\t", -1);
                label = 2 * k < f.length ? f[2 * k].strip() : "";
            }
            names.add(label);
            keys.add(
                    label.equals("合计")
                            ? Optional.of(new RowKey.Fixed(Line.TOTAL))
                            : label.equals("小计")
                                    ? Optional.of(new RowKey.Item(ExpenseItem.VEHICLES))
                                    : itemOf(label).map(RowKey.Item::new));
        }
        if (keys.stream().anyMatch(Optional::isEmpty)
                || keys.stream().distinct().count() != keys.size()) {
            return Optional.empty(); // not a layout this reader knows: reported as recognised, not read
        }
        String[] amounts = new String[0];
        int amountsLine = -1;
        for (int j = pairsLine + 1; j < end; j++) {
            String t = lines.get(j).strip();
            if (isNoise(t)) {
                continue;
            }
            if (amountsLine >= 0) {
                findings.add(unplaced(kind, j + 1, t));
                continue;
            }
            amounts = lines.get(j).split("\t", -1);
            amountsLine = j;
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            var row = Row.builder()
                    .key(keys.get(k).get())
                    .name(names.get(k))
                    .sourceLine(amountsLine >= 0 ? amountsLine + 1 : pairsLine + 1);
            try {
                row.putCells(Column.BUDGETED, cell(format, 2 * k < amounts.length ? amounts[2 * k] : ""));
                row.putCells(Column.ACTUAL, cell(format, 2 * k + 1 < amounts.length ? amounts[2 * k + 1] : ""));
                rows.add(row.build());
            } catch (AmountParseException e) {
                String t = lines.get(amountsLine).strip();
                findings.add(unreadable(kind, amountsLine + 1, t, t, e));
            }
        }
        return Optional.of(inUnit(kind, unit, List.of(Column.BUDGETED, Column.ACTUAL), rows, false, titleIndex));
    }

    private static Optional<ExpenseItem> itemOf(String name) {
        String n = name.strip();
        if (!n.isEmpty() && n.charAt(0) >= '①' && n.charAt(0) <= '⑤') {
            n = n.substring(1); // a circled ordinal before the item
        }
        n = n.replace("(", "（").replace(")", "）");
        for (ExpenseItem item : ExpenseItem.values()) {
            if (n.equals(item.label())) {
                return Optional.of(item);
            }
        }
        return switch (n) {
            case "公务用车购置及运行维护费" -> Optional.of(ExpenseItem.VEHICLES);
            case "公务用车运行费" -> Optional.of(ExpenseItem.VEHICLE_OPERATION); // Shanghai's wording
            default -> Optional.empty();
        };
    }

    /** Whether a line ends the table being read: the next table's title, its note, or the narrative. */
    private static boolean endsTable(String line, DisclosureKind disclosure) {
        int start = Spaces.stripStart(line);
        return tableAt(line, disclosure).isPresent()
                || line.startsWith("注：", start)
                || line.startsWith("说明：", start)
                || line.startsWith("第三部分", start);
    }

    /** Whether a line inside a table carries nothing to read: blank, a page mark or a table label. */
    static boolean isNoise(String t) {
        return t.isEmpty()
                || isPageMark(t)
                || (t.contains("公开") && LABEL.matcher(t).matches());
    }

    /** The {@code IMP-LINE} finding for a line whose {@code shown} figure could not be read. */
    private static Finding unreadable(TableKind kind, int line, String text, String shown, IllegalArgumentException e) {
        return unreadable(kind.title(), kind.toString(), line, text, shown, e.getMessage());
    }

    /**
     * The {@code IMP-LINE} finding for a line whose {@code shown} figure could not be read, in a
     * table named {@code zhTable} in Chinese and {@code enTable} in English.
     */
    static Finding unreadable(String zhTable, String enTable, int line, String text, String shown, String reason) {
        return finding(
                "IMP-LINE",
                Severity.WARNING,
                line,
                text,
                zhTable + "第" + line + "行的数值无法读取：「" + shown + "」",
                "line " + line + " of " + enTable + ": " + reason);
    }

    /** A table of the reference layouts: in its stated unit with two decimals, found at {@code titleIndex}. */
    private static BudgetTable inUnit(
            TableKind kind,
            AmountUnit unit,
            List<Column> columns,
            List<Row> rows,
            boolean publishedEmpty,
            int titleIndex) {
        return BudgetTable.builder()
                .kind(kind)
                .unit(unit)
                .decimals(2)
                .columns(columns)
                .rows(rows)
                .publishedEmpty(publishedEmpty)
                .sourceLine(titleIndex + 1)
                .build();
    }

    /** The {@code IMP-LINE} finding for a line of a table that could not be placed. */
    private static Finding unplaced(TableKind kind, int line, String text) {
        return unplaced(kind.title(), kind.toString(), line, text);
    }

    /**
     * The {@code IMP-LINE} finding for a line of a table that could not be placed, the table named
     * {@code zhTable} in Chinese and {@code enTable} in English.
     */
    static Finding unplaced(String zhTable, String enTable, int line, String text) {
        return finding(
                "IMP-LINE",
                Severity.WARNING,
                line,
                text,
                zhTable + "中的一行无法识别：「" + text + "」",
                "a line of " + enTable + " could not be placed: \"" + text + "\"");
    }

    private static boolean isUnitLine(String t) {
        return t.contains("单位：") || t.contains("单位:");
    }

    /** Whether the note that ends a table, or a line just after it, says 本表无数据. */
    private static boolean noteSaysEmpty(List<String> lines, int noteIndex, DisclosureKind disclosure) {
        for (int j = noteIndex; j < Math.min(lines.size(), noteIndex + 6); j++) {
            if (j > noteIndex && tableAt(lines.get(j), disclosure).isPresent()) {
                return false;
            }
            if (lines.get(j).contains("本表无数据")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block under a title says 本表无数据 before the next table starts. */
    private static boolean publishedEmpty(List<String> lines, int titleIndex, DisclosureKind disclosure) {
        for (int j = titleIndex + 1;
                j < lines.size() && tableAt(lines.get(j), disclosure).isEmpty();
                j++) {
            if (lines.get(j).contains("本表无数据")) {
                return true;
            }
            if (lines.get(j).strip().startsWith("第三部分")) {
                break;
            }
        }
        return false;
    }

    /**
     * 一般公共预算财政拨款基本支出决算明细表: four blocks of (code, name, 决算数) side by side, the first
     * for 人员经费 and the others for 公用经费, read block by block; {@code ——} marks a cell that does not
     * apply; the footer carries 人员经费合计 and 公用经费合计.
     */
    private static BudgetTable detail(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            List<Finding> findings) {
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<List<Row>> blocks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Row personnelTotal = null;
        Row publicTotal = null;
        boolean split = false;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                break;
            }
            if (isNoise(t) || isUnitLine(t)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 2 && f[0].strip().equals("类") && f[1].strip().equals("款")) {
                split = true; // Shanghai's 类 | 款 code columns: blocks of four cells
                continue;
            }
            if (split) {
                f = joinEconomic(f);
            }
            if (t.contains("人员经费合计") || t.contains("公用经费合计")) {
                // each total is the first printed cell after its own label
                for (int c = 0; c < f.length; c++) {
                    String label = f[c].strip();
                    if (!label.equals("人员经费合计") && !label.equals("公用经费合计")) {
                        continue;
                    }
                    String amount = "";
                    for (int d = c + 1; d < f.length && amount.isEmpty(); d++) {
                        String cell = f[d].strip();
                        if (cell.endsWith("合计")) {
                            break; // the next label: this total is blank
                        }
                        amount = cell;
                    }
                    try {
                        if (amount.isEmpty()) {
                            throw new AmountParseException("no amount after " + label, t, 0);
                        }
                        if (label.equals("人员经费合计")) {
                            personnelTotal =
                                    total(Section.PERSONNEL, Line.PERSONNEL_TOTAL, label, amount, i + 1, format);
                        } else {
                            publicTotal = total(Section.PUBLIC, Line.PUBLIC_TOTAL, label, amount, i + 1, format);
                        }
                    } catch (AmountParseException e) {
                        findings.add(finding(
                                "IMP-LINE",
                                Severity.WARNING,
                                i + 1,
                                t,
                                kind.title() + "第" + (i + 1) + "行的" + label + "无法读取：「" + t + "」",
                                "line " + (i + 1) + " of " + kind + ", " + label + ": " + e.getMessage()));
                    }
                }
                continue;
            }
            for (int b = 0; b < 4; b++) {
                String code = b * 3 < f.length ? f[b * 3].strip() : "";
                if (code.isEmpty()) {
                    continue;
                }
                if (!EconomicCode.isWellFormed(code)) {
                    if (!blocks.get(0).isEmpty()) {
                        findings.add(unplaced(kind, i + 1, t));
                    }
                    break; // a header line
                }
                String name = b * 3 + 1 < f.length ? f[b * 3 + 1].strip() : "";
                String cell = b * 3 + 2 < f.length ? f[b * 3 + 2].strip() : "";
                var row = Row.builder()
                        .section(b == 0 ? Section.PERSONNEL : Section.PUBLIC)
                        .key(new RowKey.Economic(EconomicCode.of(code)))
                        .name(name)
                        .sourceLine(i + 1);
                try {
                    if (!cell.equals("——")) {
                        row.putCells(Column.ACTUAL, cell(format, cell));
                    }
                    blocks.get(b).add(row.build());
                } catch (AmountParseException e) {
                    findings.add(unreadable(kind, i + 1, t, cell, e));
                }
            }
        }
        List<Row> rows = new ArrayList<>(blocks.get(0));
        if (personnelTotal != null) {
            rows.add(personnelTotal);
        }
        for (int b = 1; b < 4; b++) {
            rows.addAll(blocks.get(b));
        }
        if (publicTotal != null) {
            rows.add(publicTotal);
        }
        return inUnit(kind, unit, List.of(Column.ACTUAL), rows, false, titleIndex);
    }

    /**
     * A line of blocks of four cells (类 | 款 | name | amount) as blocks of three (code | name |
     * amount), the code joined ({@code 301 | 01} is 30101); a line that is not so is left as it is.
     */
    private static String[] joinEconomic(String[] f) {
        if (java.util.Arrays.stream(f).anyMatch(c -> c.strip().endsWith("经费合计"))) {
            return f;
        }
        List<String> out = new ArrayList<>();
        for (int b = 0; b * 4 < f.length; b++) {
            String k = f[b * 4].strip();
            String s = b * 4 + 1 < f.length ? f[b * 4 + 1].strip() : "";
            if (!(k.isEmpty() && s.isEmpty())
                    && !(Spaces.isDigits(k, 3, 3) && (s.isEmpty() || Spaces.isDigits(s, 2, 2)))) {
                return f;
            }
            out.add(k + s);
            out.add(b * 4 + 2 < f.length ? f[b * 4 + 2] : "");
            out.add(b * 4 + 3 < f.length ? f[b * 4 + 3] : "");
        }
        return out.toArray(String[]::new);
    }

    private static Row total(
            Section section, Line line, String name, String amount, int sourceLine, AmountFormat format) {
        return Row.builder()
                .section(section)
                .key(new RowKey.Fixed(line))
                .name(name)
                .sourceLine(sourceLine)
                .putCells(Column.ACTUAL, cell(format, amount))
                .build();
    }

    /**
     * 部门决算公开相关信息统计表: procurement (合计, 货物, 工程, 服务) and agency operating costs (行政单位, 参公)
     * as rows with their 行次 and 统计数; the asset lines (vehicles, equipment) are counts, not money.
     */
    private static BudgetTable information(
            TableKind kind,
            List<String> lines,
            int titleIndex,
            DisclosureKind disclosure,
            AmountUnit unit,
            List<Count> counts,
            List<Finding> findings) {
        AmountFormat format = AmountFormat.of(unit, 2).withBlankAsZero(true);
        List<Row> rows = new ArrayList<>();
        int part = 0;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable(line, disclosure)) {
                break;
            }
            if (isNoise(t) || isUnitLine(t)) {
                continue;
            }
            if (t.startsWith("一、")) {
                part = 1;
                continue;
            }
            if (t.startsWith("二、")) {
                part = 2;
                continue;
            }
            if (t.startsWith("三、")) {
                part = 3;
                continue;
            }
            String[] f = line.split("\t", -1);
            String label = f[0].strip();
            String number = f.length > 1 ? f[1].strip() : "";
            String value = f.length > 2 ? f[2].strip() : "";
            if (label.equals("项目") || part == 0) {
                continue; // headers
            }
            try {
                if (part == 3) {
                    counts.add(new Count(
                            label,
                            value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value)),
                            OptionalInt.of(i + 1)));
                    continue;
                }
                Optional<Line> key = part == 1
                        ? Optional.ofNullable(
                                switch (label) {
                                    case "合计" -> Line.PROCUREMENT_TOTAL;
                                    case "货物" -> Line.PROCUREMENT_GOODS;
                                    case "工程" -> Line.PROCUREMENT_WORKS;
                                    case "服务" -> Line.PROCUREMENT_SERVICES;
                                    default -> null;
                                })
                        : label.contains("参照公务员法")
                                ? Optional.of(Line.AGENCY_COSTS_CIVIL_SERVICE_MANAGED)
                                : label.contains("行政单位")
                                        ? Optional.of(Line.AGENCY_COSTS_ADMINISTRATIVE)
                                        : Optional.empty();
                if (key.isEmpty()) {
                    findings.add(unplaced(kind, i + 1, t));
                    continue;
                }
                var row = Row.builder()
                        .key(new RowKey.Fixed(key.get()))
                        .name(label)
                        .sourceLine(i + 1)
                        .putCells(Column.TOTAL, cell(format, value));
                if (Spaces.isDigits(number, 1, 9)) {
                    row.number(Integer.parseInt(number));
                }
                rows.add(row.build());
            } catch (IllegalArgumentException e) {
                findings.add(finding(
                        "IMP-LINE",
                        Severity.WARNING,
                        i + 1,
                        t,
                        kind.title() + "第" + (i + 1) + "行无法读取：「" + t + "」",
                        "line " + (i + 1) + " of " + kind + ": " + e.getMessage()));
            }
        }
        return inUnit(kind, unit, List.of(Column.TOTAL), rows, false, titleIndex);
    }

    private static Optional<Row> row(
            TableKind kind,
            String[] f,
            int line,
            List<Column> columns,
            AmountFormat format,
            List<Finding> unplaced,
            String text) {
        String first = f[0].strip();
        RowKey key =
                first.equals("合计") ? new RowKey.Fixed(Line.TOTAL) : new RowKey.Functional(FunctionalCode.of(first));
        String name = first.equals("合计") ? "合计" : (f.length > 1 ? f[1].strip() : "");
        var row = Row.builder().key(key).name(name).sourceLine(line);
        for (int c = 2; c < f.length; c++) {
            String cell = f[c].strip();
            if (c - 2 >= columns.size()) {
                if (!cell.isEmpty()) {
                    unplaced.add(finding(
                            "IMP-LINE",
                            Severity.WARNING,
                            line,
                            text,
                            kind.title() + "第" + line + "行的数值多于表格栏目：「" + text + "」",
                            "line " + line + " of " + kind + " has more amounts than columns"));
                    return Optional.empty();
                }
                continue;
            }
            try {
                row.putCells(columns.get(c - 2), cell(format, cell));
            } catch (AmountParseException e) {
                unplaced.add(finding(
                        "IMP-LINE",
                        Severity.WARNING,
                        line,
                        text,
                        kind.title() + "第" + line + "行的数值无法读取：「" + cell + "」",
                        "line " + line + " of " + kind + ": cannot read \"" + cell + "\": " + e.getMessage()));
                return Optional.empty();
            }
        }
        for (int c = Math.max(0, f.length - 2); c < columns.size(); c++) {
            row.putCells(columns.get(c), cell(format, "")); // cells the extraction left off are blank
        }
        return Optional.of(row.build());
    }

    /**
     * A printed cell in a table's format: as {@link AmountFormat#parse}, and not finer than the
     * table's decimals (a 3-decimal cell in a table of 2 is a line to report, not a table to fail).
     */
    private static Amount cell(AmountFormat format, String text) {
        Amount amount = format.parse(text);
        if (!amount.isExactIn(format.unit(), format.decimals())) {
            int dot = text.indexOf('.');
            throw new AmountParseException(
                    "\"" + text.strip() + "\" has more decimals than the table's " + format.decimals(),
                    text,
                    Math.max(0, dot + 1 + format.decimals()));
        }
        return amount;
    }

    /** A finding about a whole table of a kind, printed at a line. */
    private static Finding tableFinding(
            TableKind kind, String id, Severity severity, int line, String text, String zh, String en) {
        Finding f = finding(id, severity, line, text, zh, en);
        Location l = f.location();
        return Finding.of(
                id,
                severity,
                new Location(Optional.of(kind), l.section(), l.row(), l.rowName(), l.column(), l.sourceLine()),
                zh,
                en);
    }

    static Finding finding(String id, Severity severity, int line, String text, String zh, String en) {
        Location at = new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(text),
                Optional.empty(),
                OptionalInt.of(line));
        return Finding.of(id, severity, at, zh, en);
    }
}
