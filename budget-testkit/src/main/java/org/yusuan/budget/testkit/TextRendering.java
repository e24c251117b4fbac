package org.yusuan.budget.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yusuan.budget.core.disclosure.Count;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
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

/**
 * Writes a disclosure as the text that PDF extraction gives of a published one (one printed line a
 * line, cells separated by tabs), in the layout of the reference documents: the unit's name and the
 * title ({@code 2025年度单位预算公开}, {@code 2023年度单位决算公开}), then every table with its label
 * ({@code 预算公开表N}, {@code 公开0N表}), title, {@code 单位：万元} line, header lines as the reference
 * documents print them and its rows (codes in the code column, names as printed, amounts in 万元
 * with two decimals, zero printed blank where those documents leave it blank, {@code ——} for a cell
 * that does not apply, {@code 本表无数据} under a table published empty), then the performance target
 * tables (绩效目标表) and self-evaluation tables (绩效自评表) of the projects that have them.
 *
 * <p>It is the inverse of {@code DisclosureImporter} on that layout, for tests that need published
 * text of a known disclosure: importing the rendering of a generated disclosure gives it back. The
 * narrative (情况说明) is written only when given ({@link #render(Disclosure, String)}). Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * String text = TextRendering.render(disclosure);
 * ImportResult back = DisclosureImporter.standard().read(text, "rendered.txt");
 * }</pre>
 */
public final class TextRendering {
    private static final AmountFormat WAN_YUAN = AmountFormat.of(AmountUnit.WAN_YUAN, 2);
    private static final String TAB = "\t";

    private TextRendering() {}

    /**
     * Writes a disclosure as extracted text in the reference layout.
     *
     * @param disclosure the disclosure
     * @return the text, lines separated by {@code \n}
     * @throws IllegalArgumentException if a table cannot be printed in the reference layout: it is
     *     not in 万元 with two decimals, or its columns are not those its reference print has
     */
    public static String render(Disclosure disclosure) {
        return render(disclosure, "");
    }

    /**
     * Writes a disclosure as {@link #render(Disclosure)} does, with a narrative under the part title
     * 第三部分 …情况说明 (for a budget, as {@code NarrativeWriter} writes it).
     *
     * @param disclosure the disclosure
     * @param narrative the narrative's lines, separated by {@code \n}
     * @return the text, lines separated by {@code \n}
     * @throws IllegalArgumentException as {@link #render(Disclosure)} does
     */
    public static String render(Disclosure disclosure, String narrative) {
        Printer out = new Printer(disclosure);
        out.line(disclosure.unit().name()).blank();
        boolean budget = disclosure.kind() == DisclosureKind.BUDGET;
        out.line(disclosure.year() + (budget ? "年度单位预算公开" : "年度单位决算公开")).blank();
        out.line(budget ? "第二部分 " + disclosure.year() + "年单位预算报表" : "第二部分 " + disclosure.year() + "年部门决算表")
                .blank();
        for (BudgetTable table : disclosure.tables().values()) {
            out.table(table);
        }
        out.line(budget ? "第三部分 " + disclosure.year() + "年度单位预算情况说明" : "第三部分 情况说明")
                .blank();
        if (!narrative.isEmpty()) {
            out.text.append(narrative.endsWith("\n") ? narrative : narrative + "\n");
        }
        if (!budget) {
            out.line("第五部分 附件").blank();
        }
        for (Project project : disclosure.projects()) {
            project.target().ifPresent(out::target);
            project.evaluation().ifPresent(out::evaluation);
        }
        return out.text();
    }

    /** The printed text of an amount in 万元 with two decimals; blank for zero. */
    private static String cell(Amount amount) {
        return amount.isZero() ? "" : WAN_YUAN.format(amount);
    }

    /** The text of a row's cell: blank for zero, {@code ——} where the column does not apply. */
    private static String cell(Row row, Column column) {
        return row.cell(column).map(TextRendering::cell).orElse("——");
    }

    private static boolean isFixed(Row row) {
        return row.key() instanceof RowKey.Fixed;
    }

    private static boolean is(Row row, Line line) {
        return row.key().equals(new RowKey.Fixed(line));
    }

    /** The text being written, and what it is about. */
    private static final class Printer {
        private final Disclosure disclosure;
        private final StringBuilder text = new StringBuilder();

        Printer(Disclosure disclosure) {
            this.disclosure = disclosure;
        }

        String text() {
            return text.toString();
        }

        Printer line(String line) {
            text.append(line).append('\n');
            return this;
        }

        Printer cells(String... cells) {
            return line(String.join(TAB, cells));
        }

        Printer cells(List<String> cells) {
            return line(String.join(TAB, cells));
        }

        Printer blank() {
            return line("");
        }

        private String year() {
            return disclosure.year().toString();
        }

        private boolean isBudget() {
            return disclosure.kind() == DisclosureKind.BUDGET;
        }

        // ---- tables

        void table(BudgetTable table) {
            TableKind kind = table.kind();
            if (table.unit() != AmountUnit.WAN_YUAN || table.decimals() != 2) {
                throw new IllegalArgumentException(kind + ": the reference layout prints 万元 with two decimals, not "
                        + table.decimals() + " decimals of " + table.unit().label());
            }
            List<Column> expected = referenceColumns(table);
            if (!table.columns().equals(expected)) {
                throw new IllegalArgumentException(
                        kind + ": the reference layout prints the columns " + expected + ", not " + table.columns());
            }
            if (isBudget()) {
                line("预算公开表" + (kind.ordinal() - TableKind.BUDGET_SUMMARY.ordinal() + 1))
                        .blank();
                line(year() + "年" + BUDGET_TITLES.get(kind)).blank();
                line("单位名称：" + disclosure.unit().name()).blank();
                line("单位：万元").blank();
            } else {
                line(kind.title()).blank();
                line(String.format("公开%02d表", kind.ordinal() - TableKind.FINAL_SUMMARY.ordinal() + 1))
                        .blank();
                line("部门名称：" + disclosure.unit().name()).blank();
                line(year() + "年度").blank();
                line("金额单位：万元").blank();
            }
            switch (kind) {
                case BUDGET_SUMMARY, APPROPRIATION_SUMMARY, FINAL_SUMMARY, FINAL_APPROPRIATION_SUMMARY ->
                    summary(table);
                case BASIC_EXPENDITURE_BY_ECONOMIC -> economic(table);
                case THREE_PUBLIC_EXPENSES,
                        AGENCY_OPERATING_COSTS,
                        PROJECT_EXPENDITURE,
                        CARRY_OVER_PROJECT_EXPENDITURE -> labelled(table);
                case STATE_CAPITAL -> stateCapital(table);
                case FINAL_BASIC_EXPENDITURE_DETAIL -> detail(table);
                case FINAL_THREE_PUBLIC_EXPENSES -> finalThreePublic(table);
                case FINAL_INFORMATION -> information(table);
                default -> byCode(table);
            }
            blank();
            if (table.publishedEmpty()) {
                line(isBudget() ? "注：本表无数据" : "说明：本表无数据").blank();
            }
        }

        /** The columns the reference print of a table has, in printed order. */
        private List<Column> referenceColumns(BudgetTable table) {
            return switch (table.kind()) {
                case BUDGET_SUMMARY, APPROPRIATION_SUMMARY, FINAL_SUMMARY, FINAL_APPROPRIATION_SUMMARY ->
                    SUMMARY_COLUMNS.stream()
                            .filter(c -> c.equals(table.columns()))
                            .findFirst()
                            .orElse(SUMMARY_COLUMNS.get(0));
                default -> COLUMNS.get(table.kind());
            };
        }

        /**
         * A table by functional code: header lines, then 合计 and one row per code, the code in the
         * first cell and the name in the second.
         */
        private void byCode(BudgetTable table) {
            HEADERS.get(table.kind()).forEach(h -> line(h.replace("{year}", year())));
            List<Row> rows = table.rows();
            if (table.publishedEmpty()) {
                // the reference documents print the 合计 row blank above 本表无数据
                List<String> blankTotal = new ArrayList<>(List.of("合计", ""));
                table.columns().forEach(c -> blankTotal.add(""));
                cells(blankTotal);
                return;
            }
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.key() instanceof RowKey.Functional f ? f.code().digits() : row.name());
                cells.add(row.key() instanceof RowKey.Functional ? row.name() : "");
                table.columns().forEach(c -> cells.add(cell(row, c)));
                cells(cells);
            }
        }

        /**
         * A two-sided summary table: the income side (name, 行次 in final accounts, amount) and the
         * expenditure side (name, 行次, amounts) on the same printed lines; the funds beside the
         * classes, then the totals lines side by side with the grand totals on the last line.
         */
        private void summary(BudgetTable table) {
            boolean numbered = !isBudget();
            List<Column> columns = table.columns();
            summaryHeader(table.kind(), columns);
            List<Row> income = table.rows().stream()
                    .filter(r -> r.section() == Section.INCOME || r.section() == Section.CARRY_OVER)
                    .toList();
            List<Row> spent = table.rows().stream()
                    .filter(r -> r.section() != Section.INCOME && r.section() != Section.CARRY_OVER)
                    .toList();
            int incomeBody = firstFixed(income);
            int spentBody = firstFixed(spent);
            List<Row> leftBody = income.subList(0, incomeBody);
            List<Row> rightBody = spent.subList(0, spentBody);
            for (int k = 0; k < Math.max(leftBody.size(), rightBody.size()); k++) {
                summaryLine(
                        k < leftBody.size() ? leftBody.get(k) : null,
                        k < rightBody.size() ? rightBody.get(k) : null,
                        columns,
                        numbered);
            }
            List<Row> left = new ArrayList<>(income.subList(incomeBody, income.size()));
            List<Row> right = new ArrayList<>(spent.subList(spentBody, spent.size()));
            // the grand totals share the last line, however many lines the other totals take
            if (!left.isEmpty()
                    && !right.isEmpty()
                    && is(left.get(left.size() - 1), Line.INCOME_GRAND_TOTAL)
                    && is(right.get(right.size() - 1), Line.EXPENDITURE_GRAND_TOTAL)) {
                List<Row> shorter = left.size() < right.size() ? left : right;
                int missing = Math.abs(left.size() - right.size());
                for (int k = 0; k < missing; k++) {
                    shorter.add(shorter.size() - 1, null);
                }
            }
            for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
                summaryLine(
                        k < left.size() ? left.get(k) : null,
                        k < right.size() ? right.get(k) : null,
                        columns,
                        numbered);
            }
        }

        private static int firstFixed(List<Row> rows) {
            for (int k = 0; k < rows.size(); k++) {
                if (isFixed(rows.get(k))) {
                    return k;
                }
            }
            return rows.size();
        }

        private void summaryLine(Row income, Row spent, List<Column> columns, boolean numbered) {
            List<String> cells = new ArrayList<>();
            cells.add(income == null ? "" : income.name());
            if (numbered) {
                cells.add(income == null ? "" : number(income));
            }
            cells.add(
                    income == null
                            ? ""
                            : income.cell(Column.TOTAL).map(TextRendering::cell).orElse(""));
            cells.add(spent == null ? "" : spent.name());
            if (numbered) {
                cells.add(spent == null ? "" : number(spent));
            }
            for (Column c : columns) {
                cells.add(
                        spent == null
                                ? ""
                                : spent.cell(c).map(TextRendering::cell).orElse(""));
            }
            cells(cells);
        }

        private static String number(Row row) {
            return row.number().isPresent() ? String.valueOf(row.number().getAsInt()) : "";
        }

        private void summaryHeader(TableKind kind, List<Column> columns) {
            boolean byOrigin = columns.contains(Column.CURRENT_YEAR);
            boolean byFund = columns.contains(Column.GENERAL_PUBLIC_BUDGET);
            if (isBudget()) {
                if (byOrigin) {
                    cells("收入", "", "支出", "", "", "");
                    cells("项目", year() + "年", "项目", year() + "年合计", "当年预算安排", "上年结转安排");
                } else if (byFund) {
                    cells("收入", "", "支出", "", "", "", "");
                    cells("项目", "金额", "项目", "金额", "", "", "");
                    cells("", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
                } else {
                    cells("收入", "", "支出", "");
                    cells("项目", "金额", "项目", "金额");
                }
            } else if (byFund) {
                cells("收入", "", "", "支出", "", "", "", "", "");
                cells("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
                cells("栏次", "", "1", "栏次", "", "2", "3", "4", "5");
            } else if (byOrigin) {
                throw new IllegalArgumentException(kind + ": final accounts print no 当年预算安排 column");
            } else {
                cells("收入", "", "", "支出", "", "");
                cells("项目", "行次", "金额", "项目", "行次", "金额");
                cells("栏次", "", "1", "栏次", "", "2");
            }
        }

        /**
         * 一般公共预算基本支出分经济科目表: the department economic name, the government one beside a
         * 款, then 合计, 人员经费 and 公用经费; the 合计 cell is always printed, as the reference does.
         */
        private void economic(BudgetTable table) {
            cells("部门预算支出经济科目名称", "政府预算支出经济科目名称", year() + "年预算数", "", "");
            cells("", "", "合计", "人员经费", "公用经费");
            if (table.publishedEmpty()) {
                cells("合计", "", "", "", "");
                return;
            }
            for (Row row : table.rows()) {
                cells(
                        row.name(),
                        row.governmentName().orElse(""),
                        row.cell(Column.TOTAL).map(WAN_YUAN::format).orElse("——"),
                        cell(row, Column.PERSONNEL),
                        cell(row, Column.PUBLIC));
            }
        }

        /**
         * The tables whose rows are named in the first cell (三公, 机关运行经费, the project tables). A
         * row with every amount zero prints its 合计 as {@code 0.00} so that it reads as a row (the
         * 三公 items and the totals lines are read blank).
         */
        private void labelled(BudgetTable table) {
            HEADERS.get(table.kind()).forEach(h -> line(h.replace("{year}", year())));
            if (table.publishedEmpty()) {
                if (table.kind() == TableKind.AGENCY_OPERATING_COSTS) {
                    cells("部门合计", "", "", "", "");
                }
                return;
            }
            for (Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.name());
                table.columns().forEach(c -> cells.add(cell(row, c)));
                boolean readBlank = row.key() instanceof RowKey.Item || isFixed(row);
                if (!readBlank && cells.stream().skip(1).allMatch(String::isEmpty)) {
                    cells.set(1, WAN_YUAN.format(Amount.ZERO));
                }
                cells(cells);
            }
        }

        /**
         * 国有资本经营预算收支预算表: income by code on the left, expenditure by code on the right (合计,
         * 基本支出, 项目支出); the model holds the expenditure side.
         */
        private void stateCapital(BudgetTable table) {
            cells("国有资本经营预算收入", "", "", "国有资本经营预算支出", "", "", "", "");
            cells("项目", "", "国有资本经营收入预算", "科目编码", "科目名称", "合计", "基本支出", "项目支出");
            cells("收入科目编码", "科目名称", "", "", "", "", "", "");
            if (table.publishedEmpty()) {
                cells("合计", "", "", "", "", "", "", "");
                return;
            }
            for (Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of("", "", ""));
                cells.add(row.key() instanceof RowKey.Functional f ? f.code().digits() : row.name());
                cells.add(row.key() instanceof RowKey.Functional ? row.name() : "");
                table.columns().forEach(c -> cells.add(cell(row, c)));
                cells(cells);
            }
        }

        /**
         * 一般公共预算财政拨款基本支出决算明细表: four blocks of (code, name, 决算数) side by side, the
         * personnel rows in the first and the public rows spread over the other three; the footer
         * carries 人员经费合计 and 公用经费合计.
         */
        private void detail(BudgetTable table) {
            cells("人员经费", "", "", "公用经费", "", "", "", "", "", "", "", "");
            cells("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数");
            Predicate<Row> code = r -> r.key() instanceof RowKey.Economic;
            List<Row> personnel =
                    table.rows(Section.PERSONNEL).stream().filter(code).toList();
            List<Row> publicRows =
                    table.rows(Section.PUBLIC).stream().filter(code).toList();
            int perBlock = Math.max(1, (publicRows.size() + 2) / 3);
            List<List<Row>> blocks = List.of(
                    personnel,
                    publicRows.subList(0, Math.min(perBlock, publicRows.size())),
                    publicRows.subList(
                            Math.min(perBlock, publicRows.size()), Math.min(2 * perBlock, publicRows.size())),
                    publicRows.subList(Math.min(2 * perBlock, publicRows.size()), publicRows.size()));
            int lines = blocks.stream().mapToInt(List::size).max().orElse(0);
            for (int k = 0; k < lines; k++) {
                List<String> cells = new ArrayList<>();
                for (List<Row> block : blocks) {
                    if (k < block.size()) {
                        Row row = block.get(k);
                        cells.add(((RowKey.Economic) row.key()).code().digits());
                        cells.add(row.name());
                        cells.add(cell(row, Column.ACTUAL));
                    } else {
                        cells.addAll(List.of("", "", ""));
                    }
                }
                cells(cells);
            }
            Optional<Row> personnelTotal = table.row(Section.PERSONNEL, new RowKey.Fixed(Line.PERSONNEL_TOTAL));
            Optional<Row> publicTotal = table.row(Section.PUBLIC, new RowKey.Fixed(Line.PUBLIC_TOTAL));
            if (personnelTotal.isPresent() || publicTotal.isPresent()) {
                String[] footer = new String[12];
                Arrays.fill(footer, "");
                // a total is always printed, 0.00 when zero: a blank one would not read
                personnelTotal.ifPresent(r -> {
                    footer[1] = r.name();
                    footer[2] = r.cell(Column.ACTUAL).map(WAN_YUAN::format).orElse("");
                });
                publicTotal.ifPresent(r -> {
                    footer[7] = r.name();
                    footer[11] = r.cell(Column.ACTUAL).map(WAN_YUAN::format).orElse("");
                });
                cells(footer);
            }
        }

        /** 财政拨款“三公”经费支出决算表: a 预算数 block and a 决算数 block of six columns, one line. */
        private void finalThreePublic(BudgetTable table) {
            cells("预算数", "", "", "", "", "", "决算数", "", "", "", "", "");
            cells("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费");
            cells("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "");
            cells("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            if (table.publishedEmpty()) {
                return;
            }
            List<RowKey> order = List.of(
                    new RowKey.Fixed(Line.TOTAL),
                    new RowKey.Item(ExpenseItem.TRAVEL_ABROAD),
                    new RowKey.Item(ExpenseItem.VEHICLES),
                    new RowKey.Item(ExpenseItem.VEHICLE_PURCHASE),
                    new RowKey.Item(ExpenseItem.VEHICLE_OPERATION),
                    new RowKey.Item(ExpenseItem.RECEPTION));
            List<String> cells = new ArrayList<>();
            for (Column column : List.of(Column.BUDGETED, Column.ACTUAL)) {
                for (RowKey key : order) {
                    cells.add(table.cell(key, column).map(TextRendering::cell).orElse(""));
                }
            }
            cells(cells);
        }

        /**
         * 部门决算公开相关信息统计表: 一、政府采购情况 and 二、机关运行经费 (label, 行次, 统计数), then
         * 三、国有资产占用情况 with the disclosure's counts.
         */
        private void information(BudgetTable table) {
            List<Line> procurement = List.of(
                    Line.PROCUREMENT_TOTAL, Line.PROCUREMENT_GOODS, Line.PROCUREMENT_WORKS, Line.PROCUREMENT_SERVICES);
            cells("一、政府采购情况", "", "");
            cells("项目", "行次", "统计数");
            table.rows().stream()
                    .filter(r -> r.key() instanceof RowKey.Fixed f && procurement.contains(f.line()))
                    .forEach(r -> cells(r.name(), number(r), cell(r, Column.TOTAL)));
            cells("二、机关运行经费", "", "");
            cells("项目", "", "统计数");
            table.rows().stream()
                    .filter(r -> !(r.key() instanceof RowKey.Fixed f && procurement.contains(f.line())))
                    .forEach(r -> cells(r.name(), number(r), cell(r, Column.TOTAL)));
            cells("三、国有资产占用情况", "", "");
            for (Count count : disclosure.counts()) {
                cells(
                        count.label(),
                        "",
                        count.value().isPresent() ? String.valueOf(count.value().getAsLong()) : "");
            }
        }

        // ---- performance tables

        /**
         * 项目支出绩效目标表: the project's data, funds in 元 (实施期 left, 年度 right), texts, goals, and
         * the two indicator trees side by side: 一级, then 二级 / 三级 / 指标值 of the 实施期 and of the 年度.
         */
        void target(PerformanceTarget target) {
            line("山西省省级预算部门（单位）项目支出绩效目标表").blank();
            line("（" + year() + "年度）").blank();
            cells("项目名称", "", target.projectName(), "", "", "", "", "");
            List<String> department = new ArrayList<>(List.of("主管部门及代码", ""));
            target.supervisingDepartment().ifPresent(v -> department.addAll(List.of(v, "")));
            target.implementingUnit().ifPresent(v -> department.addAll(List.of("实施单位", v)));
            if (department.size() > 2) {
                cells(department);
            }
            List<String> attribute = new ArrayList<>(List.of("项目属性", ""));
            target.attributeText().ifPresent(v -> attribute.addAll(List.of(v, "")));
            target.term().ifPresent(v -> attribute.addAll(List.of("项目期", v)));
            if (attribute.size() > 2) {
                cells(attribute);
            }
            cells(
                    "项目资金 （元）",
                    "实施期资金总额：",
                    target.termTotal().map(Printer::yuan).orElse(""),
                    "年度资金总额：",
                    target.yearTotal().map(Printer::yuan).orElse(""));
            for (FundingLevel level : FundingLevel.values()) {
                String label = level == FundingLevel.CENTRAL ? "其中：" + level.label() : level.label();
                cells(
                        "",
                        label,
                        Optional.ofNullable(target.termFunds().get(level))
                                .map(Printer::yuan)
                                .orElse(""),
                        label,
                        Optional.ofNullable(target.yearFunds().get(level))
                                .map(Printer::yuan)
                                .orElse(""));
            }
            text("项目概况", target.overview());
            text("立项依据", target.basis());
            text("项目设立必要性", target.necessity());
            text("保证项目实施的制度、措施", target.measures());
            text("项目实施计划", target.plan());
            cells("实施期目标", "", "", "", "年度目标", "", "", "");
            if (target.termGoal().isPresent() || target.yearGoal().isPresent()) {
                cells(
                        "总体目标",
                        "",
                        target.termGoal().orElse(""),
                        "",
                        target.yearGoal().orElse(""),
                        "",
                        "",
                        "");
            }
            cells("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值");
            indicators(target.termIndicators(), target.yearIndicators());
            cells("负责人：", "", "经办人：", "", "联系电话：", "", "填报日期：", "");
            blank();
        }

        private void text(String label, Optional<String> value) {
            value.ifPresent(v -> cells(label, "", v, "", "", "", "", ""));
        }

        /** An amount in 元 as the target tables print it: grouped, with fen only when it has them. */
        private static String yuan(Amount amount) {
            int decimals = amount.isExactIn(AmountUnit.YUAN, 0) ? 0 : 2;
            return AmountFormat.of(AmountUnit.YUAN, decimals).withGrouping(true).format(amount);
        }

        /** One printed slot of one half of an indicator line: the 二级 when a group starts, and a 三级. */
        private record Slot(String kind, String name, String value) {
            static final Slot NONE = new Slot("", "", "");
        }

        private static List<Slot> slots(List<IndicatorGroup> groups) {
            List<Slot> slots = new ArrayList<>();
            for (IndicatorGroup group : groups) {
                if (group.indicators().isEmpty()) {
                    slots.add(new Slot(group.kind().label(), "", ""));
                }
                for (int k = 0; k < group.indicators().size(); k++) {
                    var indicator = group.indicators().get(k);
                    slots.add(new Slot(
                            k == 0 ? group.kind().label() : "",
                            indicator.name(),
                            indicator.value().raw()));
                }
            }
            return slots;
        }

        /**
         * The two trees side by side, one 一级 after the other, the 一级 printed on its first line;
         * within it one 二级 after the other, the 实施期 indicators of a 二级 on the left and its 年度
         * indicators on the right, line by line, as the reference documents align them. Levels follow
         * the order of both trees; where the two order a 一级's 二级 differently, its halves are
         * printed one under the other instead of aligned by 二级.
         */
        private void indicators(IndicatorTree term, IndicatorTree year) {
            List<IndicatorCategory> categories = merged(
                            term.groups().stream()
                                    .map(IndicatorGroup::category)
                                    .distinct()
                                    .toList(),
                            year.groups().stream()
                                    .map(IndicatorGroup::category)
                                    .distinct()
                                    .toList())
                    .orElseGet(() -> Stream.concat(term.groups().stream(), year.groups().stream())
                            .map(IndicatorGroup::category)
                            .distinct()
                            .toList());
            for (IndicatorCategory category : categories) {
                List<IndicatorGroup> left = term.groups(category);
                List<IndicatorGroup> right = year.groups(category);
                Optional<List<IndicatorKind>> kinds = merged(
                        left.stream().map(IndicatorGroup::kind).toList(),
                        right.stream().map(IndicatorGroup::kind).toList());
                List<List<Slot>> leftSlots = new ArrayList<>();
                List<List<Slot>> rightSlots = new ArrayList<>();
                if (kinds.isPresent()) {
                    for (IndicatorKind kind : kinds.get()) {
                        leftSlots.add(slots(
                                left.stream().filter(g -> g.kind() == kind).toList()));
                        rightSlots.add(slots(
                                right.stream().filter(g -> g.kind() == kind).toList()));
                    }
                } else {
                    leftSlots.add(slots(left));
                    rightSlots.add(slots(right));
                }
                boolean first = true;
                for (int part = 0; part < leftSlots.size(); part++) {
                    List<Slot> l = leftSlots.get(part);
                    List<Slot> r = rightSlots.get(part);
                    for (int k = 0; k < Math.max(l.size(), r.size()); k++) {
                        Slot a = k < l.size() ? l.get(k) : Slot.NONE;
                        Slot b = k < r.size() ? r.get(k) : Slot.NONE;
                        // 成本指标 is a 一级 and a 二级 name: first on a line and followed by a 二级, it
                        // would read as the 一级, so the 一级 is printed before it
                        String lead = a.kind().isEmpty() && a.name().isEmpty() ? b.kind() : a.kind();
                        boolean repeat = IndicatorCategory.fromLabel(lead).isPresent();
                        cells(
                                "",
                                first || repeat ? category.label() : "",
                                a.kind(),
                                a.name(),
                                a.value(),
                                b.kind(),
                                b.name(),
                                b.value());
                        first = false;
                    }
                }
            }
        }

        /**
         * One order keeping the order of both lists (each without repeats), or empty if they order
         * two common elements differently.
         */
        private static <T> Optional<List<T>> merged(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    out.add(a.get(i++));
                    j++;
                } else if (i < a.size() && !b.subList(j, b.size()).contains(a.get(i))) {
                    out.add(a.get(i++));
                } else if (j < b.size() && !a.subList(i, a.size()).contains(b.get(j))) {
                    out.add(b.get(j++));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(out);
        }

        /**
         * 项目支出绩效自评表: the project's data, the money line (年初预算数, 全年预算数, 全年执行数 in 万元
         * at the evaluation's decimals, 执行率, 分值, 得分), the goals, the indicators (一级 and 二级
         * printed where they change), 总分 with the grade, and the analysis.
         */
        void evaluation(SelfEvaluation evaluation) {
            line(evaluation.projectName() + "项目支出绩效自评表").blank();
            line("(" + year() + "年度)").blank();
            cells("项目名称", "", evaluation.projectName(), "", "", "", "", "", "", "");
            if (evaluation.supervisingDepartment().isPresent()
                    || evaluation.implementingUnit().isPresent()) {
                cells(
                        "主管部门及代码",
                        "",
                        evaluation.supervisingDepartment().orElse(""),
                        "",
                        "",
                        "",
                        "预算单位",
                        evaluation.implementingUnit().orElse(""),
                        "",
                        "");
            }
            AmountFormat money = AmountFormat.of(evaluation.unit(), evaluation.decimals());
            List<String> header = new ArrayList<>(List.of("项目资金预算安排及执行进度(万元)", "资金总额"));
            List<String> figures = new ArrayList<>(List.of("", "资金总额"));
            evaluation.initialBudget().ifPresent(a -> {
                header.add("年初预算数");
                figures.add(money.format(a));
            });
            evaluation.annualBudget().ifPresent(a -> {
                header.add("全年预算数");
                figures.add(money.format(a));
            });
            evaluation.executed().ifPresent(a -> {
                header.add("全年执行数");
                figures.add(money.format(a));
            });
            evaluation.executionRate().ifPresent(r -> {
                header.add("执行率");
                figures.add(r.toPlainString());
            });
            evaluation.executionWeight().ifPresent(r -> {
                header.add("分值");
                figures.add(r.toPlainString());
            });
            evaluation.executionScore().ifPresent(r -> {
                header.add("得分");
                figures.add(r.toPlainString());
            });
            header.add("偏差原因分析及改进措施");
            cells(header);
            if (figures.size() > 2) {
                cells(figures);
            }
            cells("项目年度绩效目标", "年度目标", "", "", "", "", "实际完成情况", "", "", "");
            if (evaluation.yearGoal().isPresent() || evaluation.achieved().isPresent()) {
                cells(
                        "",
                        evaluation.yearGoal().orElse(""),
                        "",
                        "",
                        "",
                        "",
                        evaluation.achieved().orElse(""),
                        "",
                        "",
                        "");
            }
            cells("绩效指标", "一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
            String level1 = "";
            String level2 = "";
            for (EvaluatedIndicator indicator : evaluation.indicators()) {
                List<String> cells = new ArrayList<>(List.of(""));
                cells.add(indicator.categoryText().equals(level1) ? "" : indicator.categoryText());
                cells.add(
                        indicator.categoryText().equals(level1)
                                        && indicator.kindText().equals(level2)
                                ? ""
                                : indicator.kindText());
                level1 = indicator.categoryText();
                level2 = indicator.kindText();
                cells.add(indicator.name());
                cells.add(indicator.initialTarget().raw());
                cells.add(indicator.adjustedTarget().map(v -> v.raw()).orElse(""));
                cells.add(indicator.actual().raw());
                cells.add(indicator.weight().map(BigDecimal::toPlainString).orElse(""));
                cells.add(indicator.score().map(BigDecimal::toPlainString).orElse(""));
                cells.add(indicator.deviationReason().orElse(""));
                cells(cells);
            }
            evaluation
                    .totalScore()
                    .ifPresent(score -> cells(
                            "总分",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            score.toPlainString(),
                            evaluation.gradeText().orElse(""),
                            ""));
            boolean first = true;
            for (Map.Entry<String, String> analysis : evaluation.analysis().entrySet()) {
                cells(first ? "项目绩效分析" : "", analysis.getKey(), "", analysis.getValue(), "", "", "", "", "", "");
                first = false;
            }
            blank();
            line("备注：1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系。").blank();
        }
    }

    /** The titles of the budget tables as the reference documents print them, after the year. */
    private static final Map<TableKind, String> BUDGET_TITLES = Map.ofEntries(
            Map.entry(TableKind.BUDGET_SUMMARY, "预算收支总表"),
            Map.entry(TableKind.BUDGET_INCOME, "预算收入总表"),
            Map.entry(TableKind.BUDGET_EXPENDITURE, "预算支出总表"),
            Map.entry(TableKind.APPROPRIATION_SUMMARY, "财政拨款收支总表"),
            Map.entry(TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算支出预算表（不含上年结转）"),
            Map.entry(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, "一般公共预算安排基本支出分经济科目表（不含上年结转）"),
            Map.entry(TableKind.GOVERNMENT_FUND_INCOME, "政府性基金预算收入表（不含上年结转）"),
            Map.entry(TableKind.GOVERNMENT_FUND_EXPENDITURE, "政府性基金预算支出表（不含上年结转）"),
            Map.entry(TableKind.STATE_CAPITAL, "国有资本经营预算收支预算表（不含上年结转）"),
            Map.entry(TableKind.THREE_PUBLIC_EXPENSES, "财政拨款安排“三公”经费支出预算表"),
            Map.entry(TableKind.AGENCY_OPERATING_COSTS, "财政拨款安排机关运行经费预算表"),
            Map.entry(TableKind.PROJECT_EXPENDITURE, "项目支出预算表（本年预算）"),
            Map.entry(TableKind.CARRY_OVER_PROJECT_EXPENDITURE, "项目支出预算表（上年结转）"));

    /** The column sets a summary table is printed with: by origin (budget), by fund, or 合计 alone. */
    private static final List<List<Column>> SUMMARY_COLUMNS = List.of(
            List.of(Column.TOTAL, Column.CURRENT_YEAR, Column.CARRY_OVER),
            List.of(
                    Column.TOTAL,
                    Column.GENERAL_PUBLIC_BUDGET,
                    Column.GOVERNMENT_FUND_BUDGET,
                    Column.STATE_CAPITAL_OPERATIONS_BUDGET),
            List.of(Column.TOTAL));

    private static final List<Column> BASIC_PROJECT = List.of(Column.TOTAL, Column.BASIC, Column.PROJECT);
    private static final List<Column> BY_FUND = List.of(
            Column.TOTAL,
            Column.GENERAL_PUBLIC_BUDGET,
            Column.GOVERNMENT_FUND_BUDGET,
            Column.STATE_CAPITAL_OPERATIONS_BUDGET);

    /** The columns of the reference print of every other table. */
    private static final Map<TableKind, List<Column>> COLUMNS = Map.ofEntries(
            Map.entry(
                    TableKind.BUDGET_INCOME,
                    List.of(
                            Column.TOTAL,
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                            Column.SPECIAL_FISCAL_ACCOUNT,
                            Column.UNIT_FUNDS,
                            Column.CARRY_OVER)),
            Map.entry(TableKind.BUDGET_EXPENDITURE, BASIC_PROJECT),
            Map.entry(TableKind.GENERAL_BUDGET_EXPENDITURE, BASIC_PROJECT),
            Map.entry(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, List.of(Column.TOTAL, Column.PERSONNEL, Column.PUBLIC)),
            Map.entry(TableKind.GOVERNMENT_FUND_INCOME, List.of(Column.TOTAL)),
            Map.entry(TableKind.GOVERNMENT_FUND_EXPENDITURE, BASIC_PROJECT),
            Map.entry(TableKind.STATE_CAPITAL, BASIC_PROJECT),
            Map.entry(TableKind.THREE_PUBLIC_EXPENSES, BY_FUND),
            Map.entry(TableKind.AGENCY_OPERATING_COSTS, BY_FUND),
            Map.entry(
                    TableKind.PROJECT_EXPENDITURE,
                    List.of(
                            Column.TOTAL,
                            Column.GENERAL_PUBLIC_BUDGET,
                            Column.GOVERNMENT_FUND_BUDGET,
                            Column.STATE_CAPITAL_OPERATIONS_BUDGET,
                            Column.SPECIAL_FISCAL_ACCOUNT,
                            Column.UNIT_FUNDS)),
            Map.entry(TableKind.CARRY_OVER_PROJECT_EXPENDITURE, BY_FUND),
            Map.entry(
                    TableKind.FINAL_INCOME,
                    List.of(
                            Column.TOTAL,
                            Column.FISCAL_APPROPRIATION,
                            Column.SUPERIOR_SUBSIDY,
                            Column.INSTITUTION_REVENUE,
                            Column.BUSINESS_REVENUE,
                            Column.SUBSIDIARY_REMITTANCE,
                            Column.OTHER_REVENUE)),
            Map.entry(
                    TableKind.FINAL_EXPENDITURE,
                    List.of(
                            Column.TOTAL,
                            Column.BASIC,
                            Column.PROJECT,
                            Column.PAYMENT_TO_SUPERIOR,
                            Column.BUSINESS_EXPENDITURE,
                            Column.SUBSIDY_TO_SUBSIDIARIES)),
            Map.entry(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, BASIC_PROJECT),
            Map.entry(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL, List.of(Column.ACTUAL)),
            Map.entry(
                    TableKind.FINAL_GOVERNMENT_FUND,
                    List.of(
                            Column.OPENING_BALANCE,
                            Column.INCOME,
                            Column.TOTAL,
                            Column.BASIC,
                            Column.PROJECT,
                            Column.CLOSING_BALANCE)),
            Map.entry(TableKind.FINAL_STATE_CAPITAL, BASIC_PROJECT),
            Map.entry(TableKind.FINAL_THREE_PUBLIC_EXPENSES, List.of(Column.BUDGETED, Column.ACTUAL)),
            Map.entry(TableKind.FINAL_INFORMATION, List.of(Column.TOTAL)));

    /** The header lines of the tables printed by code or by row name, as the reference prints them. */
    private static final Map<TableKind, List<String>> HEADERS = Map.ofEntries(
            Map.entry(
                    TableKind.BUDGET_INCOME,
                    List.of(
                            "项目\t\t本年收入\t\t\t\t\t\t上年结转",
                            "科目编码\t科目名称\t合计\t一般公共预算\t政府性基金\t国有资本经营 预算\t财政专户管理 资金\t单位资金\t")),
            Map.entry(TableKind.BUDGET_EXPENDITURE, List.of("项目\t\t{year}年预算数\t\t", "科目编码\t科目名称\t合计\t基本支出\t项目支出")),
            Map.entry(
                    TableKind.GENERAL_BUDGET_EXPENDITURE,
                    List.of("项目\t\t{year}年预算数\t\t", "科目编码\t科目名称\t合计\t基本支出\t项目支出")),
            Map.entry(TableKind.GOVERNMENT_FUND_INCOME, List.of("项目\t\t政府性基金收入预算", "收入科目编码\t科目名称\t")),
            Map.entry(TableKind.GOVERNMENT_FUND_EXPENDITURE, List.of("科目编码\t科目名称\t合计\t基本支出\t项目支出")),
            Map.entry(
                    TableKind.THREE_PUBLIC_EXPENSES,
                    List.of("项目\t{year}年预算数\t\t\t", "\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算")),
            Map.entry(
                    TableKind.AGENCY_OPERATING_COSTS,
                    List.of("单位名称\t{year}预算数\t\t\t", "\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算")),
            Map.entry(
                    TableKind.PROJECT_EXPENDITURE,
                    List.of(
                            "项目名称\t合计\t{year}年财政拨款\t\t\t财政专户管理 资金\t单位资金",
                            "\t\t一般公共预算\t政府性基 金预算\t国有资本经营 预算\t\t",
                            "1\t2\t3\t4\t5\t6\t7")),
            Map.entry(
                    TableKind.CARRY_OVER_PROJECT_EXPENDITURE,
                    List.of("项目名称\t合计\t{year}年财政拨款\t\t", "\t\t一般公共预算\t政府性基金 预算\t国有资本 经营预算", "1\t2\t3\t4\t5")),
            Map.entry(
                    TableKind.FINAL_INCOME,
                    List.of(
                            "项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入",
                            "科目代码\t科目名称\t\t\t\t\t\t\t",
                            "栏次\t\t1\t2\t3\t4\t5\t6\t7")),
            Map.entry(
                    TableKind.FINAL_EXPENDITURE,
                    List.of(
                            "项目\t\t本年支出合计\t基本支出\t项目支出\t上缴 上级 支出\t经营支出\t对附属单位 补助 支出",
                            "科目代码\t科目名称\t\t\t\t\t\t",
                            "栏次\t\t1\t2\t3\t4\t5\t6")),
            Map.entry(
                    TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                    List.of("项目\t\t本年支出\t\t", "科目代码\t科目名称\t小计\t基本支出\t项目支出", "栏次\t\t1\t2\t3")),
            Map.entry(
                    TableKind.FINAL_GOVERNMENT_FUND,
                    List.of(
                            "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
                            "科目代码\t科目名称\t\t\t小计\t基本支出\t项目支出\t",
                            "栏次\t\t1\t2\t3\t4\t5\t6")),
            Map.entry(
                    TableKind.FINAL_STATE_CAPITAL,
                    List.of("项目\t\t本年支出\t\t", "科目代码\t科目名称\t合计\t基本支出\t项目支出", "栏次\t\t1\t2\t3")));
}
