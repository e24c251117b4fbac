package org.yusuan.budget.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;

/**
 * The tables a disclosure must publish, by kind of disclosure and regional format, and the
 * {@code IMP-MISSING} finding for each one an imported disclosure lacks.
 *
 * <p>Known lists: the provincial (Shanxi) budget, its 13 tables; the provincial final accounts,
 * 公开01–10; Shanghai's final accounts, the nine tables of the 2024 template (附件2：部门决算模板): 收入支出决算总表,
 * 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表, 一般公共预算财政拨款基本支出决算表 (read as
 * {@link TableKind#FINAL_BASIC_EXPENDITURE_DETAIL}), 财政拨款“三公”经费支出决算表, 政府性基金预算财政拨款收入支出决算表
 * and 国有资本经营预算财政拨款收入支出决算表 (read as {@link TableKind#FINAL_STATE_CAPITAL}). A Shanghai budget
 * has no list here yet, and is not checked.
 */
public final class RequiredTables {
    /** The finding id of a missing required table. */
    public static final String MISSING = "IMP-MISSING";

    /** The regional formats whose lists are known. */
    public enum Format {
        /** The provincial format of the reference documents (Shanxi): 预算公开表1–13, 公开01–10表. */
        PROVINCIAL,
        /** Shanghai's municipal and district format. */
        SHANGHAI
    }

    private RequiredTables() {}

    /**
     * The regional format of a disclosure, where the unit's name tells it: Shanghai's when it starts
     * with 上海, the provincial (Shanxi) format when it starts with 山西 or 晋 (its cities: 晋城, 晋中);
     * empty otherwise, since another region's list of tables is not known and guessing it would
     * report tables as missing that the region never asks for.
     *
     * @param disclosure the disclosure
     * @return its format, if known
     */
    public static Optional<Format> formatOf(Disclosure disclosure) {
        String name = disclosure.unit().name().strip();
        if (name.startsWith("上海")) {
            return Optional.of(Format.SHANGHAI);
        }
        return name.startsWith("山西") || name.startsWith("晋") ? Optional.of(Format.PROVINCIAL) : Optional.empty();
    }

    /**
     * The tables a disclosure of a kind and format must publish, in their printed order.
     *
     * @param kind budget or final accounts
     * @param format the regional format
     * @return the tables, empty when no list is known
     */
    public static List<TableKind> required(DisclosureKind kind, Format format) {
        if (format == Format.SHANGHAI) {
            return kind == DisclosureKind.FINAL_ACCOUNTS
                    ? List.of(
                            TableKind.FINAL_SUMMARY,
                            TableKind.FINAL_INCOME,
                            TableKind.FINAL_EXPENDITURE,
                            TableKind.FINAL_APPROPRIATION_SUMMARY,
                            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                            TableKind.FINAL_BASIC_EXPENDITURE_DETAIL,
                            TableKind.FINAL_THREE_PUBLIC_EXPENSES,
                            TableKind.FINAL_GOVERNMENT_FUND,
                            TableKind.FINAL_STATE_CAPITAL)
                    : List.of();
        }
        List<TableKind> all = new ArrayList<>();
        for (TableKind t : TableKind.values()) {
            if (t.disclosure() == kind) {
                all.add(t);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The printed title of a table in a format (Shanghai titles two tables otherwise).
     *
     * @param table the table
     * @param format the format
     * @return its title
     */
    public static String title(TableKind table, Format format) {
        if (format == Format.SHANGHAI) {
            if (table == TableKind.FINAL_BASIC_EXPENDITURE_DETAIL) {
                return "一般公共预算财政拨款基本支出决算表";
            }
            if (table == TableKind.FINAL_STATE_CAPITAL) {
                return "国有资本经营预算财政拨款收入支出决算表";
            }
        }
        return table.title();
    }

    /**
     * An {@code IMP-MISSING} warning for each required table the disclosure does not have; a table
     * that was recognised but not read (an {@code IMP-TABLE} finding locating it) is not missing.
     * Nothing for a disclosure whose regional format is not known ({@link #formatOf}).
     *
     * @param disclosure the imported disclosure
     * @param findings the import's findings
     * @return the findings, in the order of the list
     */
    public static List<Finding> check(Disclosure disclosure, List<Finding> findings) {
        Optional<Format> known = formatOf(disclosure);
        if (known.isEmpty()) {
            return List.of();
        }
        Format format = known.get();
        List<Finding> out = new ArrayList<>();
        for (TableKind t : required(disclosure.kind(), format)) {
            boolean recognised = findings.stream()
                    .anyMatch(f -> f.ruleId().equals("IMP-TABLE")
                            && f.location().table().equals(Optional.of(t)));
            if (disclosure.tables().containsKey(t) || recognised) {
                continue;
            }
            String title = title(t, format);
            out.add(Finding.of(
                    MISSING,
                    Severity.WARNING,
                    new Location(
                            Optional.of(t),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(title),
                            Optional.empty(),
                            OptionalInt.empty()),
                    "未找到必须公开的表格「" + title + "」",
                    "the required table \"" + title + "\" (" + t + ") was not found"));
        }
        return out;
    }
}
