package org.yusuan.budget.validation.internal;

import static org.yusuan.budget.validation.internal.Tables.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeStatus;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Severity;

/** The rules that ship with the library. */
public final class BuiltInRules {
    /** The funds whose income the summary tables print, in the order of the first of {@link #FUNDS}. */
    private static final List<FundSource> SUMMARY_FUNDS = List.of(
            FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND_BUDGET,
            FundSource.STATE_CAPITAL_OPERATIONS_BUDGET);

    private static final List<Column> FUNDS = List.of(
            Column.GENERAL_PUBLIC_BUDGET, Column.GOVERNMENT_FUND_BUDGET, Column.STATE_CAPITAL_OPERATIONS_BUDGET);
    private static final List<Column> BUDGET_SOURCES = List.of(
            Column.GENERAL_PUBLIC_BUDGET,
            Column.GOVERNMENT_FUND_BUDGET,
            Column.STATE_CAPITAL_OPERATIONS_BUDGET,
            Column.SPECIAL_FISCAL_ACCOUNT,
            Column.UNIT_FUNDS);
    private static final List<Column> FINAL_SOURCES = List.of(
            Column.FISCAL_APPROPRIATION,
            Column.SUPERIOR_SUBSIDY,
            Column.INSTITUTION_REVENUE,
            Column.BUSINESS_REVENUE,
            Column.SUBSIDIARY_REMITTANCE,
            Column.OTHER_REVENUE);
    private static final List<Column> FINAL_USES = List.of(
            Column.BASIC,
            Column.PROJECT,
            Column.PAYMENT_TO_SUPERIOR,
            Column.BUSINESS_EXPENDITURE,
            Column.SUBSIDY_TO_SUBSIDIARIES);
    private static final List<Column> BASIC_PROJECT = List.of(Column.BASIC, Column.PROJECT);

    private static final List<Rule> ALL = build();

    private BuiltInRules() {}

    /** Every built-in rule, in id order. */
    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new TableRule(
                "BUD-ROW-SUM", Severity.ERROR, "A row's total equals the sum of its columns", (d, c, x) -> {
                    Tables.rowSums(
                            d,
                            TableKind.BUDGET_SUMMARY,
                            Section.EXPENDITURE,
                            Column.TOTAL,
                            List.of(Column.CURRENT_YEAR, Column.CARRY_OVER),
                            c);
                    Tables.rowSums(d, TableKind.BUDGET_INCOME, Section.MAIN, Column.TOTAL, BUDGET_SOURCES, c);
                    for (TableKind k : List.of(
                            TableKind.BUDGET_EXPENDITURE,
                            TableKind.GENERAL_BUDGET_EXPENDITURE,
                            TableKind.GOVERNMENT_FUND_EXPENDITURE,
                            TableKind.STATE_CAPITAL)) {
                        Tables.rowSums(d, k, Section.MAIN, Column.TOTAL, BASIC_PROJECT, c);
                    }
                    Tables.rowSums(d, TableKind.APPROPRIATION_SUMMARY, Section.EXPENDITURE, Column.TOTAL, FUNDS, c);
                    Tables.rowSums(
                            d,
                            TableKind.BASIC_EXPENDITURE_BY_ECONOMIC,
                            Section.MAIN,
                            Column.TOTAL,
                            List.of(Column.PERSONNEL, Column.PUBLIC),
                            c);
                    Tables.rowSums(d, TableKind.THREE_PUBLIC_EXPENSES, Section.MAIN, Column.TOTAL, FUNDS, c);
                    Tables.rowSums(d, TableKind.AGENCY_OPERATING_COSTS, Section.MAIN, Column.TOTAL, FUNDS, c);
                    Tables.rowSums(d, TableKind.PROJECT_EXPENDITURE, Section.MAIN, Column.TOTAL, BUDGET_SOURCES, c);
                    Tables.rowSums(
                            d, TableKind.CARRY_OVER_PROJECT_EXPENDITURE, Section.MAIN, Column.TOTAL, BUDGET_SOURCES, c);
                }));
        rules.add(new TableRule(
                "BUD-HIERARCHY", Severity.ERROR, "类 = Σ 款 = Σ 项, 合计 = Σ 类, and economic 类 = Σ 款", (d, c, x) -> {
                    for (TableKind k : List.of(
                            TableKind.BUDGET_INCOME,
                            TableKind.BUDGET_EXPENDITURE,
                            TableKind.GENERAL_BUDGET_EXPENDITURE,
                            TableKind.GOVERNMENT_FUND_INCOME,
                            TableKind.GOVERNMENT_FUND_EXPENDITURE,
                            TableKind.STATE_CAPITAL)) {
                        Tables.functionalHierarchy(d, k, Section.MAIN, c);
                    }
                    Tables.economicHierarchy(d, TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Section.MAIN, Line.TOTAL, c);
                }));
        rules.add(new TableRule("BUD-TOTALS", Severity.ERROR, "The totals lines of the summary tables", (d, c, x) -> {
            for (TableKind k : List.of(TableKind.BUDGET_SUMMARY, TableKind.APPROPRIATION_SUMMARY)) {
                summaryTotals(
                        d,
                        k,
                        Line.CARRY_OVER_FROM_LAST_YEAR,
                        List.of(Line.CARRY_OVER_FROM_LAST_YEAR),
                        List.of(Line.YEAR_END_CARRY_OVER),
                        c);
            }
        }));
        rules.add(new TableRule(
                "BUD-CROSS",
                Severity.ERROR,
                "The same figures agree across the budget tables",
                BuiltInRules::budgetCross));
        rules.add(new TableRule(
                "BUD-THREE-PUBLIC",
                Severity.ERROR,
                "三公 total = 因公出国 + 公务用车 + 公务接待; 公务用车 = 购置 + 运行维护",
                (d, c, x) -> threePublic(d, TableKind.THREE_PUBLIC_EXPENSES, c)));
        rules.add(new TableRule(
                "BUD-THREE-PUBLIC-ECON",
                Severity.ERROR,
                "A 三公 item is at least the same economic item of basic expenditure",
                BuiltInRules::threePublicEconomic));
        rules.add(new TableRule(
                "BUD-AGENCY",
                Severity.ERROR,
                "机关运行经费 = 公用经费 for administrative and 参公 units, none for others",
                BuiltInRules::agencyCosts));
        rules.add(new TableRule(
                "PRJ-SUM", Severity.ERROR, "The project tables add up and agree with 项目支出", BuiltInRules::projects));
        rules.add(new TableRule(
                "FIN-ROW-SUM",
                Severity.ERROR,
                "A final-accounts row's total equals the sum of its columns",
                (d, c, x) -> {
                    Tables.rowSums(d, TableKind.FINAL_INCOME, Section.MAIN, Column.TOTAL, FINAL_SOURCES, c);
                    Tables.rowSums(d, TableKind.FINAL_EXPENDITURE, Section.MAIN, Column.TOTAL, FINAL_USES, c);
                    Tables.rowSums(
                            d,
                            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                            Section.MAIN,
                            Column.TOTAL,
                            BASIC_PROJECT,
                            c);
                    Tables.rowSums(d, TableKind.FINAL_STATE_CAPITAL, Section.MAIN, Column.TOTAL, BASIC_PROJECT, c);
                    Tables.rowSums(d, TableKind.FINAL_GOVERNMENT_FUND, Section.MAIN, Column.TOTAL, BASIC_PROJECT, c);
                    Tables.rowSums(
                            d, TableKind.FINAL_APPROPRIATION_SUMMARY, Section.EXPENDITURE, Column.TOTAL, FUNDS, c);
                }));
        rules.add(new TableRule(
                "FIN-HIERARCHY",
                Severity.ERROR,
                "类 = Σ 款 = Σ 项, 合计 = Σ 类; economic 类 = Σ 款 and the block totals",
                (d, c, x) -> {
                    for (TableKind k : List.of(
                            TableKind.FINAL_INCOME,
                            TableKind.FINAL_EXPENDITURE,
                            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                            TableKind.FINAL_GOVERNMENT_FUND,
                            TableKind.FINAL_STATE_CAPITAL)) {
                        Tables.functionalHierarchy(d, k, Section.MAIN, c);
                    }
                    Tables.economicHierarchy(
                            d, TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, Section.PERSONNEL, Line.PERSONNEL_TOTAL, c);
                    Tables.economicHierarchy(
                            d, TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, Section.PUBLIC, Line.PUBLIC_TOTAL, c);
                }));
        rules.add(new TableRule(
                "FIN-TOTALS", Severity.ERROR, "The totals lines of the final-accounts summary tables", (d, c, x) -> {
                    for (TableKind k : List.of(TableKind.FINAL_SUMMARY, TableKind.FINAL_APPROPRIATION_SUMMARY)) {
                        summaryTotals(
                                d,
                                k,
                                Line.OPENING_BALANCE,
                                List.of(Line.NON_APPROPRIATION_BALANCE_USED, Line.OPENING_BALANCE),
                                List.of(Line.BALANCE_DISTRIBUTION, Line.CLOSING_BALANCE),
                                c);
                    }
                }));
        rules.add(new TableRule(
                "FIN-CROSS",
                Severity.ERROR,
                "The same figures agree across the final-accounts tables",
                BuiltInRules::finalCross));
        rules.add(new TableRule(
                "FIN-THREE-PUBLIC",
                Severity.ERROR,
                "三公 sub-totals of budget and final figures",
                (d, c, x) -> threePublic(d, TableKind.FINAL_THREE_PUBLIC_EXPENSES, c)));
        rules.add(TableRule.withoutIdentities(
                "CAT-CODE", Severity.ERROR, "A code exists in the catalog edition", BuiltInRules::codes));
        rules.add(TableRule.withoutIdentities(
                "CAT-NAME",
                Severity.WARNING,
                "A printed name is the code's catalog name or a recognised cut",
                BuiltInRules::names));
        rules.add(TableRule.withoutIdentities(
                "CAT-GOV-MAPPING",
                Severity.WARNING,
                "The government economic name beside a department code fits the unit type",
                BuiltInRules::governmentMapping));
        rules.add(TableRule.withoutIdentities(
                "DOC-PLACEHOLDER",
                Severity.ERROR,
                "No placeholder of a template (XX局, ××) is left in names or narrative",
                DocumentRules::placeholders));
        rules.add(TableRule.withoutIdentities(
                "DOC-YEAR",
                Severity.ERROR,
                "A narrative figure of this year's tables names the document's year; a change is from the year before",
                DocumentRules::years));
        rules.add(TableRule.withoutIdentities(
                "NAR-AMOUNT",
                Severity.ERROR,
                "A narrative amount equals the table cell it states",
                NarrativeRules::amounts));
        rules.add(TableRule.withoutIdentities(
                "NAR-SHARE",
                Severity.ERROR,
                "A narrative share in percent follows from the cells it relates",
                NarrativeRules::shares));
        rules.add(TableRule.withoutIdentities(
                "NAR-DIRECTION",
                Severity.ERROR,
                "A year-on-year direction word agrees with the figures of its sentence",
                NarrativeRules::directions));
        rules.add(TableRule.withoutIdentities(
                "NAR-ZERO-BASE", Severity.ERROR, "No growth rate is stated on a zero base", NarrativeRules::zeroBases));
        rules.add(TableRule.withoutIdentities(
                "NAR-ITEM",
                Severity.WARNING,
                "An economic item the narrative lists under 人员经费 or 公用经费 is spent in the table",
                NarrativeRules::items));
        rules.add(TableRule.withoutIdentities(
                "PRF-COST",
                Severity.WARNING,
                "A target's cost indicators name no more money than its funds",
                PerformanceRules::costs));
        rules.add(TableRule.withoutIdentities(
                "PRF-FUNDS",
                Severity.ERROR,
                "A target's funds add up by level and its year's total is the project's amount",
                PerformanceRules::funds));
        rules.add(TableRule.withoutIdentities(
                "PRF-TREE", Severity.WARNING, "An indicator tree is complete", PerformanceRules::tree));
        rules.add(TableRule.withoutIdentities(
                "PRF-VALUE",
                Severity.WARNING,
                "Indicator values are well-formed: cost in money, percentages in 0–100, no doubled text",
                PerformanceRules::values));
        rules.add(TableRule.withoutIdentities(
                "PRF-ANALYSIS",
                Severity.WARNING,
                "A self-evaluation's analysis text states the execution rate and amount its table prints",
                PerformanceRules::analysis));
        rules.add(TableRule.withoutIdentities(
                "PRF-NAME",
                Severity.WARNING,
                "A performance target names a project of the project tables",
                PerformanceRules::names));
        rules.add(TableRule.withoutIdentities(
                "PRF-UNIT",
                Severity.WARNING,
                "A unit printed with its code in the performance tables has one code",
                PerformanceRules::units));
        rules.add(TableRule.withoutIdentities(
                "PRF-SELF-EVAL",
                Severity.ERROR,
                "A self-evaluation's rate, scores, total and grade agree",
                PerformanceRules::evaluations));
        rules.sort(Comparator.comparing(Rule::id));
        return List.copyOf(rules);
    }

    // ---- budget

    /**
     * The totals lines of a two-sided summary table: 本年收入合计 = Σ sources; the carry-over line =
     * Σ its fund lines; 收入总计 = 本年收入合计 + the income extras; 本年支出合计 = Σ classes per column;
     * 支出总计 = 本年支出合计 + the expenditure extras; 支出总计 = 收入总计.
     */
    private static void summaryTotals(
            Disclosure d,
            TableKind kind,
            Line carryLine,
            List<Line> incomeExtras,
            List<Line> expenditureExtras,
            Checker c) {
        TableIndex t = DisclosureIndex.of(d).printed(kind);
        if (t == null) {
            return;
        }
        String title = kind.title();
        // each identity's cells are read from the table's index and added up before any cell, list
        // or text is made for it: most hold exactly
        IndexedSum sum = c.identity();
        int rows = t.size();
        int thisYear = t.row(Section.INCOME, Line.INCOME_THIS_YEAR);
        sum.total(t, thisYear, Column.TOTAL);
        for (int i = 0; i < rows; i++) {
            if (t.in(i, Section.INCOME) && t.isFund(i)) {
                sum.part(t, i, Column.TOTAL);
            }
        }
        sum.check(() -> title + "「本年收入合计」＝各项收入之和", () -> kind + " INCOME_THIS_YEAR = sum of the sources");
        sum.total(t, t.row(Section.INCOME, carryLine), Column.TOTAL);
        for (int i = 0; i < rows; i++) {
            if (t.in(i, Section.CARRY_OVER) && t.isFund(i)) {
                sum.part(t, i, Column.TOTAL);
            }
        }
        sum.check(() -> title + "「" + carryLine.label() + "」＝各资金之和", () -> kind + " " + carryLine + " = sum by fund");
        int incomeTotal = t.row(Section.INCOME, Line.INCOME_GRAND_TOTAL);
        sum.total(t, incomeTotal, Column.TOTAL).part(t, thisYear, Column.TOTAL);
        if (sum.parts() == 1) { // the income of the year is there: the grand total adds it up
            for (Line extra : incomeExtras) {
                sum.part(t, t.row(Section.INCOME, extra), Column.TOTAL);
            }
            sum.check(
                    () -> title + "收入总计＝本年收入合计＋" + labels(incomeExtras),
                    () -> kind + " INCOME_GRAND_TOTAL = INCOME_THIS_YEAR + " + incomeExtras);
        }
        int spent = t.row(Section.EXPENDITURE, Line.EXPENDITURE_THIS_YEAR);
        int expenditureTotal = t.row(Section.EXPENDITURE, Line.EXPENDITURE_GRAND_TOTAL);
        for (Column column : t.columns()) {
            sum.total(t, spent, column);
            for (int i = 0; i < rows; i++) {
                if (t.in(i, Section.EXPENDITURE) && t.number(i) >= 0) {
                    sum.part(t, i, column);
                }
            }
            sum.check(
                    () -> title + "「本年支出合计」" + column.label() + "＝各类支出之和",
                    () -> kind + " EXPENDITURE_THIS_YEAR " + column + " = sum of the classes");
            sum.total(t, expenditureTotal, column).part(t, spent, column);
            if (sum.parts() == 1) { // the expenditure of the year is there
                for (Line extra : expenditureExtras) {
                    sum.part(t, t.row(Section.EXPENDITURE, extra), column);
                }
                sum.check(
                        () -> title + "支出总计" + column.label() + "＝本年支出合计＋" + labels(expenditureExtras),
                        () -> kind + " EXPENDITURE_GRAND_TOTAL " + column + " = EXPENDITURE_THIS_YEAR + "
                                + expenditureExtras);
            }
        }
        sum.total(t, expenditureTotal, Column.TOTAL).part(t, incomeTotal, Column.TOTAL);
        sum.check(() -> title + "支出总计＝收入总计", () -> kind + " EXPENDITURE_GRAND_TOTAL = INCOME_GRAND_TOTAL");
    }

    private static String labels(List<Line> lines) {
        return String.join("＋", lines.stream().map(Line::label).toList());
    }

    private static Optional<Cell> cell(BudgetTable t, Section section, RowKey key, Column column) {
        return t.row(section, key).flatMap(r -> Cell.of(t, r, column));
    }

    private static Optional<Cell> cell(Disclosure d, TableKind kind, Section section, RowKey key, Column column) {
        return d.table(kind).filter(t -> !t.publishedEmpty()).flatMap(t -> cell(t, section, key, column));
    }

    /**
     * The cell of a code's row in another table; where that table is present and the row is not
     * printed (or the table is published empty), the code's amount there is zero, so a zero cell
     * stands in for it. Empty only when the table or its column is missing.
     */
    private static Optional<Cell> codeCell(
            DisclosureIndex index, Optional<BudgetTable> table, Section section, RowKey key, Column column) {
        if (table.isEmpty()
                || (!table.get().publishedEmpty() && !table.get().columns().contains(column))) {
            return Optional.empty();
        }
        if (!table.get().publishedEmpty()) {
            TableIndex rows = index.table(table.get());
            int row = rows.row(section, key);
            if (row >= 0) {
                return Cell.of(table.get(), rows.rows().get(row), column);
            }
        }
        Row absent = Row.builder()
                .section(section)
                .key(key)
                .name("")
                .putCells(column, Amount.ZERO)
                .build();
        return Optional.of(new Cell(table.get(), absent, column, Amount.ZERO));
    }

    /**
     * The fen of the cell {@link #codeCell} gives, or {@link TableIndex#ABSENT} where it gives no
     * cell, without making a cell or a row: what a rule compares first, making the cells only when
     * the figures differ.
     *
     * @param key the row's key
     * @param number the {@link CodeIndex#number number} of the key's functional code, or -1
     */
    private static long codeFen(
            DisclosureIndex index,
            Optional<BudgetTable> table,
            Section section,
            RowKey key,
            int number,
            Column column) {
        if (table.isEmpty()) {
            return TableIndex.ABSENT;
        }
        if (table.get().publishedEmpty()) {
            return 0L;
        }
        TableIndex rows = index.table(table.get());
        if (rows.column(column) < 0) {
            return TableIndex.ABSENT;
        }
        int row = number >= 0 ? rows.rowOfCode(section, number) : rows.row(section, key);
        return row < 0 ? 0L : rows.fen(row, column);
    }

    /**
     * Whether {@link #same} would report nothing on these amounts in fen ({@link
     * TableIndex#ABSENT} where a cell is missing): a side is missing, or both are the same amount,
     * so the identity holds exactly.
     */
    private static boolean agree(Checker c, long left, long right) {
        if (left == TableIndex.ABSENT || right == TableIndex.ABSENT) {
            return true;
        }
        return !c.tracing() && left == right; // RootCauses needs every identity that holds
    }

    /** {@code left = right} where both cells are there, describing the identity only for a finding. */
    private static void same(
            Checker c, Optional<Cell> left, Optional<Cell> right, Supplier<String> zh, Supplier<String> en) {
        if (left.isPresent() && right.isPresent()) {
            c.equal(left.get(), List.of(right.get()), zh, en);
        }
    }

    private static void budgetCross(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        DisclosureIndex index = DisclosureIndex.of(d);
        Optional<BudgetTable> summary = d.table(TableKind.BUDGET_SUMMARY).filter(t -> !t.publishedEmpty());
        Optional<BudgetTable> expenditureTable = d.table(TableKind.BUDGET_EXPENDITURE);
        Optional<BudgetTable> incomeTable = d.table(TableKind.BUDGET_INCOME);
        if (summary.isPresent()) {
            // one walk, three comparisons a row (not sameByCode three times): the findings come
            // in this order, which grouping keeps for its ties
            TableIndex summaryRows = index.table(summary.get());
            for (int i = 0; i < summaryRows.size(); i++) {
                int number = summaryRows.number(i);
                if (number < 0 || !summaryRows.in(i, Section.EXPENDITURE)) {
                    continue;
                }
                sameAsCode(
                        c,
                        index,
                        summaryRows,
                        i,
                        Column.TOTAL,
                        expenditureTable,
                        Column.TOTAL,
                        r -> "收支总表「" + Tables.label(r) + "」＝支出总表",
                        r -> "summary " + r.key() + " TOTAL = expenditure table");
                sameAsCode(
                        c,
                        index,
                        summaryRows,
                        i,
                        Column.CURRENT_YEAR,
                        incomeTable,
                        Column.TOTAL,
                        r -> "收支总表「" + Tables.label(r) + "」当年预算安排＝收入总表本年收入",
                        r -> "summary " + r.key() + " CURRENT_YEAR = income table TOTAL");
                sameAsCode(
                        c,
                        index,
                        summaryRows,
                        i,
                        Column.CARRY_OVER,
                        incomeTable,
                        Column.CARRY_OVER,
                        r -> "收支总表「" + Tables.label(r) + "」上年结转安排＝收入总表上年结转",
                        r -> "summary " + r.key() + " CARRY_OVER = income table CARRY_OVER");
            }
            // the same per-code identities, on the totals lines
            TableIndex spentTable = index.printed(TableKind.BUDGET_EXPENDITURE);
            TableIndex incomeRows = index.printed(TableKind.BUDGET_INCOME);
            int spentThisYear = summaryRows.row(Section.EXPENDITURE, Line.EXPENDITURE_THIS_YEAR);
            int incomeTotal = lineRow(incomeRows, Section.MAIN, Line.TOTAL);
            IndexedSum same = c.identity();
            same.total(summaryRows, spentThisYear, Column.TOTAL)
                    .part(spentTable, lineRow(spentTable, Section.MAIN, Line.TOTAL), Column.TOTAL)
                    .check("收支总表「本年支出合计」＝支出总表合计", "summary EXPENDITURE_THIS_YEAR = expenditure table TOTAL");
            same.total(summaryRows, spentThisYear, Column.CURRENT_YEAR)
                    .part(incomeRows, incomeTotal, Column.TOTAL)
                    .check(
                            "收支总表「本年支出合计」当年预算安排＝收入总表本年收入合计",
                            "summary EXPENDITURE_THIS_YEAR CURRENT_YEAR = income table TOTAL");
            same.total(summaryRows, spentThisYear, Column.CARRY_OVER)
                    .part(incomeRows, incomeTotal, Column.CARRY_OVER)
                    .check(
                            "收支总表「本年支出合计」上年结转安排＝收入总表上年结转合计",
                            "summary EXPENDITURE_THIS_YEAR CARRY_OVER = income table CARRY_OVER");
            same.total(summaryRows, summaryRows.row(Section.INCOME, Line.CARRY_OVER_FROM_LAST_YEAR), Column.TOTAL)
                    .part(incomeRows, incomeTotal, Column.CARRY_OVER)
                    .check("收支总表「上年结转」＝收入总表上年结转", "summary CARRY_OVER_FROM_LAST_YEAR = income table CARRY_OVER");
            TableIndex appropriation = index.printed(TableKind.APPROPRIATION_SUMMARY);
            for (int i = 0; i < FUNDS.size(); i++) {
                FundSource fund = SUMMARY_FUNDS.get(i);
                int source = summaryRows.row(Section.INCOME, fund);
                same.total(summaryRows, source, Column.TOTAL)
                        .part(incomeRows, incomeTotal, FUNDS.get(i))
                        .check(() -> "收支总表「" + fund.label() + "」＝收入总表", () -> "summary " + fund + " = income table");
                same.total(
                                appropriation,
                                appropriation == null ? -1 : appropriation.row(Section.INCOME, fund),
                                Column.TOTAL)
                        .part(summaryRows, source, Column.TOTAL)
                        .check(
                                () -> "财政拨款收支总表「" + fund.label() + "」＝收支总表",
                                () -> "appropriation summary " + fund + " = summary");
            }
        }
        Optional<BudgetTable> expenditure =
                d.table(TableKind.BUDGET_EXPENDITURE).filter(t -> !t.publishedEmpty());
        Optional<BudgetTable> income = d.table(TableKind.BUDGET_INCOME).filter(t -> !t.publishedEmpty());
        if (expenditure.isPresent() && income.isPresent()) {
            TableIndex spentRows = index.table(expenditure.get());
            TableIndex receivedRows = index.table(income.get());
            for (int i = 0; i < spentRows.size(); i++) {
                long spent = spentRows.fen(i, Column.TOTAL);
                if (spent == TableIndex.ABSENT) {
                    continue;
                }
                int number = spentRows.number(i);
                int received = number >= 0
                        ? receivedRows.rowOfCode(Section.MAIN, number)
                        : receivedRows.row(Section.MAIN, spentRows.rows().get(i).key());
                if (received < 0) {
                    continue;
                }
                long thisYearFen = receivedRows.fen(received, Column.TOTAL);
                long carriedFen = receivedRows.fen(received, Column.CARRY_OVER);
                if (thisYearFen == TableIndex.ABSENT || carriedFen == TableIndex.ABSENT) {
                    continue; // two parts are needed
                }
                long sum = thisYearFen + carriedFen;
                boolean overflow = ((thisYearFen ^ sum) & (carriedFen ^ sum)) < 0;
                if (!overflow && sum == spent) {
                    IdentityTrace trace = c.trace();
                    if (trace != null) { // recorded as c.sum would from the cells below
                        trace.begin(trace.place(spentRows, i, spentRows.column(Column.TOTAL)));
                        trace.add(
                                trace.place(receivedRows, received, receivedRows.column(Column.TOTAL)),
                                thisYearFen != 0L);
                        trace.add(
                                trace.place(receivedRows, received, receivedRows.column(Column.CARRY_OVER)),
                                carriedFen != 0L);
                        trace.end();
                    }
                    continue; // holds exactly: nothing to report
                }
                Row row = spentRows.rows().get(i);
                Row receivedRow = receivedRows.rows().get(received);
                Amount spentAmount = row.cells().get(Column.TOTAL);
                Amount thisYear = receivedRow.cells().get(Column.TOTAL);
                Amount carried = receivedRow.cells().get(Column.CARRY_OVER);
                c.sum(
                        new Cell(expenditure.get(), row, Column.TOTAL, spentAmount),
                        List.of(
                                new Cell(income.get(), receivedRow, Column.TOTAL, thisYear),
                                new Cell(income.get(), receivedRow, Column.CARRY_OVER, carried)),
                        () -> "支出总表「" + Tables.label(row) + "」＝收入总表本年收入＋上年结转",
                        () -> "expenditure table " + row.key() + " TOTAL = income table TOTAL + CARRY_OVER");
            }
        }
        Optional<BudgetTable> general =
                d.table(TableKind.GENERAL_BUDGET_EXPENDITURE).filter(t -> !t.publishedEmpty());
        if (general.isPresent()) {
            TableIndex generalRows = index.table(general.get());
            for (int i = 0; i < generalRows.size(); i++) {
                sameAsCode(
                        c,
                        index,
                        generalRows,
                        i,
                        Column.TOTAL,
                        incomeTable,
                        Column.GENERAL_PUBLIC_BUDGET,
                        r -> "一般公共预算支出表「" + Tables.label(r) + "」＝收入总表一般公共预算",
                        r -> "general budget table " + r.key() + " = income table GENERAL_PUBLIC_BUDGET");
            }
            TableIndex economic = index.printed(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC);
            c.identity()
                    .total(economic, lineRow(economic, Section.MAIN, Line.TOTAL), Column.TOTAL)
                    .part(generalRows, generalRows.row(Section.MAIN, Line.TOTAL), Column.BASIC)
                    .check("基本支出分经济科目表合计＝一般公共预算基本支出", "economic table TOTAL = general budget table BASIC");
        }
    }

    private static void threePublic(Disclosure d, TableKind kind, Checker c) {
        TableIndex t = DisclosureIndex.of(d).printed(kind);
        if (t == null) {
            return;
        }
        int vehicles = t.row(Section.MAIN, ExpenseItem.VEHICLES);
        int purchase = t.row(Section.MAIN, ExpenseItem.VEHICLE_PURCHASE);
        int operation = t.row(Section.MAIN, ExpenseItem.VEHICLE_OPERATION);
        int total = t.row(Section.MAIN, Line.TOTAL);
        int travel = t.row(Section.MAIN, ExpenseItem.TRAVEL_ABROAD);
        int reception = t.row(Section.MAIN, ExpenseItem.RECEPTION);
        IndexedSum sum = c.identity();
        for (Column column : t.columns()) {
            sum.total(t, vehicles, column)
                    .part(t, purchase, column)
                    .part(t, operation, column)
                    .check(
                            () -> "“三公”经费表公务用车购置及运行费" + column.label() + "＝购置费＋运行维护费",
                            () -> kind + " VEHICLES " + column + " = purchase + operation");
            sum.total(t, total, column).part(t, travel, column);
            if (vehicles >= 0 && t.fen(vehicles, column) != TableIndex.ABSENT) {
                sum.part(t, vehicles, column);
            } else { // the vehicles' two parts stand for them
                sum.part(t, purchase, column).part(t, operation, column);
            }
            sum.part(t, reception, column)
                    .check(
                            () -> "“三公”经费表合计" + column.label() + "＝因公出国（境）费＋公务用车购置及运行费＋公务接待费",
                            () -> kind + " TOTAL " + column + " = travel abroad + vehicles + reception");
        }
    }

    private static void threePublicEconomic(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        boolean budget = d.table(TableKind.THREE_PUBLIC_EXPENSES).isPresent();
        TableKind threeKind = budget ? TableKind.THREE_PUBLIC_EXPENSES : TableKind.FINAL_THREE_PUBLIC_EXPENSES;
        TableKind economicKind =
                budget ? TableKind.BASIC_EXPENDITURE_BY_ECONOMIC : TableKind.FINAL_BASIC_EXPENDITURE_DETAIL;
        Column threeColumn = budget ? Column.TOTAL : Column.ACTUAL;
        Column economicColumn = budget ? Column.TOTAL : Column.ACTUAL;
        Optional<BudgetTable> economic = d.table(economicKind).filter(t -> !t.publishedEmpty());
        Optional<BudgetTable> three = d.table(threeKind);
        if (economic.isEmpty() || three.isEmpty()) {
            return;
        }
        for (ExpenseItem item :
                List.of(ExpenseItem.RECEPTION, ExpenseItem.VEHICLE_OPERATION, ExpenseItem.TRAVEL_ABROAD)) {
            RowKey economicKey = new RowKey.Economic(item.economicCode().orElseThrow());
            Optional<Row> basicRow = economic.get().row(economicKey);
            Optional<Cell> basic = basicRow.flatMap(r -> Cell.of(economic.get(), r, economicColumn));
            if (basic.isEmpty()) {
                continue;
            }
            Amount threeValue;
            Optional<Cell> threeCell = Optional.empty();
            if (three.get().publishedEmpty()) {
                threeValue = Amount.ZERO;
            } else {
                threeCell = cell(three.get(), Section.MAIN, new RowKey.Item(item), threeColumn);
                if (threeCell.isEmpty()) {
                    continue;
                }
                threeValue = threeCell.get().value();
            }
            int compare = threeValue.compareTo(basic.get().value());
            if (compare < 0) {
                String zh = "基本支出中的「" + item.label() + "」"
                        + basic.get()
                                .value()
                                .toBigDecimal(basic.get().table().unit())
                                .stripTrailingZeros()
                                .toPlainString()
                        + "超过“三公”经费表的同项"
                        + threeValue
                                .toBigDecimal(basic.get().table().unit())
                                .stripTrailingZeros()
                                .toPlainString()
                        + "：三公经费涵盖全部财政拨款，不应少于基本支出中的同项";
                String en = "basic expenditure on " + item + " exceeds the 三公 table's " + item
                        + ", which covers all appropriation and cannot be less";
                if (threeCell.isPresent()) {
                    c.beyond(Severity.ERROR, basic.get(), threeCell.get(), zh, en);
                } else { // a 三公 table published empty: no cell to name as the bound
                    c.report(Severity.ERROR, basic.get(), Optional.of(threeValue), zh, en);
                }
            } else if (compare > 0 && threeCell.isPresent()) {
                c.report(
                        Severity.INFO,
                        threeCell.get(),
                        Optional.of(basic.get().value()),
                        "“三公”经费表「" + item.label() + "」大于基本支出中的同项，差额应为项目支出安排，表中无法核实",
                        "the 三公 " + item + " exceeds the same item of basic expenditure; the rest would be project"
                                + " spending, which the tables cannot confirm");
            }
        }
    }

    private static void agencyCosts(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        Optional<BudgetTable> agency = d.table(TableKind.AGENCY_OPERATING_COSTS);
        Optional<UnitType> type = d.unit().type();
        if (agency.isEmpty()) {
            return;
        }
        if (type.isEmpty()) {
            c.skipped(
                    org.yusuan.budget.validation.Location.table(TableKind.AGENCY_OPERATING_COSTS),
                    "文件未写明单位类型（行政单位、参公单位或事业单位），无法判断机关运行经费是否应等于公用经费",
                    "the document does not state the unit type (administrative, 参公 or public institution),"
                            + " so whether agency operating costs must equal 公用经费 cannot be decided");
            return;
        }
        Optional<Cell> total = agency.get().publishedEmpty()
                ? Optional.empty()
                : cell(agency.get(), Section.MAIN, line(Line.TOTAL), Column.TOTAL);
        if (!type.get().hasAgencyOperatingCosts()) {
            if (total.isPresent() && !total.get().value().isZero()) {
                c.report(
                        Severity.WARNING,
                        total.get(),
                        Optional.of(Amount.ZERO),
                        "事业单位不列机关运行经费，但本表列有金额",
                        "a public institution reports no agency operating costs, but this table has an amount");
            }
            return;
        }
        Optional<Cell> publicCosts =
                cell(d, TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Section.MAIN, line(Line.TOTAL), Column.PUBLIC);
        if (publicCosts.isEmpty()) {
            return;
        }
        if (total.isEmpty()) {
            if (!publicCosts.get().value().isZero()) {
                c.report(
                        Severity.ERROR,
                        Checker.at(publicCosts.get()),
                        "行政单位和参公单位应公开机关运行经费（等于公用经费），但机关运行经费表为空",
                        "an administrative or 参公 unit publishes agency operating costs equal to 公用经费, but the table is empty");
            }
            return;
        }
        cell(agency.get(), Section.MAIN, line(Line.TOTAL), Column.GENERAL_PUBLIC_BUDGET)
                .ifPresent(general -> c.equal(
                        general,
                        List.of(publicCosts.get()),
                        "机关运行经费（一般公共预算）＝基本支出中的公用经费",
                        "agency operating costs (general budget) = 公用经费 of basic expenditure"));
    }

    private static void projects(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        List<Cell> projectTotals = new ArrayList<>();
        boolean bothTables = true;
        for (TableKind kind : List.of(TableKind.PROJECT_EXPENDITURE, TableKind.CARRY_OVER_PROJECT_EXPENDITURE)) {
            Optional<BudgetTable> found = d.table(kind);
            if (found.isEmpty()) {
                bothTables = false; // Σ projects cannot be formed; the table's own sums still can
                continue;
            }
            BudgetTable t = found.get();
            if (t.publishedEmpty()) {
                continue;
            }
            List<Row> rows = t.rows();
            List<Row> projects =
                    rows.stream().filter(r -> r.key() instanceof RowKey.Project).toList();
            boolean firstUnit = true;
            for (int i = 0; i < rows.size(); i++) {
                Row unit = rows.get(i);
                if (!(unit.key() instanceof RowKey.Unit)) {
                    continue;
                }
                // the first unit row (the department, or the only unit) carries every project; a
                // later unit row carries the projects printed under it, up to the next unit row
                List<Row> under = new ArrayList<>();
                for (int j = i + 1; j < rows.size() && !(rows.get(j).key() instanceof RowKey.Unit); j++) {
                    if (rows.get(j).key() instanceof RowKey.Project) {
                        under.add(rows.get(j));
                    }
                }
                List<Row> parts = firstUnit ? projects : under;
                if (firstUnit) {
                    Cell.of(t, unit, Column.TOTAL).ifPresent(projectTotals::add);
                }
                firstUnit = false;
                if (parts.isEmpty()) {
                    continue;
                }
                Tables.sumRowsInEveryColumn(t, unit, parts, c, "各项目之和", "the projects");
            }
            if (firstUnit) {
                projects.forEach(p -> Cell.of(t, p, Column.TOTAL).ifPresent(projectTotals::add));
            }
        }
        if (!bothTables || projectTotals.isEmpty()) {
            return;
        }
        cell(d, TableKind.BUDGET_EXPENDITURE, Section.MAIN, line(Line.TOTAL), Column.PROJECT)
                .ifPresent(total -> c.sum(
                        total,
                        projectTotals,
                        "支出总表项目支出＝本年项目与上年结转项目之和",
                        "expenditure table PROJECT = projects of this year + carried-over projects"));
    }

    // ---- final accounts

    /**
     * Each functional row of a summary table's expenditure side against its code's row in another
     * table: the row's cell in a column = the other table's cell of the code in another column (a
     * zero cell where the code is not printed there). The amounts are compared first; the cells
     * and texts are made only for figures that differ.
     */
    private static void sameByCode(
            Checker c,
            DisclosureIndex index,
            BudgetTable summary,
            Column column,
            Optional<BudgetTable> other,
            Column otherColumn,
            Function<Row, String> zh,
            Function<Row, String> en) {
        TableIndex rows = index.table(summary);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.number(i) >= 0 && rows.in(i, Section.EXPENDITURE)) {
                sameAsCode(c, index, rows, i, column, other, otherColumn, zh, en);
            }
        }
    }

    /**
     * A functional row's cell in a column against its code's row in another table ({@link
     * #codeCell}; the other table as the disclosure has it, maybe missing): the amounts are compared first; the cells and texts are made only for figures
     * that differ.
     *
     * @param rows the index of the row's table
     * @param i the row in it
     */
    private static void sameAsCode(
            Checker c,
            DisclosureIndex index,
            TableIndex rows,
            int i,
            Column column,
            Optional<BudgetTable> other,
            Column otherColumn,
            Function<Row, String> zh,
            Function<Row, String> en) {
        Row row = rows.rows().get(i);
        long left = rows.fen(i, column);
        long right = codeFen(index, other, Section.MAIN, row.key(), rows.number(i), otherColumn);
        if (agree(c, left, right)
                || left == right && tracedSame(c, index, rows, i, column, other, otherColumn, right)) {
            return;
        }
        same(
                c,
                Cell.of(rows.table(), row, column),
                codeCell(index, other, Section.MAIN, row.key(), otherColumn),
                () -> zh.apply(row),
                () -> en.apply(row));
    }

    /**
     * In a traced run, records that a row's cell equals its code's cell in another table, the same
     * amount ({@code fen}), as {@link #same} would record it from the cells {@link #codeCell} gives,
     * without making them: the code's printed cell, or the zero that stands in for a code not
     * printed there. True if it did; false where no run is traced or the other table has no cell to
     * give (it lacks the column).
     *
     * @param rows the index of the row's table
     * @param i the row in it
     */
    private static boolean tracedSame(
            Checker c,
            DisclosureIndex index,
            TableIndex rows,
            int i,
            Column column,
            Optional<BudgetTable> other,
            Column otherColumn,
            long fen) {
        IdentityTrace trace = c.trace();
        if (trace == null || other.isEmpty()) {
            return false;
        }
        BudgetTable table = other.get();
        TableIndex otherRows = index.table(table);
        int otherAt = otherRows.column(otherColumn);
        if (!table.publishedEmpty() && otherAt < 0) {
            return false; // no cell to compare with (codeCell gives none)
        }
        int number = rows.number(i);
        int found = table.publishedEmpty()
                ? -1
                : number >= 0
                        ? otherRows.rowOfCode(Section.MAIN, number)
                        : otherRows.row(Section.MAIN, rows.rows().get(i).key());
        trace.begin(trace.place(rows, i, rows.column(column)));
        // the code's row where it is printed, else the zero that codeCell stands in for it
        trace.add(
                found >= 0
                        ? trace.place(otherRows, found, otherAt)
                        : trace.place(
                                table.kind(), Section.MAIN, rows.rows().get(i).key(), otherColumn),
                fen != 0L);
        trace.end();
        return true;
    }

    /** The row of a fixed line in a section of a table's index, or -1 (also without a table). */
    private static int lineRow(TableIndex table, Section section, Line line) {
        return table == null ? -1 : table.row(section, line);
    }

    private static void finalCross(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        DisclosureIndex index = DisclosureIndex.of(d);
        Optional<BudgetTable> summary = d.table(TableKind.FINAL_SUMMARY).filter(t -> !t.publishedEmpty());
        if (summary.isPresent()) {
            sameByCode(
                    c,
                    index,
                    summary.get(),
                    Column.TOTAL,
                    d.table(TableKind.FINAL_EXPENDITURE),
                    Column.TOTAL,
                    row -> "收入支出决算总表「" + Tables.label(row) + "」＝支出决算表",
                    row -> "final summary " + row.key() + " = expenditure table");
            TableIndex summaryRows = index.table(summary.get());
            TableIndex income = index.printed(TableKind.FINAL_INCOME);
            TableIndex spent = index.printed(TableKind.FINAL_EXPENDITURE);
            c.identity()
                    .total(summaryRows, summaryRows.row(Section.INCOME, Line.INCOME_THIS_YEAR), Column.TOTAL)
                    .part(income, lineRow(income, Section.MAIN, Line.TOTAL), Column.TOTAL)
                    .check("收入支出决算总表「本年收入合计」＝收入决算表合计", "final summary INCOME_THIS_YEAR = income table TOTAL");
            c.identity()
                    .total(summaryRows, summaryRows.row(Section.EXPENDITURE, Line.EXPENDITURE_THIS_YEAR), Column.TOTAL)
                    .part(spent, lineRow(spent, Section.MAIN, Line.TOTAL), Column.TOTAL)
                    .check("收入支出决算总表「本年支出合计」＝支出决算表合计", "final summary EXPENDITURE_THIS_YEAR = expenditure table TOTAL");
        }
        Optional<BudgetTable> appropriation =
                d.table(TableKind.FINAL_APPROPRIATION_SUMMARY).filter(t -> !t.publishedEmpty());
        if (appropriation.isPresent()) {
            sameByCode(
                    c,
                    index,
                    appropriation.get(),
                    Column.GENERAL_PUBLIC_BUDGET,
                    d.table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE),
                    Column.TOTAL,
                    row -> "财政拨款收入支出决算总表「" + Tables.label(row) + "」一般公共预算＝一般公共预算财政拨款支出决算表",
                    row -> "final appropriation summary " + row.key()
                            + " GENERAL_PUBLIC_BUDGET = general budget table");
        }
        TableIndex general = index.printed(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE);
        TableIndex detail = index.printed(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL);
        IndexedSum basic = c.identity()
                .total(general, lineRow(general, Section.MAIN, Line.TOTAL), Column.BASIC)
                .part(detail, lineRow(detail, Section.PERSONNEL, Line.PERSONNEL_TOTAL), Column.ACTUAL)
                .part(detail, lineRow(detail, Section.PUBLIC, Line.PUBLIC_TOTAL), Column.ACTUAL);
        if (basic.parts() == 2) { // both totals printed: the one alone is no identity
            basic.check(
                    "一般公共预算财政拨款基本支出＝人员经费合计＋公用经费合计",
                    "general budget BASIC = PERSONNEL_TOTAL + PUBLIC_TOTAL of the detail table");
        }
    }

    // ---- catalog

    private static void codes(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        ClassificationCatalog catalog = x.catalog();
        if (!catalog.edition().covers(d.year())) {
            return; // a code may be valid in the disclosure's year and gone from this edition
        }
        DisclosureIndex index = DisclosureIndex.of(d);
        CatalogIndex statuses = CatalogIndex.of(catalog);
        for (BudgetTable t : d.tables().values()) {
            TableIndex table = index.table(t);
            List<Row> rows = table.rows();
            for (int i = 0; i < table.size(); i++) {
                if (statuses.status(table, i) == CodeStatus.INVALID) {
                    Row row = rows.get(i);
                    String code = row.key() instanceof RowKey.Functional f
                            ? f.code().digits()
                            : ((RowKey.Economic) row.key()).code().digits();
                    c.report(
                            Severity.ERROR,
                            location(t, row),
                            "科目编码 " + code + " 不在 " + catalog.edition() + " 年度分类科目中",
                            "the code " + code + " is not in the " + catalog.edition()
                                    + " catalog, which is complete at its level");
                }
            }
        }
    }

    /** Where a row of a table is, without a column. */
    static org.yusuan.budget.validation.Location location(BudgetTable t, Row row) {
        return new org.yusuan.budget.validation.Location(
                Optional.of(t.kind()),
                Optional.of(row.section()),
                Optional.of(row.key()),
                Optional.of(row.name()),
                Optional.empty(),
                row.sourceLine());
    }

    /** A name printed beside a code. */
    private record PrintedName(RowKey key, String name) {}

    private static NameResolution<?> resolve(ClassificationCatalog catalog, PrintedName printed) {
        if (printed.key() instanceof RowKey.Functional f) {
            return catalog.resolveFunctional(printed.name(), f.code()::equals);
        }
        EconomicCode code = ((RowKey.Economic) printed.key()).code();
        return catalog.resolveEconomic(printed.name(), code.system(), code::equals);
    }

    /**
     * Whether a printed name is a code's catalog name as the catalog prints it, which resolves to
     * that code exactly ({@code Match.EXACT}) and is not reported: most printed names are, and
     * resolving them costs more than the rest of the rule. Only names that the resolution reads
     * plainly qualify: starting with a Chinese character (no code in front, no whitespace, no
     * bracket) and without {@code 其中} (which the resolution may remove).
     */
    private static boolean isOfficial(String printed, String official) {
        return printed.equals(official)
                && !printed.isEmpty()
                && Character.isIdeographic(printed.codePointAt(0))
                && !printed.contains("其中");
    }

    private static void names(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        ClassificationCatalog catalog = x.catalog();
        Map<PrintedName, NameResolution<?>> resolved = new HashMap<>();
        // by the code, as in CAT-CODE
        DisclosureIndex index = DisclosureIndex.of(d);
        CatalogIndex entries = CatalogIndex.of(catalog);
        for (BudgetTable t : d.tables().values()) {
            TableIndex table = index.table(t);
            List<Row> rows = table.rows();
            for (int i = 0; i < table.size(); i++) {
                Optional<CatalogEntry<?>> entry = entries.entry(table, i);
                if (entry == null || entry.isEmpty()) {
                    continue; // no code, or the catalog cannot say what the name should be
                }
                String name = table.name(i);
                if (isOfficial(name, entry.get().name()) || name.isBlank()) {
                    // the catalog's own name (most rows: asked first, as a blank name's every
                    // character is read), which resolves to its code exactly, or no name
                    continue;
                }
                Row row = rows.get(i);
                // the same code is printed with the same name in many tables: resolve it once
                NameResolution<?> resolution = resolved.computeIfAbsent(
                        new PrintedName(row.key(), row.name()), printed -> resolve(catalog, printed));
                String official = entry.get().name();
                if (!resolution.isResolved()) {
                    c.report(
                            Severity.WARNING,
                            location(t, row),
                            "名称「" + row.name().strip() + "」与科目 " + entry.get().code() + " 的名称「" + official + "」不符",
                            "the name \"" + row.name().strip() + "\" is not the name of "
                                    + entry.get().code() + ", \"" + official + "\"");
                } else if (resolution.match().orElseThrow() == NameResolution.Match.VARIANT) {
                    c.report(
                            Severity.INFO,
                            location(t, row),
                            "名称「" + row.name().strip() + "」是科目 " + entry.get().code() + "「" + official + "」的已知异写",
                            "the name \"" + row.name().strip() + "\" is a recorded variant of "
                                    + entry.get().code() + " \"" + official + "\"");
                }
            }
        }
    }

    private static void governmentMapping(Disclosure d, Checker c, org.yusuan.budget.validation.RuleContext x) {
        Optional<UnitType> type = d.unit().type();
        Optional<BudgetTable> table = d.table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC);
        if (table.isEmpty()) {
            return;
        }
        if (type.isEmpty()) {
            if (table.get().rows().stream().anyMatch(r -> r.governmentName().isPresent())) {
                c.skipped(
                        org.yusuan.budget.validation.Location.table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC),
                        "文件未写明单位类型，无法判断所列政府经济分类是否与部门经济分类对应",
                        "the document does not state the unit type, so the government economic names printed"
                                + " beside the department codes cannot be checked");
            }
            return;
        }
        ClassificationCatalog catalog = x.catalog();
        for (Row row : table.get().rows()) {
            if (!(row.key() instanceof RowKey.Economic e)
                    || row.governmentName().isEmpty()
                    || e.code().system() != EconomicSystem.DEPARTMENT) {
                continue;
            }
            List<EconomicCode> acceptable = catalog.governmentCodes(e.code(), type.get());
            if (acceptable.isEmpty()) {
                continue; // no mapping data: cannot decide
            }
            String printed = row.governmentName().get();
            if (acceptable.stream()
                    .anyMatch(code -> catalog.economic(code)
                            .filter(entry -> isOfficial(printed, entry.name()))
                            .isPresent())) {
                continue; // an acceptable code's own name, which the resolution finds among them
            }
            NameResolution<EconomicCode> r =
                    catalog.resolveEconomic(printed, EconomicSystem.GOVERNMENT, acceptable::contains);
            if (r.candidates().isEmpty()) {
                List<String> names = acceptable.stream()
                        .map(code -> code + " "
                                + catalog.economic(code).map(CatalogEntry::name).orElse(""))
                        .toList();
                c.report(
                        Severity.WARNING,
                        location(table.get(), row),
                        "「" + row.name().strip() + "」对应的政府经济分类「" + printed + "」与单位类型（"
                                + type.get().label() + "）不符，应为 " + names,
                        "the government economic name \"" + printed + "\" beside " + e.code() + " does not fit a "
                                + type.get() + " unit; expected " + names);
            }
        }
    }
}
