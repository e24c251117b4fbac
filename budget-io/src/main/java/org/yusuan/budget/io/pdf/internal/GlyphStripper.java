package org.yusuan.budget.io.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The glyphs of one page, as PDFBox positions them, in the page's top-down coordinates. */
public final class GlyphStripper extends PDFTextStripper {
    private final List<PageLayout.Glyph> glyphs = new ArrayList<>();

    /** A stripper. */
    public GlyphStripper() {
        super();
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * The glyphs of a page.
     *
     * @param document the document
     * @param page the 1-based page
     * @return the page's glyphs, spaces among them
     * @throws IOException if the page cannot be read
     */
    public List<PageLayout.Glyph> glyphs(PDDocument document, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        getText(document);
        return List.copyOf(glyphs);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            float h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f);
            glyphs.add(new PageLayout.Glyph(p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), h, u));
        }
    }
}
