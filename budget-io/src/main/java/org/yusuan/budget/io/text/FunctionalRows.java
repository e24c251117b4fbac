package org.yusuan.budget.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;

/**
 * The printed rows of a table by functional code, in the variants real documents print them: the
 * code in its own column, inside the name ({@code [2080108] 信息化建设}), both, or neither (the name
 * only, resolved through the catalog among the children of the rows above); a name wrapped onto the
 * next line; the code column shifted one row against the names.
 */
final class FunctionalRows {
    private static final Pattern CODE = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");
    private static final Pattern CODE_IN_NAME = Pattern.compile("^[\\[【［](\\d{3}(?:\\d{2}){0,2})[\\]】］]\\s*(.*)$");
    private static final Pattern AMOUNT = Pattern.compile("^-?[0-9][0-9,]*(?:\\.[0-9]+)?$");

    private FunctionalRows() {}

    /**
     * A printed row: its code (empty when only the name is printed), its name, its amount cells,
     * and where it was printed.
     */
    static final class Raw {
        String code;
        String name;
        final String[] amounts;
        final int line;
        final String text;

        Raw(String code, String name, String[] amounts, int line, String text) {
            this.code = code;
            this.name = name;
            this.amounts = amounts;
            this.line = line;
            this.text = text;
        }

        boolean isTotal() {
            return code.isEmpty() && name.equals("合计");
        }

        /** The row as the reference layout prints it: code, name, amounts. */
        String[] fields() {
            String[] f = new String[amounts.length + 2];
            f[0] = isTotal() ? "合计" : code;
            f[1] = name;
            System.arraycopy(amounts, 0, f, 2, amounts.length);
            return f;
        }
    }

    /** The outcome of reading one printed line. */
    sealed interface Parsed permits Row, Continuation, Other {}

    /** A row of the table. */
    record Row(Raw raw) implements Parsed {}

    /** Text that continues the name of the row above (a cell wrapped onto the next line). */
    record Continuation(String text) implements Parsed {}

    /** Anything else: a header, or a line that cannot be placed. */
    record Other() implements Parsed {}

    private static boolean isAmount(String cell) {
        return AMOUNT.matcher(cell).matches();
    }

    private static boolean amountsOnly(String[] f, int from) {
        return Arrays.stream(f, Math.min(from, f.length), f.length)
                .map(String::strip)
                .allMatch(c -> c.isEmpty() || isAmount(c));
    }

    private static boolean anyAmount(String[] f, int from) {
        return Arrays.stream(f, Math.min(from, f.length), f.length)
                .map(String::strip)
                .anyMatch(FunctionalRows::isAmount);
    }

    /**
     * Reads a printed line: {@code code | name | amounts…} (the reference layout), {@code 合计 | |
     * amounts…}, {@code | [code] name | amounts…}, {@code [code] name | amounts…}, {@code | name |
     * amounts…} or {@code name | amounts…} (a name only, to be resolved), or a single text cell
     * right after a row (a wrapped name).
     *
     * @param afterRow whether the last line that carried anything was a row
     */
    static Parsed parse(String[] f, int line, String text, boolean afterRow, ClassificationCatalog catalog) {
        String first = f[0].strip();
        String second = f.length > 1 ? f[1].strip() : "";
        if (CODE.matcher(first).matches()) {
            Matcher inName = CODE_IN_NAME.matcher(second);
            String name = inName.matches() && inName.group(1).equals(first) ? inName.group(2) : second;
            return new Row(new Raw(first, name, rest(f, 2), line, text));
        }
        if (first.equals("合计")) {
            // 合计 | | amounts… beside a code column; 合计 | amounts… where the name column is the first
            return new Row(new Raw("", "合计", rest(f, second.isEmpty() ? 2 : 1), line, text));
        }
        Matcher inFirst = CODE_IN_NAME.matcher(first);
        if (inFirst.matches() && amountsOnly(f, 1)) {
            return new Row(new Raw(inFirst.group(1), inFirst.group(2), rest(f, 1), line, text));
        }
        Matcher inSecond = CODE_IN_NAME.matcher(second);
        if (first.isEmpty() && inSecond.matches() && amountsOnly(f, 2)) {
            return new Row(new Raw(inSecond.group(1), inSecond.group(2), rest(f, 2), line, text));
        }
        if (isNumbering(f)) {
            return new Other();
        }
        long cells = Arrays.stream(f).filter(c -> !c.isBlank()).count();
        String only = first.isEmpty() ? second : first;
        if (cells == 1 && !only.isEmpty() && !isAmount(only) && afterRow && !resolvesAlone(only, catalog)) {
            return new Continuation(only);
        }
        if (first.isEmpty() && !second.isEmpty() && !isAmount(second) && amountsOnly(f, 2)) {
            if (anyAmount(f, 2) || resolvesAlone(second, catalog)) {
                return new Row(new Raw("", second, rest(f, 2), line, text));
            }
        }
        if (!first.isEmpty() && !isAmount(first) && amountsOnly(f, 1)) {
            if (anyAmount(f, 1) || resolvesAlone(first, catalog)) {
                return new Row(new Raw("", first, rest(f, 1), line, text));
            }
        }
        return new Other();
    }

    /** Whether a text is the exact name of some functional code (so a row, not a wrapped name). */
    private static boolean resolvesAlone(String name, ClassificationCatalog catalog) {
        NameResolution<FunctionalCode> r = catalog.resolveFunctional(name);
        return r.match().filter(m -> m != NameResolution.Match.CUT_SHORT).isPresent()
                || r.status() == NameResolution.Status.AMBIGUOUS;
    }

    /** Whether a line is the header's column numbering ({@code 栏次 | 1 | 2 | 3 …}). */
    private static boolean isNumbering(String[] f) {
        List<String> numbers = Arrays.stream(f)
                .map(String::strip)
                .filter(c -> !c.isEmpty() && !HEADER_WORDS.contains(c))
                .toList();
        for (int k = 0; k < numbers.size(); k++) {
            if (!numbers.get(k).equals(String.valueOf(k + 1))) {
                return false;
            }
        }
        return numbers.size() >= 2;
    }

    private static final List<String> HEADER_WORDS = List.of("栏次", "行次", "项目", "科目名称", "科目编码");

    private static final Pattern CLASS_DIGITS = Pattern.compile("^\\d{3}$");
    private static final Pattern TWO_DIGITS = Pattern.compile("^\\d{2}$");

    /**
     * Whether a printed line has the heads of a code split into 类 | 款 | 项 columns (Shanghai's
     * format), as its first cells.
     */
    static boolean splitHeads(String[] f) {
        return f.length >= 3
                && f[0].strip().equals("类")
                && f[1].strip().equals("款")
                && f[2].strip().equals("项");
    }

    /**
     * A line of a table whose code is split into 类 | 款 | 项 columns, as the reference layout prints
     * it: the code joined ({@code 201 | 06 | 01} is 2010601), then the name and the amounts. The 合计
     * row, printed beside the heads or across the code columns, becomes {@code 合计 | | amounts…};
     * a header line is left as it is.
     */
    static String[] joinCodes(String[] f) {
        if (f.length < 4) {
            return f;
        }
        String a = f[0].strip();
        String b = f[1].strip();
        String c = f[2].strip();
        String name = f[3].strip();
        String head;
        if (splitHeads(f) || (a.isEmpty() && b.isEmpty() && c.isEmpty())) {
            if (!name.equals("合计")) {
                return f;
            }
            head = "合计";
            name = "";
        } else if (a.equals("合计") && b.isEmpty() && c.isEmpty()) {
            head = "合计";
        } else if (CLASS_DIGITS.matcher(a).matches()
                && (b.isEmpty() ? c.isEmpty() : TWO_DIGITS.matcher(b).matches())
                && (c.isEmpty() || TWO_DIGITS.matcher(c).matches())) {
            head = a + b + c;
        } else {
            return f;
        }
        String[] out = new String[f.length - 2];
        out[0] = head;
        out[1] = name;
        System.arraycopy(f, 4, out, 2, f.length - 4);
        return out;
    }

    private static String[] rest(String[] f, int from) {
        return from >= f.length ? new String[0] : Arrays.copyOfRange(f, from, f.length);
    }

    /** Whether the catalog knows a code and its name fits the printed one. */
    private static Optional<Boolean> fits(String code, String name, ClassificationCatalog catalog) {
        if (code.isEmpty() || !FunctionalCode.isWellFormed(code)) {
            return Optional.empty();
        }
        FunctionalCode c = FunctionalCode.of(code);
        if (catalog.functional(c).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(catalog.resolveFunctional(name, c::equals).isResolved());
    }

    /**
     * Realigns a code column printed one row off its names: when the codes as printed contradict
     * the catalog's names and the codes of the row below (or above) fit every name the catalog
     * knows, the codes are moved by that row and an {@code INFO} finding says so. Otherwise the
     * rows are left as printed.
     */
    static void align(List<Raw> raws, ClassificationCatalog catalog, TableKind kind, List<Finding> findings) {
        List<Raw> coded = raws.stream().filter(r -> !r.isTotal()).toList();
        int[] misfits = new int[3];
        int[] matches = new int[3];
        // the codes as printed first: the rows one off are only looked at when these contradict the catalog
        for (int d : new int[] {0, -1, 1}) {
            for (int j = 0; j < coded.size(); j++) {
                int from = j + d;
                if (from < 0 || from >= coded.size() || coded.get(j).name.isEmpty()) {
                    continue;
                }
                Optional<Boolean> fit = fits(coded.get(from).code, coded.get(j).name, catalog);
                if (fit.isPresent()) {
                    if (fit.get()) {
                        matches[d + 1]++;
                    } else {
                        misfits[d + 1]++;
                    }
                }
            }
            if (d == 0 && misfits[1] == 0) {
                return;
            }
        }
        for (int d : new int[] {1, -1}) {
            if (misfits[d + 1] == 0 && matches[d + 1] >= 2 && matches[d + 1] > matches[1]) {
                List<String> codes = coded.stream().map(r -> r.code).toList();
                for (int j = 0; j < coded.size(); j++) {
                    int from = j + d;
                    coded.get(j).code = from >= 0 && from < codes.size() ? codes.get(from) : "";
                }
                // a line that held only a code gave it away
                raws.removeIf(r -> r.name.isEmpty() && Arrays.stream(r.amounts).allMatch(String::isBlank));
                Raw first = coded.get(0);
                findings.add(DisclosureImporter.finding(
                        "IMP-LINE",
                        Severity.INFO,
                        first.line,
                        first.text,
                        kind.title() + "的科目编码列与科目名称错开一行，已按目录名称对齐（" + matches[d + 1] + "行核对一致）",
                        "the code column of " + kind + " is printed one row " + (d > 0 ? "below" : "above")
                                + " its names; realigned, " + matches[d + 1] + " names agree with the catalog"));
                return;
            }
        }
    }

    /**
     * Gives every row printed without a code the code its name has in the catalog: among the 项 of
     * the 款 above it, else the 款 of the 类 above it, else the 类. A name the catalog does not
     * resolve there is an {@code IMP-LINE} finding and the row is dropped from the table.
     */
    static void resolve(List<Raw> raws, ClassificationCatalog catalog, TableKind kind, List<Finding> findings) {
        FunctionalCode classCode = null;
        FunctionalCode section = null;
        for (var it = raws.iterator(); it.hasNext(); ) {
            Raw raw = it.next();
            if (raw.isTotal()) {
                continue;
            }
            if (raw.code.isEmpty()) {
                Optional<FunctionalCode> code = Optional.empty();
                List<Predicate<FunctionalCode>> places = new ArrayList<>();
                FunctionalCode s = section;
                FunctionalCode k = classCode;
                if (s != null) {
                    places.add(c -> c.parent().equals(Optional.of(s)));
                }
                if (k != null) {
                    places.add(c -> c.parent().equals(Optional.of(k)));
                }
                places.add(c -> c.level() == CodeLevel.CLASS);
                for (Predicate<FunctionalCode> place : places) {
                    code = catalog.resolveFunctional(raw.name, place).code();
                    if (code.isPresent()) {
                        break;
                    }
                }
                if (code.isEmpty()) {
                    findings.add(DisclosureImporter.finding(
                            "IMP-LINE",
                            Severity.WARNING,
                            raw.line,
                            raw.text,
                            kind.title() + "中的科目「" + raw.name + "」未印编码，目录（" + catalog.edition() + "）中也无法唯一确定：「"
                                    + raw.text + "」",
                            "the row \"" + raw.name + "\" of " + kind + " has no code and its name does not resolve"
                                    + " to one code in the catalog (" + catalog.edition() + ")"));
                    it.remove();
                    continue;
                }
                raw.code = code.get().digits();
            }
            if (!FunctionalCode.isWellFormed(raw.code)) {
                continue;
            }
            FunctionalCode code = FunctionalCode.of(raw.code);
            if (code.level() == CodeLevel.CLASS) {
                classCode = code;
                section = null;
            } else if (code.level() == CodeLevel.SECTION) {
                section = code;
                classCode = code.parent().orElse(classCode);
            }
        }
    }
}
