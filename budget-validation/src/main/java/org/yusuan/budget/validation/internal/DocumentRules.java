package org.yusuan.budget.validation.internal;

import java.time.Year;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;

/**
 * The document as a whole, beyond its figures: text left from the template it was filled from
 * (上海市XX局), and years other than the document's where the words say which year a figure is.
 */
final class DocumentRules {
    /**
     * A template's placeholder: two or more placeholder marks in a row (XX局, ××单位, XXX万元), not
     * inside a Latin word, or 某某. A single 某 names an example unit in ordinary prose and is not one.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|某某");

    /** A year printed as a year (2024年, 2024年度). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})(?=年)");

    /**
     * A year that a change is measured from (比2023年度增加, 较2023年, 与2023年度相比); a bare 与 or 同
     * before a year is not one (参与2024年度…, 合同2024年…).
     */
    private static final Pattern COMPARED =
            Pattern.compile("(?:比|较)((?:19|20)[0-9]{2})年|与((?:19|20)[0-9]{2})年度?(?:相比|比较|同期)");

    private DocumentRules() {}

    private static Location named(String text, OptionalInt line) {
        return new Location(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text), Optional.empty(), line);
    }

    private static Location at(NarrativeFigure f) {
        return named(f.quote(), f.sourceLine());
    }

    private static Optional<String> placeholder(String text) {
        if (!mayHoldPlaceholder(text)) {
            return Optional.empty(); // most texts: no mark at all, so no pattern to match
        }
        Matcher m = PLACEHOLDER.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Whether a text has a character a placeholder starts with: what the pattern needs first. */
    static boolean mayHoldPlaceholder(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (startsPlaceholder(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a character is one a placeholder starts with: X, x, Ｘ, ｘ, × or 某. Most characters
     * of a name are ideographs, from U+4E00 to U+9FFF: one comparison tells them from the
     * full-width Xs (U+FF38, U+FF58) and a second from 某, where a switch over the six made three or
     * more.
     */
    static boolean startsPlaceholder(char c) {
        if (c >= '\u4E00') {
            return c > '\u9FFF' ? c == 'Ｘ' || c == 'ｘ' : c == '某';
        }
        return (c | 0x20) == 'x' || c == '×';
    }

    /**
     * DOC-PLACEHOLDER: the unit's and its department's names, the projects' names and implementing
     * units, the names of the table rows and the words of the narrative figures hold no placeholder
     * of a template. Each text is reported once, where it is first met.
     */
    static void placeholders(Disclosure d, Checker c, RuleContext x) {
        Set<String> reported = new LinkedHashSet<>();
        placeholder(
                d.unit().name(), "单位名称", "the unit's name", named(d.unit().name(), OptionalInt.empty()), reported, c);
        d.unit()
                .supervisingDepartment()
                .ifPresent(s -> placeholder(
                        s, "主管部门", "the supervising department", named(s, OptionalInt.empty()), reported, c));
        for (Project p : d.projects()) {
            OptionalInt line = p.target()
                    .map(t -> t.sourceLine())
                    .or(() -> p.evaluation().map(e -> e.sourceLine()))
                    .orElse(OptionalInt.empty());
            placeholder(p.name(), "项目名称", "the project's name", named(p.name(), line), reported, c);
            p.implementingUnit()
                    .ifPresent(u -> placeholder(u, "实施单位", "the implementing unit", named(u, line), reported, c));
        }
        DisclosureIndex index = DisclosureIndex.of(d);
        for (BudgetTable t : d.tables().values()) {
            // the names as the validation's index read them, without going back to every row
            TableIndex rows = index.table(t);
            for (int i = 0; i < rows.size(); i++) {
                if (mayHoldPlaceholder(rows.name(i))) {
                    Row row = rows.rows().get(i);
                    placeholder(
                            row.name(),
                            "表中行名",
                            "a row's name in " + t.kind(),
                            BuiltInRules.location(t, row),
                            reported,
                            c);
                }
            }
        }
        for (NarrativeFigure f : d.narrative()) {
            placeholder(f.quote(), "情况说明", "the narrative", at(f), reported, c);
        }
    }

    private static void placeholder(
            String text, String whatZh, String whatEn, Location where, Set<String> reported, Checker c) {
        Optional<String> mark = placeholder(text);
        if (mark.isEmpty() || !reported.add(text)) {
            return;
        }
        c.report(
                Severity.ERROR,
                where,
                whatZh + "「" + text + "」含模板占位符「" + mark.get() + "」，未按实际填写",
                whatEn + " \"" + text + "\" holds the template's placeholder \"" + mark.get()
                        + "\": it was not filled in");
    }

    /**
     * DOC-YEAR: a narrative figure that states a cell of this document's tables names no other year
     * than the document's (an ERROR), and a change is measured from the year before (a WARNING).
     * Figures whose words name neither are not checked: a year elsewhere in the text may be right.
     */
    static void years(Disclosure d, Checker c, RuleContext x) {
        int year = d.year().getValue();
        for (NarrativeFigure f : d.narrative()) {
            String words = f.quote();
            Matcher compared = COMPARED.matcher(words);
            Set<Integer> comparedYears = new LinkedHashSet<>();
            while (compared.find()) {
                int from = Integer.parseInt(compared.group(1) != null ? compared.group(1) : compared.group(2));
                comparedYears.add(from);
                if (from != year - 1) {
                    c.report(
                            Severity.WARNING,
                            at(f),
                            "情况说明「" + words + "」与" + from + "年比较，" + Year.of(year) + "年度的文件应与上年（" + (year - 1) + "年）比较",
                            "the narrative's \"" + words + "\" measures a change from " + from + ", not from "
                                    + (year - 1) + ", the year before the document's " + year);
                }
            }
            if (f.cell().isEmpty()) {
                continue; // which year an unlinked figure is about, its words alone do not say
            }
            Matcher m = YEAR.matcher(words);
            while (m.find()) {
                int named = Integer.parseInt(m.group(1));
                if (named != year && !comparedYears.contains(named)) {
                    c.report(
                            Severity.ERROR,
                            at(f),
                            "情况说明「" + words + "」所述为本文件" + year + "年度表中的数字，却写作" + named + "年",
                            "the narrative's \"" + words + "\" states a cell of this " + year
                                    + " document's tables but names the year " + named);
                    break;
                }
            }
        }
    }
}
