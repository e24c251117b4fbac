package org.yusuan.budget.io.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;

/**
 * The text a {@link PdfReader} rebuilt from a PDF: one printed line a line, the cells of a table
 * separated by tabs (the form {@link org.yusuan.budget.io.text.DisclosureImporter} reads), and the
 * page every line was printed on. Immutable.
 */
public final class PdfText {
    private final List<String> lines;
    private final int[] pages;
    private final int pageCount;

    PdfText(List<String> lines, List<Integer> pages, int pageCount) {
        if (lines.size() != pages.size()) {
            throw new IllegalArgumentException("a page for every line");
        }
        this.lines = List.copyOf(lines);
        this.pages = pages.stream().mapToInt(Integer::intValue).toArray();
        this.pageCount = pageCount;
    }

    /** The lines, in reading order. */
    public List<String> lines() {
        return lines;
    }

    /** The text: the lines joined by newlines. */
    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** How many pages the PDF has. */
    public int pageCount() {
        return pageCount;
    }

    /**
     * The page a line was printed on.
     *
     * @param line the 1-based line of {@link #text()}
     * @return its 1-based page, empty for a line out of range
     */
    public OptionalInt page(int line) {
        return line >= 1 && line <= pages.length ? OptionalInt.of(pages[line - 1]) : OptionalInt.empty();
    }

    /**
     * A finding with the page of its line (and of its related places' lines) filled in; a finding
     * without a line is returned as it is.
     *
     * @param finding a finding about this text (an import or a validation finding)
     * @return the finding with its page
     */
    public Finding locate(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        List<Location> related = new ArrayList<>();
        for (Location l : finding.related()) {
            related.add(locate(l));
        }
        return new Finding(
                finding.ruleId(),
                finding.severity(),
                locate(finding.location()),
                related,
                finding.expected(),
                finding.actual(),
                finding.difference(),
                finding.tolerance(),
                finding.messageZh(),
                finding.messageEn(),
                locate(finding.consequences()));
    }

    /**
     * {@link #locate(Finding)} for each finding, in order.
     *
     * @param findings findings about this text
     * @return the findings with their pages
     */
    public List<Finding> locate(List<Finding> findings) {
        return findings.stream().map(this::locate).toList();
    }

    private Location locate(Location l) {
        if (l.page().isPresent() || l.sourceLine().isEmpty()) {
            return l;
        }
        OptionalInt page = page(l.sourceLine().getAsInt());
        return page.isPresent() ? l.onPage(page.getAsInt()) : l;
    }
}
