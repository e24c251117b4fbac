package org.yusuan.budget.io.text;

import java.util.List;
import java.util.Objects;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.Finding;

/**
 * What an import read: the disclosure, and the {@code IMP-…} findings about what could not be
 * placed or was not read, each with its line and text.
 *
 * @param disclosure the disclosure read
 * @param findings the import findings, in line order
 */
public record ImportResult(Disclosure disclosure, List<Finding> findings) {
    /** Checks nothing is missing and copies the findings. */
    public ImportResult {
        Objects.requireNonNull(disclosure, "disclosure");
        findings = List.copyOf(findings);
    }
}
