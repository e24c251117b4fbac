package org.yusuan.budget.io.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds the printed lines of one page from its glyphs and ruling lines: a table drawn with
 * rules becomes one line per row of its grid, one tab-separated cell per column, a cell merged over
 * several columns or rows written once at its top left, the lines of a cell's wrapped text joined;
 * text outside tables becomes lines by baseline, cut into cells where the gap between glyphs is
 * wider than the type (how a table printed without rules separates its columns).
 */
public final class PageLayout {
    /** A glyph: its left x and baseline y from the page's top left, width, height and text. */
    public record Glyph(float x, float y, float width, float height, String text) {
        float cx() {
            return x + width / 2;
        }

        float cy() {
            return y - height / 2;
        }
    }

    /** A printed line: its cells and how far down the page it is. */
    public record Line(float y, List<String> cells) {}

    private static final float SNAP = 1.5f;
    private static final java.util.regex.Pattern AMOUNT =
            java.util.regex.Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?");

    private PageLayout() {}

    /**
     * The lines of a page, top to bottom.
     *
     * @param glyphs the page's glyphs
     * @param segments the page's ruling lines
     * @return the lines
     */
    public static List<Line> lines(List<Glyph> glyphs, List<PageContent.Segment> segments) {
        return lines(glyphs, segments, new Carry());
    }

    /**
     * What goes on from one page to the next: the lines of a table without rules that reached the
     * bottom of the page, whose columns its continuation on the next page keeps (its header is not
     * printed again).
     */
    public static final class Carry {
        private List<List<Word>> run = List.of();

        /** Nothing carried, as before a document's first page. */
        public Carry() {}
    }

    /**
     * The lines of a page of a document, top to bottom, a table without rules that goes on from
     * the previous page keeping its columns.
     *
     * @param glyphs the page's glyphs
     * @param segments the page's ruling lines
     * @param carry what the previous page left, updated for the next
     * @return the lines
     */
    public static List<Line> lines(List<Glyph> glyphs, List<PageContent.Segment> segments, Carry carry) {
        List<Line> out = new ArrayList<>();
        List<Glyph> free = new ArrayList<>(glyphs);
        for (List<PageContent.Segment> table : tables(segments)) {
            Grid grid = new Grid(table);
            List<Glyph> inside = new ArrayList<>();
            for (var it = free.iterator(); it.hasNext(); ) {
                Glyph g = it.next();
                if (grid.contains(g)) {
                    inside.add(g);
                    it.remove();
                }
            }
            out.addAll(grid.lines(inside));
        }
        out.addAll(freeLines(free, carry));
        out.sort(Comparator.comparingDouble(Line::y));
        return out;
    }

    /** The groups of rules that touch one another and form a grid (two rules each way at least). */
    private static List<List<PageContent.Segment>> tables(List<PageContent.Segment> segments) {
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<PageContent.Segment>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(segments.get(i));
        }
        List<List<PageContent.Segment>> tables = new ArrayList<>();
        for (List<PageContent.Segment> g : groups.values()) {
            long h = g.stream().filter(PageContent.Segment::horizontal).count();
            // two rules each way at least, and more than one box: a frame around the page or a
            // paragraph is not a table
            if (h >= 2 && g.size() - h >= 2) {
                Grid grid = new Grid(g);
                if (grid.xs.length > 2 || grid.ys.length > 2) {
                    tables.add(g);
                }
            }
        }
        return tables;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(PageContent.Segment s, PageContent.Segment t) {
        if (s.horizontal() == t.horizontal()) {
            return Math.abs(s.at() - t.at()) <= SNAP && s.a() <= t.b() + SNAP && t.a() <= s.b() + SNAP;
        }
        PageContent.Segment h = s.horizontal() ? s : t;
        PageContent.Segment v = s.horizontal() ? t : s;
        return v.at() >= h.a() - SNAP && v.at() <= h.b() + SNAP && h.at() >= v.a() - SNAP && h.at() <= v.b() + SNAP;
    }

    /** A table's grid: the distinct positions of its rules, and the rules themselves. */
    private static final class Grid {
        private final float[] xs;
        private final float[] ys;
        private final List<PageContent.Segment> rules;

        Grid(List<PageContent.Segment> rules) {
            this.rules = rules;
            this.xs = positions(rules, false);
            this.ys = positions(rules, true);
        }

        private static float[] positions(List<PageContent.Segment> rules, boolean horizontal) {
            List<Float> at = rules.stream()
                    .filter(r -> r.horizontal() == horizontal)
                    .map(PageContent.Segment::at)
                    .sorted()
                    .toList();
            List<Float> distinct = new ArrayList<>();
            for (float a : at) {
                if (distinct.isEmpty() || a - distinct.get(distinct.size() - 1) > SNAP) {
                    distinct.add(a);
                }
            }
            float[] out = new float[distinct.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = distinct.get(i);
            }
            return out;
        }

        boolean contains(Glyph g) {
            return g.cx() > xs[0] && g.cx() < xs[xs.length - 1] && g.cy() > ys[0] && g.cy() < ys[ys.length - 1];
        }

        private static int band(float[] at, float v) {
            for (int i = 0; i + 1 < at.length; i++) {
                if (v < at[i + 1]) {
                    return i;
                }
            }
            return at.length - 2;
        }

        /** Whether a rule at x = xs[k] (vertical) separates the bands around it at height y. */
        private boolean vertical(int k, float y) {
            for (PageContent.Segment r : rules) {
                if (!r.horizontal() && Math.abs(r.at() - xs[k]) <= SNAP && r.a() <= y && r.b() >= y) {
                    return true;
                }
            }
            return false;
        }

        private boolean horizontal(int k, float x) {
            for (PageContent.Segment r : rules) {
                if (r.horizontal() && Math.abs(r.at() - ys[k]) <= SNAP && r.a() <= x && r.b() >= x) {
                    return true;
                }
            }
            return false;
        }

        List<Line> lines(List<Glyph> glyphs) {
            // each glyph into the cell that holds it: the grid box grown until a rule bounds it
            Map<Long, List<Glyph>> cells = new HashMap<>();
            for (Glyph g : glyphs) {
                int c = band(xs, g.cx());
                int r = band(ys, g.cy());
                float midY = (ys[r] + ys[r + 1]) / 2;
                int left = c;
                while (left > 0 && !vertical(left, midY)) {
                    left--;
                }
                int right = c + 1;
                while (right < xs.length - 1 && !vertical(right, midY)) {
                    right++;
                }
                float midX = (xs[c] + xs[c + 1]) / 2;
                int top = r;
                while (top > 0 && !horizontal(top, midX)) {
                    top--;
                }
                cells.computeIfAbsent(((long) top << 32) | left, k -> new ArrayList<>())
                        .add(g);
            }
            Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
            for (var e : cells.entrySet()) {
                int top = (int) (e.getKey() >> 32);
                int left = (int) (long) e.getKey();
                rows.computeIfAbsent(top, k -> new TreeMap<>()).put(left, cellText(e.getValue()));
            }
            List<Line> out = new ArrayList<>();
            for (var row : rows.entrySet()) {
                List<String> line = new ArrayList<>();
                // every column of the grid, so a row of blank cells keeps its width
                for (int k = 0; k < xs.length - 1; k++) {
                    line.add(row.getValue().getOrDefault(k, ""));
                }
                out.add(new Line(ys[row.getKey()] + 0.01f, line));
            }
            return out;
        }
    }

    /**
     * A cell's text: its lines top to bottom, each left to right, joined without a break (a name
     * wrapped in its cell is one name), spaces as printed, a letter-spaced text (因 公 出 国) closed up.
     */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder();
        for (List<Glyph> line : byBaseline(glyphs)) {
            for (List<Glyph> word : words(line, Float.MAX_VALUE)) {
                out.append(text(word).strip());
            }
        }
        return tidy(out.toString());
    }

    /** Runs of whitespace as one space, and a text spaced letter by letter closed up. */
    static String tidy(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.matches("([^\\x00-\\x7F] )+[^\\x00-\\x7F]") && t.length() >= 5 ? t.replace(" ", "") : t;
    }

    /** The glyphs in lines by baseline, top to bottom, each line left to right. */
    private static List<List<Glyph>> byBaseline(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - base) > Math.max(2f, g.height() * 0.5f)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /** A line's glyphs cut where the gap between two is wider than {@code gap} times the type. */
    private static List<List<Glyph>> words(List<Glyph> line, float gap) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float end = Float.NaN;
        for (Glyph g : line) {
            if (g.text().isBlank()) {
                current.add(g); // a space belongs to the word it is in; it does not close a gap
                continue;
            }
            float size = Math.max(g.height(), 1f);
            if (!current.isEmpty() && !Float.isNaN(end) && g.x() - end > gap * size) {
                out.add(current);
                current = new ArrayList<>();
                end = Float.NaN;
            }
            current.add(g);
            end = Float.isNaN(end) ? g.x() + g.width() : Math.max(end, g.x() + g.width());
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static String text(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder();
        for (Glyph g : glyphs) {
            out.append(g.text());
        }
        return out.toString();
    }

    /** A cell of text outside a ruled table: its text and horizontal extent. */
    private record Word(String text, float x0, float x1) {}

    /**
     * Lines of the text outside ruled tables, cut into cells at gaps wider than one and a half
     * glyphs; a run of such lines that is a table printed without rules gets its columns from
     * the x-positions of its fullest lines (its header), each cell put in the column it overlaps
     * most, so a blank cell stays a blank cell.
     */
    private static List<Line> freeLines(List<Glyph> glyphs, Carry carry) {
        List<Float> tops = new ArrayList<>();
        List<List<Word>> lines = new ArrayList<>();
        for (List<Glyph> line : byBaseline(glyphs)) {
            List<Word> words = new ArrayList<>();
            for (List<Glyph> word : words(line, 1.5f)) {
                String cell = tidy(text(word));
                if (!cell.isEmpty()) {
                    List<Glyph> ink =
                            word.stream().filter(g -> !g.text().isBlank()).toList();
                    float x0 = (float) ink.stream().mapToDouble(Glyph::x).min().orElse(0);
                    float x1 = (float) ink.stream()
                            .mapToDouble(g -> g.x() + g.width())
                            .max()
                            .orElse(0);
                    words.add(new Word(cell, x0, x1));
                }
            }
            if (!words.isEmpty()) {
                lines.add(words);
                tops.add((float)
                        line.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0));
            }
        }
        List<Line> out = new ArrayList<>();
        List<List<Word>> carried = carry.run;
        carry.run = List.of();
        int i = 0;
        while (i < lines.size()) {
            boolean continues = i == 0 && !carried.isEmpty();
            if (!continues && lines.get(i).size() < 2) {
                out.add(plain(tops.get(i), lines.get(i)));
                i++;
                continue;
            }
            // a run of lines with several cells in the same columns, and the one-cell lines among
            // them that lie over one column (a row whose other cells are blank); a line whose cells
            // fall across the columns starts another run (the next table)
            List<List<Word>> run = continues ? new ArrayList<>(carried) : new ArrayList<>(List.of(lines.get(i)));
            carried = List.of();
            float[][] columns = columns(run);
            int j = continues ? i : i + 1;
            int pending = j;
            while (pending < lines.size()) {
                List<Word> line = lines.get(pending);
                if (line.size() >= 2) {
                    List<List<Word>> grown = new ArrayList<>(run);
                    grown.addAll(lines.subList(j, pending + 1));
                    float[][] wider = columns(grown);
                    if (!consistent(grown, wider)) {
                        break;
                    }
                    run = grown;
                    columns = wider;
                    j = pending + 1;
                } else if (!fitsOneColumn(line.get(0), columns)) {
                    break;
                }
                pending++;
            }
            if (pending == lines.size() && j > i) {
                // one-cell rows at the bottom of the page stay in the table, which may go on
                run.addAll(lines.subList(j, pending));
                j = pending;
            }
            if (j == i) {
                continue; // the table of the previous page does not go on here
            }
            for (int k = i; k < j; k++) {
                out.add(placed(tops.get(k), lines.get(k), columns));
            }
            if (j == lines.size()) {
                carry.run = run; // reached the bottom of the page: may go on over the next
            }
            i = j;
        }
        return out;
    }

    private static Line plain(float top, List<Word> words) {
        return new Line(top, words.stream().map(Word::text).toList());
    }

    /**
     * The columns of a run of lines: the extents of its cells merged where they overlap, leaving
     * out a cell that spans two cells of another line (a header over several columns).
     */
    private static float[][] columns(List<List<Word>> run) {
        List<float[]> extents = new ArrayList<>();
        for (List<Word> line : run) {
            if (line.size() < 2) {
                continue;
            }
            for (Word w : line) {
                if (!spans(w, line, run)) {
                    extents.add(new float[] {w.x0(), w.x1()});
                }
            }
        }
        extents.sort(Comparator.comparingDouble(e -> e[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] e : extents) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && e[0] < last[1]) {
                last[1] = Math.max(last[1], e[1]);
            } else {
                merged.add(new float[] {e[0], e[1]});
            }
        }
        return merged.toArray(float[][]::new);
    }

    /**
     * Whether the lines of a run fall in its columns: no two cells of a line over the same column
     * (a cell over several cells of another line, a header, left out).
     */
    private static boolean consistent(List<List<Word>> run, float[][] columns) {
        for (List<Word> line : run) {
            if (line.size() < 2) {
                continue;
            }
            boolean[] taken = new boolean[columns.length];
            for (Word w : line) {
                if (spans(w, line, run)) {
                    continue;
                }
                int c = nearest(w, columns);
                if (taken[c]) {
                    return false;
                }
                taken[c] = true;
            }
        }
        return true;
    }

    /**
     * Whether a cell of a header (a line without amounts) lies over two cells or more of another
     * line of the run.
     */
    private static boolean spans(Word w, List<Word> own, List<List<Word>> run) {
        if (own.stream().anyMatch(o -> AMOUNT.matcher(o.text()).matches())) {
            return false;
        }
        for (List<Word> other : run) {
            if (other != own
                    && other.stream()
                                    .filter(o -> o.x0() < w.x1() && w.x0() < o.x1())
                                    .count()
                            >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The column a cell overlaps most, else the one nearest to it. */
    private static int nearest(Word w, float[][] columns) {
        int best = 0;
        float bestScore = -Float.MAX_VALUE;
        for (int c = 0; c < columns.length; c++) {
            float overlap = Math.min(w.x1(), columns[c][1]) - Math.max(w.x0(), columns[c][0]);
            float score = overlap > 0
                    ? overlap
                    : -Math.abs((w.x0() + w.x1()) / 2 - (columns[c][0] + columns[c][1]) / 2) - 1e6f;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a lone cell lies over exactly one of the columns (a row whose other cells are blank). */
    private static boolean fitsOneColumn(Word w, float[][] columns) {
        int over = 0;
        for (float[] c : columns) {
            if (w.x0() < c[1] && c[0] < w.x1()) {
                over++;
            }
        }
        return over == 1;
    }

    /** A line's cells in the run's columns: each in the column it overlaps most, else as printed. */
    private static Line placed(float top, List<Word> words, float[][] columns) {
        if (columns.length == 0) {
            return plain(top, words);
        }
        String[] cells = new String[columns.length];
        java.util.Arrays.fill(cells, "");
        for (Word w : words) {
            int best = nearest(w, columns);
            if (!cells[best].isEmpty()) {
                return plain(top, words); // two cells in one column: leave the line as printed
            }
            cells[best] = w.text();
        }
        return new Line(top, List.of(cells));
    }
}
