package org.yusuan.budget.io.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and cells from glyphs and rules, on small hand-made pages. */
class PageLayoutTest {
    /** The glyphs of a text, one square of {@code size} each, from x on the baseline y. */
    private static List<PageLayout.Glyph> text(String text, float x, float y) {
        List<PageLayout.Glyph> out = new ArrayList<>();
        float size = 10;
        for (int i = 0; i < text.length(); i++) {
            out.add(new PageLayout.Glyph(x + i * size, y, size, size, String.valueOf(text.charAt(i))));
        }
        return out;
    }

    private static PageContent.Segment h(float y, float x0, float x1) {
        return new PageContent.Segment(true, y, x0, x1);
    }

    private static PageContent.Segment v(float x, float y0, float y1) {
        return new PageContent.Segment(false, x, y0, y1);
    }

    private static List<String> lines(List<PageLayout.Glyph> glyphs, List<PageContent.Segment> rules) {
        return PageLayout.lines(glyphs, rules).stream()
                .map(l -> String.join("|", l.cells()))
                .toList();
    }

    @Test
    void aCellMergedOverColumnsIsWrittenOnceAtItsLeftAndAWrappedNameIsJoined() {
        // two columns of 100 under a header cell over both; a name wrapped over two lines
        List<PageContent.Segment> rules = List.of(
                h(0, 0, 300),
                h(20, 100, 300),
                h(40, 0, 300),
                h(80, 0, 300),
                v(0, 0, 80),
                v(100, 0, 80),
                v(200, 20, 80),
                v(300, 0, 80));
        List<PageLayout.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("项目", 10, 35)); // over both rows of the header
        glyphs.addAll(text("2025年", 110, 15)); // over both columns
        glyphs.addAll(text("合计", 110, 35));
        glyphs.addAll(text("其中", 210, 35));
        glyphs.addAll(text("基本养老保", 5, 55));
        glyphs.addAll(text("险缴费", 5, 70));
        glyphs.addAll(text("1.00", 160, 65));

        assertThat(lines(glyphs, rules)).containsExactly("项目|2025年|", "|合计|其中", "基本养老保险缴费|1.00|");
    }

    @Test
    void aFrameAroundTextIsNotATable() {
        List<PageContent.Segment> frame = List.of(h(0, 0, 500), h(200, 0, 500), v(0, 0, 200), v(500, 0, 200));
        List<PageLayout.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("第一部分概况", 20, 30));
        glyphs.addAll(text("一、主要职能", 20, 60));

        assertThat(lines(glyphs, frame)).containsExactly("第一部分概况", "一、主要职能");
    }

    @Test
    void aTableWithoutRulesKeepsItsBlankCells() {
        List<PageLayout.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("项目", 0, 10));
        glyphs.addAll(text("合计", 150, 10));
        glyphs.addAll(text("基本", 250, 10));
        glyphs.addAll(text("行政运行", 0, 30));
        glyphs.addAll(text("8.37", 250, 30)); // 合计 blank
        glyphs.addAll(text("事业运行", 0, 50)); // all blank

        assertThat(lines(glyphs, List.of())).containsExactly("项目|合计|基本", "行政运行||8.37", "事业运行||");
    }

    @Test
    void letterSpacedTextIsClosedUpAndOtherSpacesKept() {
        assertThat(PageLayout.tidy("因 公 出 国 （ 境 ） 费 用")).isEqualTo("因公出国（境）费用");
        assertThat(PageLayout.tidy("工伤保险区块链技术  地方标准")).isEqualTo("工伤保险区块链技术 地方标准");
        assertThat(PageLayout.tidy("1 2 3 4 5")).isEqualTo("1 2 3 4 5");
    }
}
