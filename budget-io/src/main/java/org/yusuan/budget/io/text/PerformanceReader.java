package org.yusuan.budget.io.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountParseException;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.ImmutablePerformanceTarget;
import org.yusuan.budget.core.performance.ImmutableSelfEvaluation;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.performance.TargetValue;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;

/**
 * Reads the performance tables of a disclosure's text: 项目支出绩效目标表 into a {@link
 * PerformanceTarget} and 项目支出绩效自评表 into a {@link SelfEvaluation}.
 *
 * <p>Rows are read by what their cells say, not by where they sit: PDF extraction shifts cells of
 * these tables by a column or two (and not always the whole row), so a row's non-empty cells are
 * read in order as level names (一级, 二级, recognised by {@link IndicatorCategory#fromLabel} and
 * {@link IndicatorKind#fromLabel}), names and values. Columns decide only what order cannot: which
 * half (实施期 or 年度) a row printed on one half only belongs to. A line that fits none of the
 * shapes is an {@code IMP-LINE} finding with its text.
 */
final class PerformanceReader {
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)?$");
    private static final Pattern YEAR_LINE = Pattern.compile("^[（(]\\d{4}年度?[）)]$");

    /** The column of the 年度 二级 name in the reference layout, where a table prints no header. */
    private static final int YEAR_KIND_COLUMN = 5;

    private PerformanceReader() {}

    /**
     * A non-empty cell of a printed line and the column it sits in, with whether it is a 二级 name
     * worked out once: a row's reading asks it of the same cell several times.
     */
    private static final class Cell {
        private final int column;
        private final String text;
        private Boolean kind;
        private Boolean kindLike;

        Cell(int column, String text) {
            this.column = column;
            this.text = text;
        }

        int column() {
            return column;
        }

        String text() {
            return text;
        }

        /** Whether the cell is a 二级 name ({@link #isKind(String)}). */
        boolean isKind() {
            if (kind == null) {
                kind = PerformanceReader.isKind(text);
            }
            return kind;
        }

        /** Whether the cell is a 二级 name or one printed as its stem and 类 ({@code 经济类}). */
        boolean isKindLike() {
            if (kindLike == null) {
                kindLike = isKind() || isKindStem(text);
            }
            return kindLike;
        }
    }

    /** A table read, and the findings about its lines. */
    record Read<T>(Optional<T> value, List<Finding> findings) {}

    /** Whether a stripped line is a year alone in brackets, （2025年度）. */
    private static boolean isYearLine(String t) {
        return !t.isEmpty()
                && (t.charAt(0) == '（' || t.charAt(0) == '(')
                && YEAR_LINE.matcher(t).matches();
    }

    /**
     * The non-empty cells of a line, each stripped, with its column: what splitting at every tab and
     * stripping each part gives, without making the parts that are blank.
     */
    private static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            int begin = start;
            int end = tab < 0 ? line.length() : tab;
            while (begin < end && Spaces.isWhitespace(line.charAt(begin))) {
                begin++;
            }
            while (end > begin && Spaces.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            if (begin < end) {
                cells.add(new Cell(column, line.substring(begin, end)));
            }
            if (tab < 0) {
                return cells;
            }
            column++;
            start = tab + 1;
        }
    }

    /** A label as compared: no spaces, full-width brackets and colons, no colon at the end. */
    private static String label(String text) {
        String t = Spaces.without(text).replace('(', '（').replace(')', '）').replace(':', '：');
        return t.endsWith("：") ? t.substring(0, t.length() - 1) : t;
    }

    private static Finding unplaced(String table, int line, String text) {
        return DisclosureImporter.unplaced(table, "the table \"" + table + "\"", line, text);
    }

    private static Finding unreadable(String table, int line, String text, String shown) {
        return DisclosureImporter.unreadable(
                table, "the table \"" + table + "\"", line, text, shown, "cannot read the figure \"" + shown + "\"");
    }

    /** The indicators of one half of a target table, by printed level names, in printed order. */
    private static final class Tree {
        private final Map<String, Map<String, List<Indicator>>> printed = new LinkedHashMap<>();
        private final Map<String, Integer> groupLines = new LinkedHashMap<>();

        List<Indicator> group(String level1, String level2, int line) {
            groupLines.putIfAbsent(level1 + "\t" + level2, line);
            return printed.computeIfAbsent(level1, k -> new LinkedHashMap<>())
                    .computeIfAbsent(level2, k -> new ArrayList<>());
        }

        IndicatorTree build() {
            List<IndicatorGroup> groups = new ArrayList<>();
            printed.forEach((level1, byKind) -> byKind.forEach((level2, indicators) -> {
                IndicatorKind kind = IndicatorKind.fromLabel(level2).orElseThrow();
                IndicatorCategory category = IndicatorCategory.fromLabel(level1).orElseGet(kind::category);
                groups.add(new IndicatorGroup(
                        category, kind, indicators, OptionalInt.of(groupLines.get(level1 + "\t" + level2))));
            }));
            return new IndicatorTree(groups);
        }
    }

    /** Whether a cell is a 二级 name. */
    private static boolean isKind(String text) {
        return IndicatorKind.fromLabel(text).isPresent();
    }

    /**
     * Whether the cell at {@code index} is a 一级 name: a category label printed first on its line,
     * and not a 二级 name unless a 二级 name follows it on the same half, left of {@code halfEnd}
     * ({@code 成本指标} is both).
     */
    private static boolean isCategoryAt(List<Cell> cells, int index, int halfEnd) {
        String t = cells.get(index).text();
        if (index != 0 || IndicatorCategory.fromLabel(t).isEmpty()) {
            return false;
        }
        return !cells.get(index).isKind()
                || (cells.size() > 1 && cells.get(1).isKind() && cells.get(1).column() < halfEnd);
    }

    /**
     * Reads a 项目支出绩效目标表 whose title is at {@code titleIndex}, up to its 负责人 footer or the
     * next title.
     */
    static Read<PerformanceTarget> target(List<String> lines, int titleIndex, Predicate<String> endsTable) {
        String table = lines.get(titleIndex).strip();
        List<Finding> findings = new ArrayList<>();
        ImmutablePerformanceTarget.Builder b = PerformanceTarget.builder().sourceLine(titleIndex + 1);
        String name = null;
        AmountUnit unit = AmountUnit.YUAN;
        Map<FundingLevel, Amount> termFunds = new EnumMap<>(FundingLevel.class);
        Map<FundingLevel, Amount> yearFunds = new EnumMap<>(FundingLevel.class);
        int yearFundColumn = Integer.MAX_VALUE;
        int yearGoalColumn = Integer.MAX_VALUE;
        int yearKindColumn = -1;
        Tree term = new Tree();
        Tree year = new Tree();
        String[] level = {"", null, null}; // 一级, 实施期 二级, 年度 二级, carried down
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable.test(line)) {
                break;
            }
            if (DisclosureImporter.isNoise(t) || isYearLine(t)) {
                continue;
            }
            List<Cell> cells = cells(line);
            String head = label(cells.get(0).text());
            if (head.startsWith("负责人")) {
                break;
            }
            int number = i + 1;
            if (yearKindColumn >= 0) {
                if (!indicatorRow(cells, number, yearKindColumn, level, term, year)) {
                    findings.add(unplaced(table, number, t));
                }
                continue;
            }
            switch (head) {
                case "项目名称", "主管部门及代码", "实施单位", "项目属性", "项目期", "项目日期" -> {
                    Map<String, String> fields = fields(cells);
                    if (fields == null) {
                        findings.add(unplaced(table, number, t));
                        continue;
                    }
                    for (var field : fields.entrySet()) {
                        switch (field.getKey()) {
                            case "项目名称" -> name = field.getValue();
                            case "主管部门及代码" -> b.supervisingDepartment(field.getValue());
                            case "实施单位" -> b.implementingUnit(field.getValue());
                            case "项目属性" -> b.attributeText(field.getValue());
                            case "项目期", "项目日期" -> b.term(field.getValue());
                            default -> findings.add(unplaced(table, number, t));
                        }
                    }
                }
                case "项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划" -> {
                    if (cells.size() != 2) {
                        findings.add(unplaced(table, number, t));
                        continue;
                    }
                    String value = cells.get(1).text();
                    switch (head) {
                        case "项目概况" -> b.overview(value);
                        case "立项依据" -> b.basis(value);
                        case "项目设立必要性" -> b.necessity(value);
                        case "保证项目实施的制度、措施" -> b.measures(value);
                        default -> b.plan(value);
                    }
                }
                case "实施期目标" -> {
                    if (cells.size() == 2 && label(cells.get(1).text()).equals("年度目标")) {
                        yearGoalColumn = cells.get(1).column();
                    } else {
                        findings.add(unplaced(table, number, t));
                    }
                }
                case "总体目标" -> {
                    if (cells.size() == 3) {
                        b.termGoal(cells.get(1).text()).yearGoal(cells.get(2).text());
                    } else if (cells.size() == 2) {
                        Cell goal = cells.get(1);
                        if (goal.column() >= yearGoalColumn) {
                            b.yearGoal(goal.text());
                        } else {
                            b.termGoal(goal.text());
                        }
                    } else {
                        findings.add(unplaced(table, number, t));
                    }
                }
                case "绩效指标" -> {
                    yearKindColumn = cells.stream()
                            .filter(c -> label(c.text()).equals("二级指标"))
                            .skip(1)
                            .mapToInt(Cell::column)
                            .findFirst()
                            .orElse(-1);
                    if (yearKindColumn < 0) {
                        // no header: the line is the first indicator line, 绩效指标 printed beside it;
                        // the 年度 half starts at its second 二级 name, or where the reference layout has it
                        List<Cell> row = cells.subList(1, cells.size());
                        yearKindColumn = row.stream()
                                .filter(Cell::isKind)
                                .skip(1)
                                .mapToInt(Cell::column)
                                .findFirst()
                                .orElse(YEAR_KIND_COLUMN);
                        if (!indicatorRow(row, number, yearKindColumn, level, term, year)) {
                            findings.add(unplaced(table, number, t));
                        }
                    }
                }
                default -> {
                    if (head.startsWith("项目资金")) {
                        Optional<AmountUnit> stated = AmountUnit.fromLabel(head.substring("项目资金".length()));
                        if (stated.isPresent()) {
                            unit = stated.get();
                        }
                        yearFundColumn = cells.stream()
                                .filter(c -> label(c.text()).equals("年度资金总额"))
                                .mapToInt(Cell::column)
                                .findFirst()
                                .orElse(Integer.MAX_VALUE);
                    }
                    if (!funds(cells, head.startsWith("项目资金") ? 1 : 0, unit, yearFundColumn, b, termFunds, yearFunds)) {
                        findings.add(unplaced(table, number, t));
                    }
                }
            }
        }
        if (name == null) {
            return new Read<>(Optional.empty(), findings);
        }
        return new Read<>(
                Optional.of(b.projectName(name)
                        .termFunds(termFunds)
                        .yearFunds(yearFunds)
                        .termIndicators(term.build())
                        .yearIndicators(year.build())
                        .build()),
                findings);
    }

    private static final List<String> FIELD_LABELS = List.of("项目名称", "主管部门及代码", "实施单位", "项目属性", "项目期", "项目日期");

    /** The label–value pairs of a line such as 主管部门及代码 | 209-… | 实施单位 | …; null if it has others. */
    private static Map<String, String> fields(List<Cell> cells) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int k = 0; k < cells.size(); k++) {
            String key = label(cells.get(k).text());
            if (!FIELD_LABELS.contains(key)) {
                return null;
            }
            if (k + 1 < cells.size()
                    && !FIELD_LABELS.contains(label(cells.get(k + 1).text()))) {
                fields.put(key, cells.get(++k).text());
            }
        }
        return fields;
    }

    /**
     * The fund lines of a target table: 实施期资金总额 | amount | 年度资金总额 | amount, then one line a
     * level (中央财政资金 | amount | 中央财政资金 | amount). A level printed once belongs to the half its
     * column is in. Returns false for a line of another shape or with an unreadable amount.
     */
    private static boolean funds(
            List<Cell> cells,
            int from,
            AmountUnit unit,
            int yearColumn,
            ImmutablePerformanceTarget.Builder b,
            Map<FundingLevel, Amount> termFunds,
            Map<FundingLevel, Amount> yearFunds) {
        boolean termSeen = false;
        for (int k = from; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            String key = label(cell.text());
            Optional<FundingLevel> fund = FundingLevel.fromLabel(key);
            boolean total = key.equals("实施期资金总额") || key.equals("年度资金总额");
            if (fund.isEmpty() && !total) {
                return false;
            }
            Amount amount = null;
            if (k + 1 < cells.size()
                    && NUMBER.matcher(cells.get(k + 1).text().replace(",", "")).matches()) {
                try {
                    amount = Amount.parse(cells.get(++k).text(), unit);
                } catch (AmountParseException e) {
                    return false;
                }
            }
            boolean isYear = total ? key.equals("年度资金总额") : (termSeen || cell.column() >= yearColumn);
            termSeen = true;
            if (amount == null) {
                continue;
            }
            if (total) {
                if (isYear) {
                    b.yearTotal(amount);
                } else {
                    b.termTotal(amount);
                }
            } else {
                (isYear ? yearFunds : termFunds).put(fund.get(), amount);
            }
        }
        return true;
    }

    /** A 二级 name printed as its stem and 类 ({@code 经济类}, {@code 生态类}). */
    private static final Pattern KIND_STEM = Pattern.compile("^(.{2,3})类$");

    /** Whether a cell is a 二级 name's stem and 类 ({@link #KIND_STEM}), asked of the pattern only when it may be. */
    private static boolean isKindStem(String text) {
        int n = text.length();
        return (n == 3 || n == 4)
                && text.charAt(n - 1) == '类'
                && KIND_STEM.matcher(text).matches();
    }

    /**
     * What a cell of an indicator line is, and which half it is on.
     *
     * @param side 1 for the 实施期 half, 2 for the 年度 half
     * @param kind whether it is a 二级 name, printed whole or as a stem and 类
     * @param named whether it is a 二级 name printed whole ({@link Cell#isKind})
     * @param text the cell
     * @param value the indicator's value (the next cell), or empty
     */
    private record Item(int side, boolean kind, boolean named, String text, String value) {}

    /**
     * An indicator line of a target table: an optional 一级, then the 实施期 half (二级, 三级 and
     * 指标值, each optional) and the 年度 half (the same). The 年度 half starts at the second 二级 name
     * or the second 三级 name; a line whose first cell after the 一级 sits at or right of the 年度
     * columns is on the 年度 half only, and a 二级 name left of them after a 二级 with no indicator is
     * a second group of the 实施期 half (an empty one above it). On a line where one half prints a
     * 二级 name and the other half an indicator without one, that indicator is under the same name
     * (the two halves are parallel trees); a 二级 printed as a stem and 类 ({@code 经济类}) is the
     * 二级 of the other half on the line that starts with that stem. Otherwise names not printed are
     * carried down.
     */
    private static boolean indicatorRow(
            List<Cell> cells, int line, int yearKindColumn, String[] level, Tree term, Tree year) {
        int side = 1; // 1: 实施期, 2: 年度
        boolean[] kindSeen = new boolean[3];
        boolean[] pairSeen = new boolean[3];
        List<Item> items = new ArrayList<>();
        String category = level[0];
        for (int k = 0; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            String text = cell.text();
            if (isCategoryAt(cells, k, yearKindColumn - 1)) {
                category = text;
                continue;
            }
            boolean kind = cell.isKindLike();
            boolean first = !kindSeen[1] && !pairSeen[1];
            if (side == 1
                    && ((kind && pairSeen[1])
                            || (kind && kindSeen[1] && (cell.column() >= yearKindColumn - 1 || sameKind(items, text)))
                            || (!kind && pairSeen[1])
                            || (first && cell.column() >= (kind ? yearKindColumn - 1 : yearKindColumn)))) {
                side = 2;
            }
            if (kind) {
                if (pairSeen[side] || (side == 2 && kindSeen[2])) {
                    return false;
                }
                kindSeen[side] = true;
                items.add(new Item(side, true, cell.isKind(), text, ""));
            } else {
                if (pairSeen[side]) {
                    return false;
                }
                pairSeen[side] = true;
                String value = "";
                if (k + 1 < cells.size()
                        && !cells.get(k + 1).isKindLike()
                        && !(side == 1 && isYearName(cells, k + 1, yearKindColumn))) {
                    value = cells.get(++k).text();
                }
                items.add(new Item(side, false, false, text, value));
            }
        }
        String[] next = {category, level[1], level[2]};
        List<Runnable> effects = new ArrayList<>();
        // the 二级 names (not stems) each half prints, [side]
        List<List<String>> kindsBySide = List.of(List.of(), kinds(items, 1), kinds(items, 2));
        for (Item item : items) {
            List<String> otherKinds = kindsBySide.get(3 - item.side());
            Tree tree = item.side() == 1 ? term : year;
            String l1 = next[0];
            if (item.kind()) {
                String printed = item.text();
                if (!item.named()) {
                    String stem = KIND_STEM.matcher(printed).replaceFirst("$1");
                    List<String> fitting = otherKinds.stream()
                            .filter(o -> IndicatorKind.fromLabel(o)
                                    .orElseThrow()
                                    .label()
                                    .startsWith(stem))
                            .toList();
                    if (fitting.size() != 1) {
                        return false;
                    }
                    printed = fitting.get(0);
                }
                next[item.side()] = printed;
                String l2 = printed;
                effects.add(() -> tree.group(l1, l2, line));
            } else {
                boolean kindOnRow = items.stream().anyMatch(i -> i.side() == item.side() && i.kind());
                if (!kindOnRow && otherKinds.size() == 1) {
                    next[item.side()] = otherKinds.get(0);
                }
                if (next[item.side()] == null) {
                    return false;
                }
                effects.add(indicator(tree, l1, next[item.side()], item.text(), item.value(), line));
            }
        }
        System.arraycopy(next, 0, level, 0, 3);
        effects.forEach(Runnable::run);
        return true;
    }

    /** The 二级 names printed on one half of a line (not those printed as a stem and 类), in order. */
    private static List<String> kinds(List<Item> items, int side) {
        return items.stream()
                .filter(i -> i.side() == side && i.named())
                .map(Item::text)
                .toList();
    }

    /**
     * Whether the cell after a 实施期 name with no value is the 年度 half's name instead: it sits at
     * or right of the 年度 三级 column and no 二级 name follows it (a 二级 after it would show it is a
     * value of a row printed to the right).
     */
    private static boolean isYearName(List<Cell> cells, int at, int yearKindColumn) {
        if (cells.get(at).column() < yearKindColumn + 1) {
            return false;
        }
        return cells.subList(at + 1, cells.size()).stream().noneMatch(Cell::isKindLike);
    }

    /** Whether the 实施期 half of a line already printed the 二级 name {@code text}. */
    private static boolean sameKind(List<Item> items, String text) {
        return items.stream()
                .anyMatch(i -> i.side() == 1 && i.kind() && i.text().equals(text));
    }

    private static Runnable indicator(Tree tree, String level1, String level2, String name, String value, int line) {
        return () -> tree.group(level1, level2, line)
                .add(new Indicator(name, TargetValue.parse(value), OptionalInt.of(line)));
    }

    /**
     * Reads a 项目支出绩效自评表 whose title is at {@code titleIndex}, up to the next title or the
     * 备注 under it.
     */
    static Read<SelfEvaluation> evaluation(List<String> lines, int titleIndex, Predicate<String> endsTable) {
        String table = lines.get(titleIndex).strip();
        List<Finding> findings = new ArrayList<>();
        ImmutableSelfEvaluation.Builder b = SelfEvaluation.builder().sourceLine(titleIndex + 1);
        String name = null;
        List<String> moneyColumns = null;
        List<BigDecimal> moneyRow = null;
        int achievedColumn = Integer.MAX_VALUE;
        boolean goals = false;
        boolean inIndicators = false;
        boolean inAnalysis = false;
        String[] level = {"", ""};
        int moneyDecimals = 0;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (endsTable.test(line) || t.startsWith("备注")) {
                break;
            }
            if (DisclosureImporter.isNoise(t) || isYearLine(t)) {
                continue;
            }
            int number = i + 1;
            List<Cell> cells = cells(line);
            String head = label(cells.get(0).text());
            if (head.equals("项目名称") || head.equals("主管部门及代码")) {
                if (cells.size() < 2) {
                    findings.add(unplaced(table, number, t));
                    continue;
                }
                if (head.equals("项目名称") && cells.size() == 2) {
                    name = cells.get(1).text();
                } else if (head.equals("主管部门及代码")
                        && cells.size() == 4
                        && (label(cells.get(2).text()).equals("预算单位")
                                || label(cells.get(2).text()).equals("实施单位"))) {
                    b.supervisingDepartment(cells.get(1).text())
                            .implementingUnit(cells.get(3).text());
                } else {
                    findings.add(unplaced(table, number, t));
                }
            } else if (head.startsWith("项目资金")) {
                moneyColumns = new ArrayList<>();
                for (Cell c : cells.subList(1, cells.size())) {
                    String column = label(c.text());
                    if (!column.equals("资金总额") && !column.startsWith("偏差原因")) {
                        moneyColumns.add(column);
                    }
                }
            } else if (moneyColumns != null && moneyRow == null && head.equals("目标申报数")) {
                // 年初预算数 printed as two sub-columns
                int at = moneyColumns.indexOf("年初预算数");
                if (at < 0 || cells.size() != 2 || !label(cells.get(1).text()).equals("预算编制数")) {
                    findings.add(unplaced(table, number, t));
                    continue;
                }
                moneyColumns.set(at, "预算编制数");
                moneyColumns.add(at, "目标申报数");
            } else if (moneyColumns != null
                    && !goals
                    && cells.stream().anyMatch(c -> NUMBER.matcher(c.text()).matches())) {
                // the 资金总额 row, then rows by fund repeating it
                List<Cell> figures = cells.stream()
                        .dropWhile(c -> !NUMBER.matcher(c.text()).matches())
                        .toList();
                if (figures.size() != moneyColumns.size()
                        || !figures.stream()
                                .allMatch(c -> NUMBER.matcher(c.text()).matches())) {
                    findings.add(unplaced(table, number, t));
                    continue;
                }
                if (!MONEY_COLUMNS.containsAll(moneyColumns)) {
                    findings.add(unplaced(table, number, t));
                    continue;
                }
                List<BigDecimal> values =
                        figures.stream().map(c -> new BigDecimal(c.text())).toList();
                if (moneyRow != null) {
                    if (!sameNumbers(values, moneyRow)) {
                        findings.add(DisclosureImporter.finding(
                                "IMP-LINE",
                                Severity.WARNING,
                                number,
                                t,
                                table + "中按资金来源列示的一行与资金总额不同，未导入：「" + t + "」",
                                "a line by fund source differs from the 资金总额 line and is not imported: \"" + t + "\""));
                    }
                    continue;
                }
                moneyRow = values;
                try {
                    for (int k = 0; k < figures.size(); k++) {
                        String text = figures.get(k).text();
                        String column = moneyColumns.get(k);
                        switch (column) {
                            case "目标申报数", "资金结（转）余", "资金结余" -> {
                                // 目标申报数 repeats the target table; the balance is 全年预算数 − 全年执行数
                            }
                            case "预算编制数", "年初预算数" -> b.initialBudget(Amount.parse(text, AmountUnit.WAN_YUAN));
                            case "全年预算数" -> b.annualBudget(Amount.parse(text, AmountUnit.WAN_YUAN));
                            case "全年执行数" -> b.executed(Amount.parse(text, AmountUnit.WAN_YUAN));
                            case "执行率" -> b.executionRate(new BigDecimal(text));
                            case "分值" -> b.executionWeight(new BigDecimal(text));
                            case "得分" -> b.executionScore(new BigDecimal(text));
                            default -> throw new IllegalStateException("checked above: " + column);
                        }
                        if (column.endsWith("数")) {
                            moneyDecimals = Math.max(moneyDecimals, decimals(text));
                        }
                    }
                } catch (AmountParseException e) {
                    findings.add(unreadable(table, number, t, t));
                }
            } else if (head.equals("项目年度绩效目标")) {
                goals = true;
                achievedColumn = cells.stream()
                        .filter(c -> label(c.text()).equals("实际完成情况"))
                        .mapToInt(Cell::column)
                        .findFirst()
                        .orElse(Integer.MAX_VALUE);
            } else if (goals && !inIndicators && !inAnalysis && !head.equals("绩效指标")) {
                if (cells.size() == 2) {
                    b.yearGoal(cells.get(0).text()).achieved(cells.get(1).text());
                } else if (cells.size() == 1) {
                    if (cells.get(0).column() >= achievedColumn) {
                        b.achieved(cells.get(0).text());
                    } else {
                        b.yearGoal(cells.get(0).text());
                    }
                } else {
                    findings.add(unplaced(table, number, t));
                }
            } else if (head.equals("绩效指标")) {
                inIndicators = true;
            } else if (head.equals("总分")) {
                inIndicators = false;
                inAnalysis = true;
                if (cells.size() >= 2 && NUMBER.matcher(cells.get(1).text()).matches() && cells.size() <= 3) {
                    b.totalScore(new BigDecimal(cells.get(1).text()));
                    if (cells.size() == 3) {
                        b.gradeText(cells.get(2).text());
                    }
                } else {
                    findings.add(unplaced(table, number, t));
                }
            } else if (inIndicators) {
                Optional<EvaluatedIndicator> indicator = evaluated(cells, number, level);
                if (indicator.isPresent()) {
                    b.addIndicators(indicator.get());
                } else {
                    findings.add(unplaced(table, number, t));
                }
            } else if (inAnalysis && (head.equals("项目绩效分析") ? cells.size() == 3 : cells.size() == 2)) {
                String heading = cells.get(cells.size() - 2).text();
                b.putAnalysis(heading, cells.get(cells.size() - 1).text());
            } else {
                findings.add(unplaced(table, number, t));
            }
        }
        if (name == null) {
            return new Read<>(Optional.empty(), findings);
        }
        return new Read<>(
                Optional.of(
                        b.projectName(name).decimals(Math.max(2, moneyDecimals)).build()),
                findings);
    }

    /** The columns of the money line of a self-evaluation that the importer knows. */
    private static final List<String> MONEY_COLUMNS =
            List.of("目标申报数", "资金结（转）余", "资金结余", "预算编制数", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分");

    private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).compareTo(b.get(k)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    /**
     * An indicator line of a self-evaluation: up to two level names (一级, 二级), then 三级, 年初指标值,
     * 调整后指标值 and 实际完成值, then 分值 and 得分 (numbers) and the 偏差原因. Cells are shifted in
     * print, so they are read by count: four texts before the scores are name, initial, adjusted and
     * actual; three are initial, adjusted and actual when the first two agree (no name printed), else
     * name, initial and actual; two are initial and actual.
     */
    private static Optional<EvaluatedIndicator> evaluated(List<Cell> cells, int line, String[] level) {
        String level1 = level[0];
        String level2 = level[1];
        int k = 0;
        if (k < cells.size() && isCategoryAt(cells, k, Integer.MAX_VALUE)) {
            level1 = cells.get(k++).text();
        }
        if (k < cells.size() && cells.get(k).isKind()) {
            level2 = cells.get(k++).text();
        }
        List<String> rest =
                cells.subList(k, cells.size()).stream().map(Cell::text).toList();
        int end = rest.size();
        Optional<String> reason = Optional.empty();
        if (end >= 3 && !isNumber(rest.get(end - 1)) && isNumber(rest.get(end - 2)) && isNumber(rest.get(end - 3))) {
            reason = Optional.of(rest.get(end - 1));
            end--;
        }
        if (end < 4 || !isNumber(rest.get(end - 1)) || !isNumber(rest.get(end - 2)) || level2.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = rest.subList(0, end - 2);
        String name;
        String initial;
        Optional<String> adjusted;
        String actual;
        switch (texts.size()) {
            case 4 -> {
                name = texts.get(0);
                initial = texts.get(1);
                adjusted = Optional.of(texts.get(2));
                actual = texts.get(3);
            }
            case 3 -> {
                boolean noName = texts.get(0).equals(texts.get(1));
                name = noName ? "" : texts.get(0);
                initial = noName ? texts.get(0) : texts.get(1);
                adjusted = noName ? Optional.of(texts.get(1)) : Optional.empty();
                actual = texts.get(2);
            }
            case 2 -> {
                name = "";
                initial = texts.get(0);
                adjusted = Optional.empty();
                actual = texts.get(1);
            }
            default -> {
                return Optional.empty();
            }
        }
        level[0] = level1;
        level[1] = level2;
        return Optional.of(new EvaluatedIndicator(
                IndicatorCategory.fromLabel(level1),
                IndicatorKind.fromLabel(level2),
                level1,
                level2,
                name,
                TargetValue.parse(initial),
                adjusted.map(TargetValue::parse),
                TargetValue.parse(actual),
                Optional.of(new BigDecimal(rest.get(end - 2))),
                Optional.of(new BigDecimal(rest.get(end - 1))),
                reason,
                OptionalInt.of(line)));
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
