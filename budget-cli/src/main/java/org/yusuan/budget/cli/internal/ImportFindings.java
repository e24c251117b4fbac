package org.yusuan.budget.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Language;

/** Prints import findings one a line, as compilers print warnings: {@code FILE:LINE: SEVERITY RULE message}. */
public final class ImportFindings {
    private ImportFindings() {}

    /**
     * Prints findings.
     *
     * @param err where to
     * @param file the file they are about
     * @param findings the findings
     * @param language the language of the messages
     */
    public static void print(PrintWriter err, String file, List<Finding> findings, Language language) {
        for (Finding f : findings) {
            String line = f.location().sourceLine().isPresent()
                    ? ":" + f.location().sourceLine().getAsInt()
                    : "";
            err.println(file + line + ": " + f.severity() + " " + f.ruleId() + " " + f.message(language));
        }
        err.flush();
    }
}
