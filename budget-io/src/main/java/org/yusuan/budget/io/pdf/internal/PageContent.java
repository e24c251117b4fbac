package org.yusuan.budget.io.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a page: every stroked line and every thin filled rectangle that is horizontal
 * or vertical, in the coordinates PDFBox gives upright text ({@code TextPosition.getXDirAdj()}, {@code
 * getYDirAdj()}: points from the top left corner of the page as shown, its {@code /Rotate} applied),
 * and whether the page draws any image.
 */
public final class PageContent extends PDFGraphicsStreamEngine {
    /** A horizontal ({@code y} fixed, from {@code a} to {@code b} in x) or vertical line. */
    public record Segment(boolean horizontal, float at, float a, float b) {}

    private static final float THIN = 2.5f;

    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int rotation;
    private final List<Segment> segments = new ArrayList<>();
    /** The subpaths of the path being built, each a list of lines x1, y1, x2, y2 in user space. */
    private final List<List<float[]>> path = new ArrayList<>();

    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();
    private boolean images;

    /**
     * Reads the page's graphics.
     *
     * @param page the page
     * @throws IOException if its content cannot be read
     */
    public PageContent(PDPage page) throws IOException {
        super(page);
        this.left = page.getCropBox().getLowerLeftX();
        this.bottom = page.getCropBox().getLowerLeftY();
        this.width = page.getCropBox().getWidth();
        this.height = page.getCropBox().getHeight();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
        processPage(page);
    }

    /** The horizontal and vertical lines. */
    public List<Segment> segments() {
        return segments;
    }

    /** Whether the page draws an image. */
    public boolean hasImages() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        line(p0, p1);
        line(p1, p2);
        line(p2, p3);
        line(p3, p0);
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        start = current;
        path.add(new ArrayList<>()); // a rectangle is a subpath of its own
    }

    private void line(Point2D p, Point2D q) {
        if (path.isEmpty()) {
            path.add(new ArrayList<>());
        }
        path.get(path.size() - 1)
                .add(new float[] {(float) p.getX(), (float) p.getY(), (float) q.getX(), (float) q.getY()});
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images = true;
    }

    @Override
    public void clip(int windingRule) {
        // a clip path is not a ruling line; the path is dropped by endPath
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
        path.add(new ArrayList<>());
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D.Float next = new Point2D.Float(x, y);
        line(current, next);
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        line(current, start);
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (List<float[]> sub : path) {
            for (float[] l : sub) {
                add(l[0], l[1], l[2], l[3]);
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // a filled path is a ruling line when it is a thin rectangle (how many producers draw rules)
        for (List<float[]> sub : path) {
            if (sub.isEmpty()) {
                continue;
            }
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[] l : sub) {
                minX = Math.min(minX, Math.min(l[0], l[2]));
                maxX = Math.max(maxX, Math.max(l[0], l[2]));
                minY = Math.min(minY, Math.min(l[1], l[3]));
                maxY = Math.max(maxY, Math.max(l[1], l[3]));
            }
            if (maxY - minY <= THIN && maxX - minX > THIN) {
                add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, not rules
    }

    /** A point of the page as shown: x from the left, y from the top. */
    private float[] shown(float x, float y) {
        float u = x - left;
        float v = y - bottom;
        return switch (rotation) {
            case 90 -> new float[] {v, u};
            case 180 -> new float[] {width - u, v};
            case 270 -> new float[] {height - v, width - u};
            default -> new float[] {u, height - v};
        };
    }

    private void add(float x1, float y1, float x2, float y2) {
        float[] a = shown(x1, y1);
        float[] b = shown(x2, y2);
        float ax = a[0];
        float bx = b[0];
        float ay = a[1];
        float by = b[1];
        if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) > THIN) {
            segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) > THIN) {
            segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
