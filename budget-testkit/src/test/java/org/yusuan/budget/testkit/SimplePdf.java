package org.yusuan.budget.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes text in the importer's form (one printed line a line, cells separated by tabs) as a
 * simple PDF: each run of lines with tabs a table ruled as a grid, one column per cell, the other
 * lines as plain text; a fixed number of lines a page, so tables go on over pages, and a new page
 * at a line holding only a form feed ({@code \f}). The font is a
 * CID font with a ToUnicode map and no glyphs embedded (no CJK font is needed to write it, and a
 * reader sees the right text).
 */
final class SimplePdf {
    private static final float SIZE = 9f;
    private static final float ROW = 16f;
    private static final float MARGIN = 36f;

    private SimplePdf() {}

    /** The width of a text in points: ASCII half a square, everything else a square. */
    private static float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x80 ? SIZE / 2 : SIZE;
        }
        return w;
    }

    static byte[] write(String text, int linesPerPage, boolean ruled) {
        return write(text, linesPerPage, ruled, 0);
    }

    /**
     * As {@link #write(String, int, boolean)}, the pages portrait with {@code /Rotate 90} or {@code
     * 270} (how some producers make a landscape page): drawn turned a quarter, shown upright.
     */
    static byte[] write(String text, int linesPerPage, boolean ruled, int rotation) {
        boolean rotated = rotation != 0;
        List<String> lines =
                text.lines().filter(l -> !l.isBlank() || l.equals("\f")).toList();
        // column widths for each run of table lines
        List<float[]> widths = new ArrayList<>();
        float pageWidth = 400;
        for (int i = 0; i < lines.size(); ) {
            if (!lines.get(i).contains("\t") || lines.get(i).equals("\f")) {
                pageWidth = Math.max(pageWidth, width(lines.get(i).strip()) + 2 * MARGIN);
                widths.add(null);
                i++;
                continue;
            }
            int j = i;
            float[] w = new float[0];
            while (j < lines.size()
                    && (lines.get(j).contains("\t") || lines.get(j).equals("\f"))) {
                if (lines.get(j).equals("\f")) {
                    j++;
                    continue;
                }
                String[] f = lines.get(j).split("\t", -1);
                if (f.length > w.length) {
                    w = java.util.Arrays.copyOf(w, f.length);
                }
                for (int c = 0; c < f.length; c++) {
                    w[c] = Math.max(w[c], width(f[c].strip()) + 12);
                }
                j++;
            }
            float total = 0;
            for (int c = 0; c < w.length; c++) {
                w[c] = Math.max(w[c], 24);
                total += w[c];
            }
            pageWidth = Math.max(pageWidth, total + 2 * MARGIN);
            for (int k = i; k < j; k++) {
                widths.add(lines.get(k).equals("\f") ? null : w);
            }
            i = j;
        }
        float pageHeight = 2 * MARGIN + linesPerPage * ROW;
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = font();
            List<Integer> starts = new ArrayList<>();
            for (int k = 0, onPage = 0; k < lines.size(); k++, onPage++) {
                if (k == 0 || onPage == linesPerPage || lines.get(k).equals("\f")) {
                    starts.add(k);
                    onPage = 0;
                }
            }
            starts.add(lines.size());
            for (int p = 0; p + 1 < starts.size(); p++) {
                int start = starts.get(p);
                int end = starts.get(p + 1);
                PDPage page = new PDPage(
                        rotated ? new PDRectangle(pageHeight, pageWidth) : new PDRectangle(pageWidth, pageHeight));
                if (rotated) {
                    page.setRotation(rotation);
                }
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                StringBuilder content = new StringBuilder("0.5 w\n");
                if (rotated) {
                    // shown turned a quarter clockwise, (X, Y) upright is (H - Y, X) on the page;
                    // counter-clockwise, (Y, W - X)
                    content.append(
                            rotation == 90
                                    ? String.format(Locale.ROOT, "0 1 -1 0 %.2f 0 cm\n", pageHeight)
                                    : String.format(Locale.ROOT, "0 -1 1 0 0 %.2f cm\n", pageWidth));
                }
                for (int k = start; k < end; k++) {
                    if (lines.get(k).equals("\f")) {
                        continue;
                    }
                    float top = pageHeight - MARGIN - (k - start) * ROW;
                    float baseline = top - ROW + 4;
                    float[] w = widths.get(k);
                    if (w == null) {
                        show(content, MARGIN, baseline, lines.get(k).strip());
                        continue;
                    }
                    String[] f = lines.get(k).split("\t", -1);
                    float x = MARGIN;
                    for (int c = 0; c < w.length; c++) {
                        if (c < f.length && !f[c].isBlank()) {
                            show(content, x + 4, baseline, f[c].strip());
                        }
                        if (ruled) {
                            rect(content, x, top - ROW, w[c], ROW);
                        }
                        x += w[c];
                    }
                }
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(StringBuilder content, float x, float y, String text) {
        content.append(String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <", SIZE, x, y));
        text.codePoints().forEach(cp -> content.append(String.format(Locale.ROOT, "%04X", cp & 0xFFFF)));
        content.append("> Tj ET\n");
    }

    private static void rect(StringBuilder content, float x, float y, float w, float h) {
        content.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S\n", x, y, w, h));
    }

    /** A Type0 font, Identity-H, whose codes are the characters' UTF-16 code units. */
    private static COSDictionary font() throws IOException {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SimpleCJK");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "SimpleCJK");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray w = new COSArray();
        w.add(COSInteger.get(0));
        w.add(COSInteger.get(0x7F));
        w.add(COSInteger.get(500));
        cid.setItem(COSName.W, w);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "SimpleCJK");
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int block = 0; block < 256; block += 100) {
            int n = Math.min(100, 256 - block);
            cmap.append(n).append(" beginbfrange\n");
            for (int hi = block; hi < block + n; hi++) {
                cmap.append(String.format(Locale.ROOT, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream toUnicode = new COSStream();
        try (OutputStream out = toUnicode.createOutputStream()) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }
}
