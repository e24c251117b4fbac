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

    private PageLayout() {}

    /**
     * The lines of a page, top to bottom.
     *
     * @param glyphs the page's glyphs
     * @param segments the page's ruling lines
     * @return the lines
     */
    public static List<Line> lines(List<Glyph> glyphs, List<PageContent.Segment> segments) {
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
        out.addAll(freeLines(free));
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
            if (h >= 2 && g.size() - h >= 2) {
                tables.add(g);
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
                int last = ((TreeMap<Integer, String>) row.getValue()).lastKey();
                for (int k = 0; k <= last; k++) {
                    line.add(row.getValue().getOrDefault(k, ""));
                }
                out.add(new Line(ys[row.getKey()] + 0.01f, line));
            }
            return out;
        }
    }

    /** A cell's text: its lines top to bottom, each left to right, joined without a break. */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder();
        for (List<Glyph> line : byBaseline(glyphs)) {
            for (List<Glyph> word : words(line, Float.MAX_VALUE)) {
                out.append(text(word));
            }
        }
        return out.toString();
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
            float size = Math.max(g.height(), 1f);
            if (!current.isEmpty() && g.x() - end > gap * size) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            end = Math.max(current.size() == 1 ? g.x() + g.width() : end, g.x() + g.width());
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

    /** Lines of the text outside tables, cut into cells at gaps wider than one and a half glyphs. */
    private static List<Line> freeLines(List<Glyph> glyphs) {
        List<Line> out = new ArrayList<>();
        for (List<Glyph> line : byBaseline(glyphs)) {
            List<String> cells = new ArrayList<>();
            for (List<Glyph> word : words(line, 1.5f)) {
                cells.add(text(word));
            }
            float top = (float)
                    line.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0);
            out.add(new Line(top, cells));
        }
        return out;
    }
}
