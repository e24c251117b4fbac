package org.yusuan.budget.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.yusuan.budget.cli.internal.BudgetCommand;
import picocli.CommandLine;

/**
 * The {@code budget} command: validates, imports and converts disclosures, looks codes up in the
 * classification catalog and lists the rules. Exits with 0 when nothing is wrong, 1 when a
 * validation found an error (or a catalog look-up found nothing), and 2 when an input could not be
 * read or the arguments are wrong; errors are one line on the standard error stream, naming the
 * file and, where known, its line and column. Output is UTF-8.
 *
 * <pre>{@code
 * budget validate disclosure.txt --format json -o report.json
 * }</pre>
 */
public final class Main {
    /**
     * PDFBox's font parser warns on the standard error stream about tables it skips (a {@code
     * cmap} of format 14, in the fonts of the Shanghai PDFs) although the text reads whole; the
     * command's error stream is for the user's errors. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    private Main() {}

    /**
     * Runs the command with the process's standard streams and exits with its status.
     *
     * @param args the arguments, as typed after {@code budget}
     */
    public static void main(String... args) {
        FONTBOX.setLevel(java.util.logging.Level.SEVERE);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The command line, ready to {@link CommandLine#execute execute}: it writes its output and
     * progress to the given writers and returns the exit status instead of exiting, so that it can
     * be embedded or tested in-process.
     *
     * @param out where output goes (unless {@code -o} names a file)
     * @param err where errors, import findings and progress go
     * @return the configured command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return BudgetCommand.commandLine(out, err);
    }
}
