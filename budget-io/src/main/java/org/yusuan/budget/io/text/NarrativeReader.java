package org.yusuan.budget.io.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.disclosure.NarrativeChange;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.NarrativeItem;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;

/**
 * Reads the figures of the narrative (情况说明): every amount in 万元 or 元 and every percentage
 * printed in its sentences, with its line and the words before it, linked to the table cell it
 * states where the words and the section name that cell beyond doubt.
 *
 * <p>Linking is by a fixed list of phrases per disclosure kind and section heading (收入总计, 基本支出,
 * a functional 类 by its catalog name, 人员经费, a 三公 item, …), never by value: a figure whose words
 * are not on the list, or that states a change (比上年增加, 下降), a completion rate (完成年初预算的) or
 * a threshold, stays unlinked, so it is never checked against a cell it does not state. A share
 * (占X%, 占比X%) is linked when the amount before it is, with the most recent total of its section
 * as the whole.
 *
 * <p>A sentence is read whole though the text wraps it over lines (a PDF's lines break wherever
 * the page is full): the lines of a paragraph are joined before they are read, and each figure
 * keeps the line its number is printed on, each comparison the line its sentence starts on.
 *
 * <p>Each sentence that names last year (比上年, 与上年, 上年为, …) is also read as a {@link
 * NarrativeChange}: the direction words with the figure right after each, the amount compared (the
 * last amount before the comparison, or before 其中), last year's amount where printed and 持平;
 * whatever the sentence does not print stays empty.
 */
final class NarrativeReader {
    private static final Pattern SECTION_PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SUB_HEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)].*");
    private static final Pattern FIGURE =
            Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|元|%|％)?");
    /** A numbered item of a list ({@code 1、}, {@code （1）}): it starts a paragraph of its own. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d+、|[（(]\\d+[）)])");
    /** A note in brackets after a sentence, ending a line ({@code 。（如持平作持平表述）}): it ends the paragraph. */
    private static final Pattern NOTE = Pattern.compile("(?:^|。)[（(][^（）()]*[）)]$");
    /**
     * How a line that goes on with a sentence begins when a blank line stands before it: with a
     * figure and its unit, a unit or a punctuation mark, which no paragraph begins with.
     */
    private static final Pattern RESUMES =
            Pattern.compile("^(?:[\\d,]+(?:\\.\\d+)?\\s*(?:万元|元|%|％)|万元|元|%|％|[，,。；;：:、）)])");

    private static final String DELIMITERS = "，,；;。：:";

    private NarrativeReader() {}

    /**
     * A phrase that names a cell, in a section whose heading contains {@code section}, in a sentence
     * that names {@code after} before the figure.
     */
    private record Link(DisclosureKind kind, String section, String after, String phrase, String cell) {}

    private static final List<Link> LINKS = List.of(
            // budgets
            budget("单位预算收支", "", "收入总计", "BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            budget("单位预算收支", "", "本年收入", "BUDGET_SUMMARY/INCOME/line:INCOME_THIS_YEAR/TOTAL"),
            budget("单位预算收支", "", "上年结转", "BUDGET_SUMMARY/INCOME/line:CARRY_OVER_FROM_LAST_YEAR/TOTAL"),
            budget("单位预算收支", "", "支出总计", "BUDGET_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/TOTAL"),
            budget("单位预算收支", "支出总计", "本年预算安排", "BUDGET_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/CURRENT_YEAR"),
            budget("单位预算收支", "支出总计", "上年结转", "BUDGET_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/CARRY_OVER"),
            budget("收入预算", "", "预算收入", "BUDGET_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            budget("收入预算", "", "一般公共预算拨款收入", "BUDGET_SUMMARY/INCOME/fund:GENERAL_PUBLIC_BUDGET/TOTAL"),
            budget("收入预算", "", "政府性基金预算拨款收入", "BUDGET_SUMMARY/INCOME/fund:GOVERNMENT_FUND_BUDGET/TOTAL"),
            budget("收入预算", "", "国有资本经营预算拨款收入", "BUDGET_SUMMARY/INCOME/fund:STATE_CAPITAL_OPERATIONS_BUDGET/TOTAL"),
            budget("收入预算", "", "财政专户管理资金收入", "BUDGET_SUMMARY/INCOME/fund:SPECIAL_FISCAL_ACCOUNT/TOTAL"),
            budget("收入预算", "", "单位资金", "BUDGET_SUMMARY/INCOME/fund:UNIT_FUNDS/TOTAL"),
            budget("收入预算", "", "上年结转", "BUDGET_SUMMARY/INCOME/line:CARRY_OVER_FROM_LAST_YEAR/TOTAL"),
            budget("支出预算情况", "", "支出预算", "BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            budget("支出预算情况", "", "基本支出", "BUDGET_EXPENDITURE/MAIN/line:TOTAL/BASIC"),
            budget("支出预算情况", "", "项目支出", "BUDGET_EXPENDITURE/MAIN/line:TOTAL/PROJECT"),
            budget("财政拨款收支", "", "财政拨款收支总预算", "APPROPRIATION_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            budget(
                    "财政拨款收支",
                    "",
                    "一般公共预算拨款",
                    "APPROPRIATION_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/GENERAL_PUBLIC_BUDGET"),
            budget(
                    "财政拨款收支",
                    "",
                    "政府性基金预算拨款",
                    "APPROPRIATION_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/GOVERNMENT_FUND_BUDGET"),
            budget(
                    "财政拨款收支",
                    "",
                    "国有资本经营预算拨款",
                    "APPROPRIATION_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/STATE_CAPITAL_OPERATIONS_BUDGET"),
            budget("财政拨款收支", "", "当年拨款收入", "APPROPRIATION_SUMMARY/INCOME/line:INCOME_THIS_YEAR/TOTAL"),
            budget("财政拨款收支", "", "上年结转收入", "APPROPRIATION_SUMMARY/INCOME/line:CARRY_OVER_FROM_LAST_YEAR/TOTAL"),
            budget("财政拨款收支", "", "类", "APPROPRIATION_SUMMARY/EXPENDITURE/functional:%s/TOTAL"),
            budget("一般公共预算支出", "", "一般公共预算当年支出", "GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            budget("一般公共预算支出", "", "类", "GENERAL_BUDGET_EXPENDITURE/MAIN/functional:%s/TOTAL"),
            budget("一般公共预算基本支出", "", "一般公共预算安排基本支出", "GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/BASIC"),
            budget("一般公共预算基本支出", "", "人员经费", "BASIC_EXPENDITURE_BY_ECONOMIC/MAIN/line:TOTAL/PERSONNEL"),
            budget("一般公共预算基本支出", "", "公用经费", "BASIC_EXPENDITURE_BY_ECONOMIC/MAIN/line:TOTAL/PUBLIC"),
            budget("三公", "", "“三公”经费预算", "THREE_PUBLIC_EXPENSES/MAIN/line:TOTAL/TOTAL"),
            budget("三公", "", "因公出国（境）费", "THREE_PUBLIC_EXPENSES/MAIN/item:TRAVEL_ABROAD/TOTAL"),
            budget("三公", "", "公务接待费", "THREE_PUBLIC_EXPENSES/MAIN/item:RECEPTION/TOTAL"),
            budget("三公", "", "公务用车购置及运行费", "THREE_PUBLIC_EXPENSES/MAIN/item:VEHICLES/TOTAL"),
            budget("三公", "", "公务用车运行维护费", "THREE_PUBLIC_EXPENSES/MAIN/item:VEHICLE_OPERATION/TOTAL"),
            budget("三公", "", "公务用车购置费", "THREE_PUBLIC_EXPENSES/MAIN/item:VEHICLE_PURCHASE/TOTAL"),
            budget("机关运行经费", "", "机关运行经费财政拨款预算", "AGENCY_OPERATING_COSTS/MAIN/line:TOTAL/TOTAL"),
            budget("绩效管理", "纳入绩效目标管理", "共计金额", "PROJECT_EXPENDITURE/MAIN/unit:%s/TOTAL"),
            budget("绩效管理", "公开项目绩效目标", "涉及项目金额", "PROJECT_EXPENDITURE/MAIN/unit:%s/TOTAL"),
            // final accounts
            fin("收入支出决算总体", "", "收入总计", "FINAL_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            fin("收入支出决算总体", "", "支出总计", "FINAL_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/TOTAL"),
            fin("收入决算", "", "收入合计", "FINAL_SUMMARY/INCOME/line:INCOME_THIS_YEAR/TOTAL"),
            fin("收入决算", "", "财政拨款收入", "FINAL_INCOME/MAIN/line:TOTAL/FISCAL_APPROPRIATION"),
            fin("收入决算", "", "上级补助收入", "FINAL_SUMMARY/INCOME/fund:SUPERIOR_SUBSIDY/TOTAL"),
            fin("收入决算", "", "事业收入", "FINAL_SUMMARY/INCOME/fund:INSTITUTION_REVENUE/TOTAL"),
            fin("收入决算", "", "经营收入", "FINAL_SUMMARY/INCOME/fund:BUSINESS_REVENUE/TOTAL"),
            fin("收入决算", "", "附属单位上缴收入", "FINAL_SUMMARY/INCOME/fund:SUBSIDIARY_REMITTANCE/TOTAL"),
            fin("收入决算", "", "其他收入", "FINAL_SUMMARY/INCOME/fund:OTHER_REVENUE/TOTAL"),
            fin("支出决算情况", "", "支出合计", "FINAL_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            fin("支出决算情况", "", "基本支出", "FINAL_EXPENDITURE/MAIN/line:TOTAL/BASIC"),
            fin("支出决算情况", "", "项目支出", "FINAL_EXPENDITURE/MAIN/line:TOTAL/PROJECT"),
            fin("支出决算情况", "", "上缴上级支出", "FINAL_EXPENDITURE/MAIN/line:TOTAL/PAYMENT_TO_SUPERIOR"),
            fin("支出决算情况", "", "经营支出", "FINAL_EXPENDITURE/MAIN/line:TOTAL/BUSINESS_EXPENDITURE"),
            fin("支出决算情况", "", "对附属单位补助支出", "FINAL_EXPENDITURE/MAIN/line:TOTAL/SUBSIDY_TO_SUBSIDIARIES"),
            fin("财政拨款收支决算总体", "", "财政拨款收入总计", "FINAL_APPROPRIATION_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            // Shanghai: 四、财政拨款收入支出决算总体情况说明 — 财政拨款收入支出总计 is the 总计 of 财政拨款收入支出决算总表
            fin("财政拨款收入支出决算总体", "", "财政拨款收入支出总计", "FINAL_APPROPRIATION_SUMMARY/INCOME/line:INCOME_GRAND_TOTAL/TOTAL"),
            fin("财政拨款收支决算总体", "", "支出总计", "FINAL_APPROPRIATION_SUMMARY/EXPENDITURE/line:EXPENDITURE_GRAND_TOTAL/TOTAL"),
            fin("一般公共预算财政拨款支出决算", "", "一般公共预算财政拨款决算支出", "FINAL_GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            fin("一般公共预算财政拨款支出决算", "", "一般公共预算财政拨款支出", "FINAL_GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            fin("一般公共预算财政拨款支出决算", "", "支出决算", "FINAL_GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/TOTAL"),
            fin("一般公共预算财政拨款支出决算", "", "类", "FINAL_GENERAL_BUDGET_EXPENDITURE/MAIN/functional:%s/TOTAL"),
            fin("基本支出决算", "", "财政拨款基本支出", "FINAL_GENERAL_BUDGET_EXPENDITURE/MAIN/line:TOTAL/BASIC"),
            fin("基本支出决算", "", "人员经费", "FINAL_BASIC_EXPENDITURE_DETAIL/PERSONNEL/line:PERSONNEL_TOTAL/ACTUAL"),
            fin("基本支出决算", "", "公用经费", "FINAL_BASIC_EXPENDITURE_DETAIL/PUBLIC/line:PUBLIC_TOTAL/ACTUAL"),
            fin("基本支出决算", "人员经费", "款", "FINAL_BASIC_EXPENDITURE_DETAIL/PERSONNEL/economic:%s/ACTUAL"),
            fin("基本支出决算", "公用经费", "款", "FINAL_BASIC_EXPENDITURE_DETAIL/PUBLIC/economic:%s/ACTUAL"),
            fin("政府采购", "", "政府采购支出总额", "FINAL_INFORMATION/MAIN/line:PROCUREMENT_TOTAL/TOTAL"),
            fin("政府采购", "", "政府采购货物支出", "FINAL_INFORMATION/MAIN/line:PROCUREMENT_GOODS/TOTAL"),
            fin("政府采购", "", "政府采购工程支出", "FINAL_INFORMATION/MAIN/line:PROCUREMENT_WORKS/TOTAL"),
            fin("政府采购", "", "政府采购服务支出", "FINAL_INFORMATION/MAIN/line:PROCUREMENT_SERVICES/TOTAL"));

    /** A share whose whole the sentence names ({@code 占本年支出合计的100.00%}). */
    private static final Map<String, String> NAMED_WHOLES =
            Map.of("占本年支出合计的", "FINAL_SUMMARY/EXPENDITURE/line:EXPENDITURE_THIS_YEAR/TOTAL");

    private static Link budget(String section, String after, String phrase, String cell) {
        return new Link(DisclosureKind.BUDGET, section, after, phrase, cell);
    }

    private static Link fin(String section, String after, String phrase, String cell) {
        return new Link(DisclosureKind.FINAL_ACCOUNTS, section, after, phrase, cell);
    }

    /** A figure read, with what is needed to link a share after it. */
    private record Read(NarrativeFigure figure, int line, String section) {}

    /** A figure of one line with where it is printed and the words before it. */
    private record Printed(int start, int end, NarrativeFigure figure, String phrase) {}

    /** What the narrative states: its figures and its year-on-year comparisons. */
    record Narrative(List<NarrativeFigure> figures, List<NarrativeChange> changes, List<NarrativeItem> items) {}

    /**
     * A list of the economic items of 人员经费 or 公用经费 ({@code 人员经费2152.26万元，主要包括：基本工资、…}),
     * up to the end of its sentence or clause; the amount between is the list's whole.
     */
    private static final Pattern ITEM_LIST = Pattern.compile("(人员经费|公用经费)([^。；;：:]*?)主要包括[：:]?([^。；;]*)");

    /** 等 ending the last item of a list. */
    private static final Pattern ETC = Pattern.compile("等$");

    /** A direction word right before a figure, with the sign printed after it. */
    private static final Pattern MOVEMENT = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)了?([-－−]?)$");
    /** A direction word before a figure anywhere in a sentence. */
    private static final Pattern MOVEMENT_IN = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)了?[-－−]?\\d");
    /** Last year's amount named right before it (上年为, 由上年的, 2025年预算数为). */
    private static final Pattern PREVIOUS = Pattern.compile(".*(上年|上年度|\\d{4}年度?)(预算数?|决算数?|同期数?)?(为|的|是)$");
    /** Words saying an amount did not change. */
    private static final Pattern LEVEL = Pattern.compile("持平|相同|不变|无变化|没有变化");

    /**
     * Reads the narrative: the lines from the part titled …情况说明 (第三部分) to the next part,
     * without table lines (those with tabs).
     */
    static Narrative read(
            List<String> lines,
            DisclosureKind kind,
            String unitName,
            Map<TableKind, BudgetTable> tables,
            ClassificationCatalog catalog) {
        // the longest part titled …情况说明 (a contents list names the parts too, one line each; a
        // title may wrap, 情况 at the end of one line and 说明 on the next)
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("第", Spaces.stripStart(line))) {
                continue; // not a part's title, whose first character is 第: no need to strip it
            }
            String t = line.strip();
            if (!t.contains("\t") && !t.contains(".....") && isPartTitle(t)) {
                parts.add(i);
            }
        }
        int start = -1;
        int end = lines.size();
        for (int p = 0; p < parts.size(); p++) {
            int at = parts.get(p);
            int next = p + 1 < parts.size() ? parts.get(p + 1) : lines.size();
            String title = lines.get(at).strip()
                    + (at + 1 < lines.size() ? lines.get(at + 1).strip() : "");
            if (Spaces.without(title).contains("情况说明") && (start < 0 || next - at > end - start)) {
                start = at;
                end = next;
            }
        }
        List<Read> read = new ArrayList<>();
        List<NarrativeChange> changes = new ArrayList<>();
        List<NarrativeItem> items = new ArrayList<>();
        if (start < 0) {
            return new Narrative(List.of(), List.of(), List.of());
        }
        String heading = "";
        String subHeading = "";
        Map<String, List<Link>> linksBySection = new java.util.HashMap<>();
        int i = start + 1;
        while (i < end) {
            String line = lines.get(i);
            if (line.contains("\t") || line.isBlank()) {
                i++;
                continue;
            }
            String t = line.strip();
            boolean title = false;
            if (HEADING.matcher(t).matches()) {
                heading = t;
                subHeading = "";
                title = true;
            } else if (SUB_HEADING.matcher(t).matches()) {
                subHeading = t;
                title = true;
            }
            String section = heading + " " + subHeading;
            Paragraph paragraph = paragraph(lines, i, end, title);
            List<Link> links = linksBySection.computeIfAbsent(section, h -> linksOf(kind, h));
            List<Printed> printed = figures(paragraph, kind, unitName, tables, catalog, section, links, read);
            changes(paragraph, printed, changes);
            items(paragraph, kind, section, tables, catalog, items);
            i = paragraph.next();
        }
        return new Narrative(read.stream().map(Read::figure).toList(), List.copyOf(changes), List.copyOf(items));
    }

    /**
     * The lines of one paragraph joined into one text (each stripped, with no separator: a line
     * break inside a sentence is not a word break in Chinese), with the line each part starts at.
     *
     * @param text the joined text
     * @param starts where each line starts in the text
     * @param numbers each line's 1-based number
     * @param next the index of the first line after the paragraph
     */
    private record Paragraph(String text, int[] starts, int[] numbers, int next) {
        /** The 1-based line the character at {@code offset} of the text is printed on. */
        int line(int offset) {
            int k = starts.length - 1;
            while (k > 0 && starts[k] > offset) {
                k--;
            }
            return numbers[k];
        }
    }

    /**
     * The paragraph that starts at line {@code first}: the line and the lines that go on with its
     * sentence. A line goes on with the one before unless that one ends a sentence (。) or is a
     * heading, or it is itself a heading, a table line or a numbered item; across a blank line only
     * when the line before ends in no punctuation mark and the line begins as no paragraph does (a
     * figure with its unit, a unit, a punctuation mark: {@code 下降} / blank / {@code 13.76%。}).
     */
    private static Paragraph paragraph(List<String> lines, int first, int end, boolean title) {
        StringBuilder text = new StringBuilder(lines.get(first).strip());
        List<Integer> starts = new ArrayList<>(List.of(0));
        List<Integer> numbers = new ArrayList<>(List.of(first + 1));
        int last = first;
        while (!title) {
            int next = last + 1;
            while (next < end && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= end || !continues(lines.get(last).strip(), lines.get(next), next == last + 1)) {
                break;
            }
            starts.add(text.length());
            numbers.add(next + 1);
            text.append(lines.get(next).strip());
            last = next;
        }
        return new Paragraph(
                text.toString(),
                starts.stream().mapToInt(Integer::intValue).toArray(),
                numbers.stream().mapToInt(Integer::intValue).toArray(),
                last + 1);
    }

    /**
     * Whether a stripped line is a part's title (第三部分 …), where the narrative's parts start and a
     * table ends.
     */
    static boolean isPartTitle(String stripped) {
        return SECTION_PART.matcher(stripped).matches();
    }

    /** Whether {@code line} goes on with the sentence of {@code before} (see {@link #paragraph}). */
    private static boolean continues(String before, String line, boolean adjacent) {
        String t = line.strip();
        if (line.contains("\t")
                || before.isEmpty()
                || isPartTitle(t)
                || HEADING.matcher(t).matches()
                || SUB_HEADING.matcher(t).matches()
                || ITEM.matcher(t).find()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (adjacent) {
            return "。！？!?".indexOf(last) < 0 && !NOTE.matcher(before).find();
        }
        return "。；;：:，,、！？!?".indexOf(last) < 0 && RESUMES.matcher(t).find();
    }

    /**
     * The year-on-year comparisons of a paragraph: each sentence (up to 。 or ；) that names last year
     * (比上年, 与上年, 上年为, …) gives one comparison; a sentence with several amounts changed (收入总计减少…，
     * 下降…，支出总计减少…) gives one a changed amount, with no current or previous amount, since the
     * sentence does not say which amount each is about.
     */
    private static void changes(Paragraph paragraph, List<Printed> printed, List<NarrativeChange> out) {
        String line = paragraph.text();
        int start = 0;
        boolean comparing = false;
        for (int k = 0; k <= line.length(); k++) {
            if (k == line.length() || "。；;".indexOf(line.charAt(k)) >= 0) {
                if (k > start) {
                    // a clause after ； goes on comparing (与上年相比，收入…下降…；支出…下降…)
                    boolean semicolon = k < line.length() && line.charAt(k) != '。';
                    comparing = sentence(paragraph, start, k, printed, comparing, out) && semicolon;
                }
                start = k + 1;
            }
        }
    }

    /**
     * Where the first of the words that mark a year-on-year comparison starts in a text, or -1: where
     * {@code 比上年|较上年|比\d{4}年|较\d{4}年|与上年|与\d{4}年|同比|上年为|上年的|上年是} first matches,
     * found by looking only at the characters such words start with.
     */
    static int compared(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean found = switch (c) {
                // 比上年, 较上年, 与上年, 比2024年, 较2024年, 与2024年
                case '比', '较', '与' -> text.startsWith("上年", i + 1) || isYear(text, i + 1);
                case '同' -> text.startsWith("比", i + 1);
                // 上年为, 上年的, 上年是
                case '上' -> text.startsWith("年", i + 1) && i + 2 < n && "为的是".indexOf(text.charAt(i + 2)) >= 0;
                default -> false;
            };
            if (found) {
                return i;
            }
        }
        return -1;
    }

    /** Whether four ASCII digits and 年 stand at {@code at}. */
    private static boolean isYear(String text, int at) {
        if (at + 5 > text.length() || text.charAt(at + 4) != '年') {
            return false;
        }
        for (int k = at; k < at + 4; k++) {
            if (!Spaces.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Reads the comparison of one sentence, if it is one, and says whether it was. */
    private static boolean sentence(
            Paragraph paragraph,
            int start,
            int end,
            List<Printed> printed,
            boolean comparing,
            List<NarrativeChange> out) {
        String line = paragraph.text();
        String text = line.substring(start, end);
        int comparedAt = compared(text);
        boolean named = comparedAt >= 0;
        if (!named && !(comparing && MOVEMENT_IN.matcher(text).find())) {
            return false;
        }
        int marker = named ? start + comparedAt : start;
        List<Printed> in = printed.stream()
                .filter(p -> p.start() >= start && p.end() <= end)
                .toList();
        // the movements, grouped: a changed amount opens a group, a rate joins it
        List<List<NarrativeChange.Movement>> groups = new ArrayList<>();
        List<int[]> extents = new ArrayList<>();
        NarrativeFigure current = null;
        NarrativeFigure previous = null;
        int firstMovement = end;
        for (Printed p : in) {
            Matcher m = MOVEMENT.matcher(p.phrase());
            if (m.find()) {
                firstMovement = Math.min(firstMovement, p.start());
                NarrativeFigure f = p.figure();
                if (!m.group(2).isEmpty()) {
                    f = new NarrativeFigure(
                            f.label(), f.quote(), f.value().negate(), f.unit(), f.sourceLine(), f.cell(), f.base());
                }
                NarrativeChange.Direction direction = switch (m.group(1)) {
                    case "增加", "增长", "上升", "提高" -> NarrativeChange.Direction.UP;
                    default -> NarrativeChange.Direction.DOWN;
                };
                NarrativeChange.Movement movement = new NarrativeChange.Movement(m.group(1), direction, f);
                List<NarrativeChange.Movement> open = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                // a rate joins the changed amount before it unless it names a part of its own
                // (比上年增加…，其中人员经费下降…%)
                boolean joins = open != null
                        && movement.isRate()
                        && movement.isUnnamed()
                        && open.stream().noneMatch(NarrativeChange.Movement::isRate);
                if (joins) {
                    open.add(movement);
                    extents.get(extents.size() - 1)[1] = p.end();
                } else {
                    groups.add(new ArrayList<>(List.of(movement)));
                    extents.add(new int[] {quoteStart(line, start, p.start()), p.end()});
                }
            } else if (p.figure().unit() != NarrativeFigure.Unit.PERCENT
                    && PREVIOUS.matcher(p.phrase()).matches()) {
                previous = p.figure();
            }
        }
        // the amount compared: the last amount before the comparison, or before 其中 when the parts
        // of that amount follow it (收入总计X万元，其中：本年收入…，上年结转…，比上年增长…)
        int before = Math.min(marker, firstMovement);
        int parts = start + text.indexOf("其中");
        if (parts >= start && parts < before && in.stream().anyMatch(p -> p.start() < parts)) {
            before = parts;
        }
        for (Printed p : in) {
            if (p.start() < before
                    && p.figure() != previous
                    && p.figure().unit() != NarrativeFigure.Unit.PERCENT
                    && !p.phrase().contains("上年")) {
                current = p.figure();
            }
        }
        boolean level = LEVEL.matcher(text).find();
        // a sentence is on the line it starts on
        OptionalInt at = OptionalInt.of(
                paragraph.line(start + (text.length() - text.stripLeading().length())));
        if (groups.size() <= 1) {
            out.add(new NarrativeChange(
                    text.strip(),
                    at,
                    Optional.ofNullable(current),
                    Optional.ofNullable(previous),
                    groups.isEmpty() ? List.of() : groups.get(0),
                    level));
            return true;
        }
        for (int g = 0; g < groups.size(); g++) {
            int[] extent = extents.get(g);
            out.add(new NarrativeChange(
                    line.substring(extent[0], extent[1]).strip(),
                    OptionalInt.of(paragraph.line(extent[0])),
                    Optional.empty(),
                    Optional.empty(),
                    groups.get(g),
                    false));
        }
        return true;
    }

    private static List<Printed> figures(
            Paragraph paragraph,
            DisclosureKind kind,
            String unitName,
            Map<TableKind, BudgetTable> tables,
            ClassificationCatalog catalog,
            String section,
            List<Link> links,
            List<Read> read) {
        String line = paragraph.text();
        Matcher m = FIGURE.matcher(line);
        int previousEnd = 0;
        NarrativeFigure.Unit lastAmountUnit = null;
        NarrativeFigure previous = null;
        List<Printed> onLine = new ArrayList<>();
        int from = 0;
        while (true) {
            // a figure starts with a digit: the expression is tried from the next one only
            int digit = nextDigit(line, from);
            if (digit < 0 || !m.find(digit)) {
                break;
            }
            from = m.end();
            String printed = m.group(1);
            String suffix = m.group(2);
            NarrativeFigure.Unit unit;
            if (suffix == null) {
                // a bare decimal in a list whose first item gave the unit (…3898065.04元，…；卫生健康支出165141.73，…)
                boolean listed = printed.contains(".")
                        && m.end() < line.length()
                        && DELIMITERS.indexOf(line.charAt(m.end())) >= 0;
                if (lastAmountUnit == null || !listed) {
                    continue;
                }
                unit = lastAmountUnit;
            } else {
                unit = switch (suffix) {
                    case "万元" -> NarrativeFigure.Unit.WAN_YUAN;
                    case "元" -> NarrativeFigure.Unit.YUAN;
                    default -> NarrativeFigure.Unit.PERCENT;
                };
            }
            if (unit != NarrativeFigure.Unit.PERCENT) {
                lastAmountUnit = unit;
            }
            int wordsStart = quoteStart(line, previousEnd, m.start());
            String phrase = phrase(line.substring(wordsStart, m.start()), unitName);
            String quote = line.substring(wordsStart, m.end());
            BigDecimal value = new BigDecimal(printed.replace(",", ""));
            Optional<CellRef> cell = Optional.empty();
            Optional<CellRef> base = Optional.empty();
            String label = phrase;
            if (unit == NarrativeFigure.Unit.PERCENT) {
                Optional<String> whole = NAMED_WHOLES.entrySet().stream()
                        .filter(e -> phrase.endsWith(e.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst();
                boolean share = phrase.endsWith("占") || phrase.endsWith("占比") || whole.isPresent();
                if (share
                        && previous != null
                        && previous.unit() != NarrativeFigure.Unit.PERCENT
                        && previous.cell().isPresent()) {
                    NarrativeFigure part = previous;
                    cell = part.cell();
                    base = whole.map(CellRef::parse)
                            .filter(c -> exists(c, tables))
                            .or(() -> latestTotal(read, section, part));
                    if (base.isEmpty()) {
                        cell = Optional.empty();
                    }
                    label = previous.label() + "占比";
                    quote = line.substring(
                            quoteStart(line, 0, lineIndexOf(line, previous.quote(), m.start())), m.end());
                }
            } else if (!isChange(phrase)) {
                cell = link(kind, section, links, sentence(line, m.start()), phrase, unitName, tables, catalog);
            }
            // a figure is on the line its number is printed on, though its words may start before
            int at = paragraph.line(m.start(1));
            NarrativeFigure figure = new NarrativeFigure(label, quote, value, unit, OptionalInt.of(at), cell, base);
            read.add(new Read(figure, at, section));
            onLine.add(new Printed(m.start(), m.end(), figure, phrase));
            previous = figure;
            previousEnd = m.end();
        }
        return onLine;
    }

    /** The words a phrase that names a change ends with. */
    private static final List<String> CHANGE_WORDS = List.of("增加", "减少", "增长", "下降", "增减", "持平", "上升", "降低");

    /**
     * Whether a phrase names a change, not an amount: what {@code .*(增加|减少|增长|下降|增减|持平|上升|降低)$}
     * matches (it ends with one of {@link #CHANGE_WORDS} and has no line terminator, which {@code .}
     * does not match), without the expression's backtracking over every character.
     */
    static boolean isChange(String phrase) {
        for (String word : CHANGE_WORDS) {
            if (phrase.endsWith(word)) {
                for (int i = 0; i < phrase.length(); i++) {
                    if ("\n\r\u0085\u2028\u2029".indexOf(phrase.charAt(i)) >= 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The first ASCII digit at or after {@code from}, or -1. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Spaces.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence a figure is in, up to the figure: from the last 。 or ； before it. */
    private static String sentence(String line, int at) {
        int start = 0;
        for (int k = at - 1; k >= 0; k--) {
            char c = line.charAt(k);
            if (c == '。' || c == '；' || c == ';') {
                start = k + 1;
                break;
            }
        }
        return line.substring(start, at);
    }

    private static int lineIndexOf(String line, String quote, int before) {
        int at = line.lastIndexOf(quote, before);
        return Math.max(0, at);
    }

    /** Where a figure's words start: after the last delimiter or figure before it. */
    private static int quoteStart(String line, int from, int at) {
        int start = from;
        for (int k = at - 1; k >= from; k--) {
            if (DELIMITERS.indexOf(line.charAt(k)) >= 0) {
                start = k + 1;
                break;
            }
        }
        while (start < at && (line.charAt(start) == '、' || Spaces.isWhitespace(line.charAt(start)))) {
            start++;
        }
        return start;
    }

    /**
     * The words naming a figure (from the last delimiter or figure before it, {@link #quoteStart}),
     * without a leading ordinal, year, unit name or 其中/主要包括, brackets made full-width, spaces
     * removed.
     */
    private static String phrase(String words, String unitName) {
        String p = Spaces.without(words).replace('(', '（').replace(')', '）');
        if (!p.isEmpty() && p.charAt(0) >= '0' && p.charAt(0) <= '9') {
            p = withoutLeadingYear(withoutLeadingOrdinal(p));
        }
        p = p.replace(Spaces.without(unitName), "");
        for (String lead : List.of("其中", "主要包括", "包括")) {
            if (p.startsWith(lead)) {
                p = p.substring(lead.length());
            }
        }
        return p.contains("（类）") ? CLASS_SUFFIX.matcher(p).replaceFirst("") : p;
    }

    /** The text without a leading ordinal: what {@code ^\d+、} matches (ASCII digits, then 、). */
    static String withoutLeadingOrdinal(String p) {
        int i = 0;
        while (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < p.length() && p.charAt(i) == '、' ? p.substring(i + 1) : p;
    }

    /** The text without a leading year: what {@code ^\d{4}年度?} matches (four ASCII digits, 年, maybe 度). */
    static String withoutLeadingYear(String p) {
        if (p.length() < 5 || p.charAt(4) != '年') {
            return p;
        }
        for (int i = 0; i < 4; i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return p;
            }
        }
        return p.substring(p.length() > 5 && p.charAt(5) == '度' ? 6 : 5);
    }

    private static final java.util.regex.Pattern CLASS_SUFFIX = java.util.regex.Pattern.compile("（类）$");

    /**
     * The links that apply in a section, in {@link #LINKS} order: those of its kind whose section
     * name the heading contains, without those a longer name's own links take the place of.
     */
    private static List<Link> linksOf(DisclosureKind kind, String section) {
        // a heading is the section of the longest name it contains (Shanghai's 财政拨款收入支出决算总体
        // is not 收入支出决算总体); each name is looked for once, not once a link
        List<String> names = SECTION_NAMES.get(kind);
        boolean[] contained = new boolean[names.size()];
        String own = "";
        for (int k = 0; k < names.size(); k++) {
            contained[k] = section.contains(names.get(k));
            if (contained[k] && names.get(k).length() > own.length()) {
                own = names.get(k);
            }
        }
        boolean shadows = ownHas(own, kind);
        List<Link> links = new ArrayList<>();
        for (Link l : LINKS) {
            if (l.kind() != kind) {
                continue;
            }
            int k = names.indexOf(l.section());
            if (contained[k] && !(shadows && own.contains(l.section()) && !own.equals(l.section()))) {
                links.add(l);
            }
        }
        return List.copyOf(links);
    }

    /** The cells of the links that name one cell (no {@code %s}), each parsed once. */
    private static final Map<String, CellRef> PARSED = LINKS.stream()
            .map(Link::cell)
            .filter(cell -> !cell.contains("%s"))
            .distinct()
            .collect(java.util.stream.Collectors.toMap(cell -> cell, CellRef::parse));

    /** The section names of each kind's links, each once, in {@link #LINKS} order. */
    private static final Map<DisclosureKind, List<String>> SECTION_NAMES = sectionNames();

    private static Map<DisclosureKind, List<String>> sectionNames() {
        Map<DisclosureKind, List<String>> names = new java.util.EnumMap<>(DisclosureKind.class);
        for (DisclosureKind kind : DisclosureKind.values()) {
            names.put(
                    kind,
                    LINKS.stream()
                            .filter(l -> l.kind() == kind)
                            .map(Link::section)
                            .distinct()
                            .toList());
        }
        return names;
    }

    /** Whether a section name has links of its own that take the place of a shorter name's. */
    private static boolean ownHas(String own, DisclosureKind kind) {
        return SHADOWING.contains(own)
                && LINKS.stream().anyMatch(l -> l.kind() == kind && l.section().equals(own));
    }

    /** Section names whose links replace, not add to, those of the shorter names inside them. */
    private static final List<String> SHADOWING = List.of("财政拨款收入支出决算总体");

    /**
     * The cell a figure's phrase names, through the links of its section ({@link #linksOf}), or a
     * project's; empty when none fits or the cell does not exist.
     */
    private static Optional<CellRef> link(
            DisclosureKind kind,
            String section,
            List<Link> links,
            String before,
            String phrase,
            String unitName,
            Map<TableKind, BudgetTable> tables,
            ClassificationCatalog catalog) {
        Link best = null;
        String argument = null;
        // the phrase's 类 and 款, resolved once for all the links that ask
        Optional<String> functional = null;
        Optional<String> economic = null;
        for (Link l : links) {
            if (!before.contains(l.after())) {
                continue;
            }
            String arg = null;
            if (l.phrase().equals("类")) {
                if (functional == null) {
                    functional = functionalClass(phrase, catalog);
                }
                if (functional.isEmpty()) {
                    continue;
                }
                arg = functional.get();
            } else if (l.phrase().equals("款")) {
                if (economic == null) {
                    economic = economicItem(phrase, catalog);
                }
                if (economic.isEmpty()) {
                    continue;
                }
                arg = economic.get();
            } else if (!phrase.endsWith(l.phrase())) {
                continue;
            } else if (l.cell().contains("%s")) {
                arg = unitName;
            }
            int length = l.phrase().length() + l.after().length();
            if (best == null || length > best.phrase().length() + best.after().length()) {
                best = l;
                argument = arg;
            }
        }
        if (best == null) {
            return newProject(kind, section, phrase, tables);
        }
        CellRef cell = argument == null
                ? PARSED.get(best.cell())
                : CellRef.parse(best.cell().formatted(argument));
        return exists(cell, tables) ? Optional.of(cell) : Optional.empty();
    }

    /** A project named after 新增 in the changes paragraph, when exactly one project row has that name. */
    private static Optional<CellRef> newProject(
            DisclosureKind kind, String section, String phrase, Map<TableKind, BudgetTable> tables) {
        int at = phrase.lastIndexOf("新增");
        BudgetTable projects = tables.get(TableKind.PROJECT_EXPENDITURE);
        if (kind != DisclosureKind.BUDGET || !section.contains("单位预算收支") || at < 0 || projects == null) {
            return Optional.empty();
        }
        String name = phrase.substring(at + 2);
        List<Row> named = projects.rows().stream()
                .filter(r -> r.key() instanceof RowKey.Project
                        && Spaces.without(r.name()).equals(name))
                .toList();
        return named.size() == 1
                ? Optional.of(new CellRef(
                        TableKind.PROJECT_EXPENDITURE,
                        Section.MAIN,
                        named.get(0).key(),
                        Column.TOTAL))
                : Optional.empty();
    }

    /**
     * The items named, without a figure of their own, in the lists of 人员经费 and 公用经费 of the
     * basic-expenditure section that print their amount: each name that is exactly a department
     * economic item with a row in the basic-expenditure table by economic item. A name with a figure is a figure's (linked and
     * checked as one); a name that is no item, or whose row the table does not print, is left.
     */
    private static void items(
            Paragraph paragraph,
            DisclosureKind kind,
            String section,
            Map<TableKind, BudgetTable> tables,
            ClassificationCatalog catalog,
            List<NarrativeItem> out) {
        boolean budget = kind == DisclosureKind.BUDGET;
        if (!section.contains(budget ? "一般公共预算基本支出" : "基本支出决算")) {
            return;
        }
        BudgetTable table =
                tables.get(budget ? TableKind.BASIC_EXPENDITURE_BY_ECONOMIC : TableKind.FINAL_BASIC_EXPENDITURE_DETAIL);
        Column column = budget ? Column.TOTAL : Column.ACTUAL;
        if (table == null || !table.columns().contains(column)) {
            return;
        }
        String text = paragraph.text();
        if (!text.contains("主要包括")) {
            return; // no list: every match of ITEM_LIST holds these words
        }
        Matcher list = ITEM_LIST.matcher(text);
        while (list.find()) {
            if (list.group(2).chars().noneMatch(Character::isDigit)) {
                continue; // no amount printed (a template's 人员经费XXX万元): the list is an example
            }
            int at = list.start(3);
            for (String printed : list.group(3).split("、", -1)) {
                int nameStart = at;
                at += printed.length() + 1;
                String name = ETC.matcher(printed.strip()).replaceFirst("");
                if (name.isEmpty() || name.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                Optional<String> code = economicItem(name, catalog);
                if (code.isEmpty()) {
                    continue;
                }
                Optional<Row> row = table.rows().stream()
                        .filter(r -> r.key() instanceof RowKey.Economic e
                                && e.code().digits().equals(code.get()))
                        .findFirst();
                if (row.isEmpty()) {
                    continue;
                }
                int nameEnd = nameStart + printed.length();
                out.add(new NarrativeItem(
                        name,
                        text.substring(list.start(), nameEnd).strip(),
                        OptionalInt.of(paragraph.line(nameStart
                                + (printed.length() - printed.stripLeading().length()))),
                        new CellRef(table.kind(), row.get().section(), row.get().key(), column)));
            }
        }
    }

    /** The code of a department economic item (款 of 301/302/303) the words name exactly. */
    private static Optional<String> economicItem(String phrase, ClassificationCatalog catalog) {
        NameResolution<org.yusuan.budget.core.code.EconomicCode> r =
                catalog.resolveEconomic(phrase, EconomicSystem.DEPARTMENT, c -> c.level() != CodeLevel.CLASS);
        return r.match().filter(m -> m == NameResolution.Match.EXACT).isPresent()
                ? r.code().map(org.yusuan.budget.core.code.EconomicCode::digits)
                : Optional.empty();
    }

    /** The code of the functional 类 the words name exactly. */
    private static Optional<String> functionalClass(String phrase, ClassificationCatalog catalog) {
        NameResolution<FunctionalCode> r = catalog.resolveFunctional(phrase, c -> c.level() == CodeLevel.CLASS);
        return r.match().filter(m -> m == NameResolution.Match.EXACT).isPresent()
                ? r.code().map(FunctionalCode::digits)
                : Optional.empty();
    }

    /** Whether a cell's table and row are in the disclosure. */
    private static boolean exists(CellRef cell, Map<TableKind, BudgetTable> tables) {
        BudgetTable table = tables.get(cell.table());
        return table != null
                && table.columns().contains(cell.column())
                && table.rows().stream().anyMatch(r -> r.key().equals(cell.row()) && r.section() == cell.section());
    }

    /** The latest total stated in the section before a share's part: the whole it is a share of. */
    private static Optional<CellRef> latestTotal(List<Read> read, String section, NarrativeFigure part) {
        for (int k = read.size() - 1; k >= 0; k--) {
            Read r = read.get(k);
            if (!r.section().equals(section)) {
                break;
            }
            NarrativeFigure f = r.figure();
            if (f != part
                    && f.cell().isPresent()
                    && f.unit() != NarrativeFigure.Unit.PERCENT
                    && isTotal(f.cell().get())) {
                return f.cell();
            }
        }
        return Optional.empty();
    }

    private static boolean isTotal(CellRef cell) {
        return cell.row() instanceof RowKey.Fixed fixed
                && (cell.column() == Column.TOTAL)
                && List.of(Line.TOTAL, Line.INCOME_GRAND_TOTAL, Line.INCOME_THIS_YEAR, Line.EXPENDITURE_GRAND_TOTAL)
                        .contains(fixed.line());
    }
}
