package org.yusuan.budget.io.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ExpenseItem;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * Writes the standard sentences of a budget disclosure's narrative (单位预算情况说明) from its tables,
 * so that a publisher's text agrees with the tables by construction: 总体情况 (收入总计, 支出总计),
 * 收入预算 (each fund source with its share), 支出预算 (基本支出, 项目支出 with their shares), 一般公共预算
 * 支出 (each functional 类 with its share), 基本支出 (人员经费, 公用经费), “三公”经费 (合计 and each item) and
 * 机关运行经费, each section only where its table is present.
 *
 * <p>Amounts are printed at the published precision of their table (万元 with two decimals and
 * thousands separators, {@code 1,563.24万元}; zero as {@code 0万元}), shares in percent to two decimals
 * (rounded half up; a zero share as {@code 0%}; none on a zero whole), in the phrasing the importer
 * reads back ({@link DisclosureImporter} links every figure written here to the cell it states).
 *
 * <p>A disclosure does not hold last year's figures: the year-on-year sentences (比上年增加 X万元，增长
 * Y%; 与上年持平) are written only by {@link #write(BudgetDisclosure, BudgetDisclosure)}, from last year's
 * disclosure, for 收入总计, 支出总计, 一般公共预算当年支出, the “三公” total and items and 机关运行经费. No rate
 * is written where last year's amount is zero (it would have no base). The reasons for a change
 * (主要原因是…) are the publisher's to write.
 *
 * <pre>{@code
 * String narrative = NarrativeWriter.write(disclosure);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeWriter {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<FundSource, String> INCOME_NAMES = Map.of(
            FundSource.GENERAL_PUBLIC_BUDGET, "一般公共预算拨款收入",
            FundSource.GOVERNMENT_FUND_BUDGET, "政府性基金预算拨款收入",
            FundSource.STATE_CAPITAL_OPERATIONS_BUDGET, "国有资本经营预算拨款收入",
            FundSource.SPECIAL_FISCAL_ACCOUNT, "财政专户管理资金收入",
            FundSource.UNIT_FUNDS, "单位资金");
    private static final List<ExpenseItem> THREE_PUBLIC_ITEMS = List.of(
            ExpenseItem.TRAVEL_ABROAD,
            ExpenseItem.RECEPTION,
            ExpenseItem.VEHICLES,
            ExpenseItem.VEHICLE_PURCHASE,
            ExpenseItem.VEHICLE_OPERATION);

    private NarrativeWriter() {}

    /**
     * The narrative of a budget disclosure, without year-on-year sentences.
     *
     * @param disclosure the disclosure
     * @return the headings and paragraphs, lines separated by {@code \n}, each heading and paragraph
     *     followed by a blank line; the part title (第三部分 …情况说明) is not included
     */
    public static String write(BudgetDisclosure disclosure) {
        return new Writer(Objects.requireNonNull(disclosure, "disclosure"), Optional.empty()).write();
    }

    /**
     * The narrative of a budget disclosure with the year-on-year sentences against last year's
     * disclosure of the same unit: a change where last year's table has the cell, {@code 与上年持平}
     * where the two print the same.
     *
     * @param disclosure the disclosure
     * @param lastYear last year's disclosure, for the year-on-year changes
     * @return the text, as {@link #write(BudgetDisclosure)} gives it
     */
    public static String write(BudgetDisclosure disclosure, BudgetDisclosure lastYear) {
        return new Writer(
                        Objects.requireNonNull(disclosure, "disclosure"),
                        Optional.of(Objects.requireNonNull(lastYear, "lastYear")))
                .write();
    }

    /** The text being written. */
    private static final class Writer {
        private final BudgetDisclosure d;
        private final Optional<BudgetDisclosure> lastYear;
        private final List<String> out = new ArrayList<>();
        private int sections;

        Writer(BudgetDisclosure d, Optional<BudgetDisclosure> lastYear) {
            this.d = d;
            this.lastYear = lastYear;
        }

        String write() {
            summary();
            income();
            expenditure();
            generalBudget();
            basic();
            threePublic();
            agency();
            return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
        }

        private String lead() {
            return d.year() + "年度" + d.unit().name();
        }

        private void heading(String title) {
            out.add(NUMERALS[Math.min(sections, NUMERALS.length - 1)] + "、" + title);
            out.add("");
            sections++;
        }

        private void paragraph(String text) {
            out.add(text);
            out.add("");
        }

        /** A published cell, if its table and row are present. */
        private static Optional<Printed> cell(
                BudgetDisclosure of, TableKind kind, Section section, RowKey key, Column column) {
            Optional<BudgetTable> table = of.table(kind);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            BudgetTable t = table.get();
            if (t.publishedEmpty()) {
                return Optional.of(new Printed(Amount.ZERO, t));
            }
            return t.row(section, key).flatMap(r -> r.cell(column)).map(a -> new Printed(a, t));
        }

        private Optional<Printed> cell(TableKind kind, Section section, RowKey key, Column column) {
            return cell(d, kind, section, key, column);
        }

        /** {@code ，比上年增加 X万元，增长 Y%}, {@code ，与上年持平}, or nothing without last year's cell. */
        private String change(TableKind kind, Section section, RowKey key, Column column, Printed now) {
            if (lastYear.isEmpty()) {
                return "";
            }
            Optional<Printed> then = cell(lastYear.get(), kind, section, key, column);
            if (then.isEmpty()) {
                return "";
            }
            Amount previous = then.get().rounded();
            Amount difference = now.rounded().minus(previous);
            if (difference.isZero()) {
                return "，与上年持平";
            }
            boolean up = difference.isPositive();
            String text = "，比上年" + (up ? "增加" : "减少") + now.format(difference.abs()) + now.unitLabel();
            if (previous.isZero()) {
                return text; // no rate on a zero base
            }
            BigDecimal rate = BigDecimal.valueOf(difference.abs().fen())
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(previous.abs().fen()), 2, RoundingMode.HALF_UP);
            return text + "，" + (up ? "增长" : "下降") + rate.toPlainString() + "%";
        }

        private String change(TableKind kind, Section section, Line line, Column column, Printed now) {
            return change(kind, section, new RowKey.Fixed(line), column, now);
        }

        private void summary() {
            TableKind s = TableKind.BUDGET_SUMMARY;
            Optional<Printed> income = cell(s, Section.INCOME, new RowKey.Fixed(Line.INCOME_GRAND_TOTAL), Column.TOTAL);
            Optional<Printed> expenditure =
                    cell(s, Section.EXPENDITURE, new RowKey.Fixed(Line.EXPENDITURE_GRAND_TOTAL), Column.TOTAL);
            if (income.isEmpty() && expenditure.isEmpty()) {
                return;
            }
            heading("单位预算收支数据变动情况及原因");
            List<String> sentences = new ArrayList<>();
            income.ifPresent(total -> {
                StringBuilder b = new StringBuilder(lead() + "预算收入总计" + total.text());
                List<String> parts = new ArrayList<>();
                cell(s, Section.INCOME, new RowKey.Fixed(Line.INCOME_THIS_YEAR), Column.TOTAL)
                        .ifPresent(p -> parts.add("本年收入" + p.text()));
                cell(s, Section.INCOME, new RowKey.Fixed(Line.CARRY_OVER_FROM_LAST_YEAR), Column.TOTAL)
                        .ifPresent(p -> parts.add("上年结转" + p.text()));
                if (!parts.isEmpty()) {
                    b.append("，其中：").append(String.join("，", parts));
                }
                b.append(change(s, Section.INCOME, Line.INCOME_GRAND_TOTAL, Column.TOTAL, total));
                sentences.add(b.toString());
            });
            expenditure.ifPresent(total -> {
                StringBuilder b = new StringBuilder("本年单位预算支出总计" + total.text());
                List<String> parts = new ArrayList<>();
                RowKey grand = new RowKey.Fixed(Line.EXPENDITURE_GRAND_TOTAL);
                cell(s, Section.EXPENDITURE, grand, Column.CURRENT_YEAR).ifPresent(p -> parts.add("本年预算安排" + p.text()));
                cell(s, Section.EXPENDITURE, grand, Column.CARRY_OVER).ifPresent(p -> parts.add("上年结转" + p.text()));
                if (!parts.isEmpty()) {
                    b.append("，其中：").append(String.join("，", parts));
                }
                b.append(change(s, Section.EXPENDITURE, Line.EXPENDITURE_GRAND_TOTAL, Column.TOTAL, total));
                sentences.add(b.toString());
            });
            paragraph(String.join("；", sentences) + "。");
        }

        private void income() {
            TableKind s = TableKind.BUDGET_SUMMARY;
            Optional<Printed> total = cell(s, Section.INCOME, new RowKey.Fixed(Line.INCOME_GRAND_TOTAL), Column.TOTAL);
            if (total.isEmpty()) {
                return;
            }
            heading("收入预算情况说明");
            List<String> parts = new ArrayList<>();
            for (Row row : d.table(s).orElseThrow().rows(Section.INCOME)) {
                if (row.key() instanceof RowKey.Fund fund && INCOME_NAMES.containsKey(fund.source())) {
                    row.cell(Column.TOTAL)
                            .map(a -> new Printed(a, total.get().table()))
                            .ifPresent(
                                    p -> parts.add(INCOME_NAMES.get(fund.source()) + p.text() + share(p, total.get())));
                }
            }
            cell(s, Section.INCOME, new RowKey.Fixed(Line.CARRY_OVER_FROM_LAST_YEAR), Column.TOTAL)
                    .ifPresent(p -> parts.add("上年结转" + p.text() + share(p, total.get())));
            paragraph(lead() + "预算收入" + total.get().text() + (parts.isEmpty() ? "" : "，主要包括" + String.join("；", parts))
                    + "。");
        }

        /** {@code ，占 X%} of a nonzero whole; nothing on a zero whole. */
        private static String share(Printed part, Printed whole) {
            Amount base = whole.rounded();
            if (base.isZero()) {
                return "";
            }
            Amount p = part.rounded();
            if (p.isZero()) {
                return "，占0%";
            }
            BigDecimal percent = BigDecimal.valueOf(p.fen())
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(base.fen()), 2, RoundingMode.HALF_UP);
            return "，占" + percent.toPlainString() + "%";
        }

        private void expenditure() {
            TableKind e = TableKind.BUDGET_EXPENDITURE;
            RowKey total = new RowKey.Fixed(Line.TOTAL);
            Optional<Printed> all = cell(e, Section.MAIN, total, Column.TOTAL);
            if (all.isEmpty()) {
                return;
            }
            heading("支出预算情况说明");
            List<String> parts = new ArrayList<>();
            cell(e, Section.MAIN, total, Column.BASIC)
                    .ifPresent(p -> parts.add("基本支出" + p.text() + share(p, all.get())));
            cell(e, Section.MAIN, total, Column.PROJECT)
                    .ifPresent(p -> parts.add("项目支出" + p.text() + share(p, all.get())));
            paragraph(lead() + "支出预算" + all.get().text() + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts))
                    + "。");
        }

        private void generalBudget() {
            TableKind g = TableKind.GENERAL_BUDGET_EXPENDITURE;
            Optional<Printed> total = cell(g, Section.MAIN, new RowKey.Fixed(Line.TOTAL), Column.TOTAL);
            if (total.isEmpty()) {
                return;
            }
            heading("一般公共预算支出情况说明");
            List<String> classes = new ArrayList<>();
            for (Row row : d.table(g).orElseThrow().rows(Section.MAIN)) {
                if (row.key() instanceof RowKey.Functional f && f.code().level() == CodeLevel.CLASS) {
                    row.cell(Column.TOTAL)
                            .map(a -> new Printed(a, total.get().table()))
                            .ifPresent(p -> classes.add(row.name() + p.text() + share(p, total.get())));
                }
            }
            paragraph(lead() + "一般公共预算当年支出" + total.get().text()
                    + change(g, Section.MAIN, Line.TOTAL, Column.TOTAL, total.get())
                    + (classes.isEmpty() ? "" : "，主要用于以下方面：" + String.join("；", classes)) + "。");
        }

        private void basic() {
            Optional<Printed> basic = cell(
                    TableKind.GENERAL_BUDGET_EXPENDITURE, Section.MAIN, new RowKey.Fixed(Line.TOTAL), Column.BASIC);
            Optional<BudgetTable> economic = d.table(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC);
            if (basic.isEmpty() || economic.isEmpty()) {
                return;
            }
            heading("一般公共预算基本支出情况说明");
            RowKey total = new RowKey.Fixed(Line.TOTAL);
            List<String> parts = new ArrayList<>();
            cell(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Section.MAIN, total, Column.PERSONNEL)
                    .ifPresent(p -> parts.add("人员经费" + p.text()));
            cell(TableKind.BASIC_EXPENDITURE_BY_ECONOMIC, Section.MAIN, total, Column.PUBLIC)
                    .ifPresent(p -> parts.add("公用经费" + p.text()));
            paragraph(lead() + "一般公共预算安排基本支出" + basic.get().text()
                    + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts)) + "。");
        }

        private void threePublic() {
            TableKind t = TableKind.THREE_PUBLIC_EXPENSES;
            Optional<Printed> total = cell(t, Section.MAIN, new RowKey.Fixed(Line.TOTAL), Column.TOTAL);
            if (total.isEmpty()) {
                return;
            }
            heading("“三公”经费增减变动原因说明");
            List<String> items = new ArrayList<>();
            for (ExpenseItem item : THREE_PUBLIC_ITEMS) {
                RowKey key = new RowKey.Item(item);
                cell(t, Section.MAIN, key, Column.TOTAL)
                        .ifPresent(p ->
                                items.add(item.label() + p.text() + change(t, Section.MAIN, key, Column.TOTAL, p)));
            }
            paragraph(lead() + "财政拨款安排的“三公”经费预算" + total.get().text()
                    + change(t, Section.MAIN, Line.TOTAL, Column.TOTAL, total.get()) + "。"
                    + (items.isEmpty() ? "" : "其中：" + String.join("；", items) + "。"));
        }

        private void agency() {
            Optional<BudgetTable> table = d.table(TableKind.AGENCY_OPERATING_COSTS);
            if (table.isEmpty()) {
                return;
            }
            heading("机关运行经费增减变动原因说明");
            Optional<Printed> total = table.get().publishedEmpty()
                    ? Optional.empty()
                    : cell(TableKind.AGENCY_OPERATING_COSTS, Section.MAIN, new RowKey.Fixed(Line.TOTAL), Column.TOTAL);
            if (total.isEmpty()) {
                paragraph("本单位无机关运行经费。");
                return;
            }
            paragraph("本单位机关运行经费财政拨款预算" + total.get().text()
                    + change(TableKind.AGENCY_OPERATING_COSTS, Section.MAIN, Line.TOTAL, Column.TOTAL, total.get())
                    + "。");
        }
    }

    /** A published amount with the table that gives its unit and precision. */
    private record Printed(Amount amount, BudgetTable table) {
        /** The amount at the table's published precision. */
        Amount rounded() {
            return amount.round(table.unit(), table.decimals(), RoundingMode.HALF_UP);
        }

        String unitLabel() {
            return table.unit().label();
        }

        /** An amount as the seeds print it in running text: grouped, zero as {@code 0}. */
        String format(Amount a) {
            Amount r = a.round(table.unit(), table.decimals(), RoundingMode.HALF_UP);
            return r.isZero()
                    ? "0"
                    : AmountFormat.of(table.unit(), table.decimals())
                            .withGrouping(true)
                            .format(r);
        }

        /** The amount and its unit ({@code 1,563.24万元}). */
        String text() {
            return format(amount) + unitLabel();
        }
    }
}
