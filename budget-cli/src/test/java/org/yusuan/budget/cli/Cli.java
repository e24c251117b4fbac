package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yusuan.budget.cli.internal.BudgetCommand;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.testkit.Disclosures;

/** Runs the command in-process through picocli with captured output, and makes the files tests need. */
final class Cli {
    /** The seeds, as the test resources hold them. */
    static final String SEED_000 = "000_592c12c34fbdb2be.txt";

    static final String SEED_002 = "002_50ea5a3f65b56578.txt";
    static final String SEED_004 = "004_f08b956b510655b5.txt";

    private Cli() {}

    /** What a run gave: the exit status and everything written to the two streams. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        return run(false, args);
    }

    static Run run(boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BudgetCommand.commandLine(new PrintWriter(out), new PrintWriter(err), () -> interactive)
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static byte[] seedBytes(String seed) {
        try (InputStream in = Cli.class.getResourceAsStream("/seeds/" + seed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a seed's text into a folder under a name. */
    static Path seed(Path dir, String seed, String name) throws IOException {
        return Files.write(dir.resolve(name), seedBytes(seed));
    }

    static Disclosure imported(String seed) {
        return DisclosureImporter.standard()
                .read(new String(seedBytes(seed), java.nio.charset.StandardCharsets.UTF_8), seed)
                .disclosure();
    }

    /**
     * Seed 000 as canonical JSON without its projects: a clean disclosure (rounding tails only; the
     * seed's performance targets carry two warnings of their own, a cost indicator valued 是).
     */
    static Path cleanJson(Path dir) throws IOException {
        Disclosure clean = org.yusuan.budget.core.disclosure.BudgetDisclosure.builder()
                .from((org.yusuan.budget.core.disclosure.BudgetDisclosure) imported(SEED_000))
                .projects(java.util.List.of())
                .build();
        return Files.write(dir.resolve("clean.json"), BudgetJson.standard().writeBytes(clean));
    }

    /**
     * Seed 000's text with the 单位 line of its 三公 table changed to 千元, a unit the importer does
     * not know: the table is not read and the import reports it (an {@code IMP-TABLE} warning), while
     * nothing else changes, so validation finds no error.
     */
    static Path seedWithImportFinding(Path dir, String name) throws IOException {
        String seed = new String(seedBytes(SEED_000), java.nio.charset.StandardCharsets.UTF_8);
        int title = seed.indexOf("2025年财政拨款安排“三公”经费支出预算表\n");
        int unit = seed.indexOf("单位：万元", title);
        String changed = seed.substring(0, unit) + "单位：千元" + seed.substring(unit + "单位：万元".length());
        return Files.writeString(dir.resolve(name), changed);
    }

    /**
     * Seed 000 as JSON with one cell corrupted: 表3 210 卫生健康支出 at 60.00 where 表1 prints 56.10, a
     * BUD-CROSS error (the example of RULES.md).
     */
    static Path corruptedJson(Path dir) throws IOException {
        Disclosure changed = Disclosures.withCell(
                imported(SEED_000),
                TableKind.BUDGET_EXPENDITURE,
                Section.MAIN,
                RowKey.parse("functional:210"),
                Column.TOTAL,
                Amount.parse("60.00", AmountUnit.WAN_YUAN));
        return Files.write(dir.resolve("corrupted.json"), BudgetJson.standard().writeBytes(changed));
    }

    /** Converts a disclosure into a CSV package folder with {@code budget convert}. */
    static Path csvPackage(Path disclosure, Path folder) {
        Run run = run("convert", disclosure.toString(), "--to", "csv", "-o", folder.toString());
        if (run.status() != 0) {
            throw new IllegalStateException("convert failed: " + run.err());
        }
        return folder;
    }
}
