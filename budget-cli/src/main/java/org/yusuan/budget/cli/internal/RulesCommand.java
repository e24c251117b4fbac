package org.yusuan.budget.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code budget rules}: every rule id with its severity and what it checks. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "List every rule: id, severity beyond tolerance, and what it checks, one a line separated by tabs;"
                    + " the validator's rules, then the importer's findings. RULES.md explains each."
        })
public final class RulesCommand implements Callable<Integer> {
    /**
     * The importer's findings, which are not {@link Rule}s: their severity and title as RULES.md
     * gives them. A finding id the importer adds without an entry here fails {@link #call()}.
     */
    static final Map<String, Entry> IMPORT_FINDINGS = Map.of(
            "IMP-CATALOG",
            new Entry(
                    "IMP-CATALOG",
                    Severity.INFO,
                    "No catalog edition covers the document's year; names mapped through the nearest"),
            "IMP-LINE",
            new Entry("IMP-LINE", Severity.WARNING, "A line inside a table read that the importer could not place"),
            "IMP-MISSING",
            new Entry(
                    "IMP-MISSING",
                    Severity.WARNING,
                    "A table the disclosure must publish that the import did not find"),
            "IMP-TABLE",
            new Entry(
                    "IMP-TABLE", Severity.WARNING, "A table recognised by its title that the importer does not read"));

    /** One line of the list. */
    record Entry(String id, Severity severity, String title) {}

    @Spec
    private CommandSpec spec;

    RulesCommand() {}

    /** The list: the built-in rules in id order, then the import findings in the importer's order. */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Rule r : Validator.builtInRules()) {
            entries.add(new Entry(r.id(), r.severity(), r.title()));
        }
        for (String id : DisclosureImporter.FINDING_IDS) {
            Entry e = IMPORT_FINDINGS.get(id);
            if (e == null) {
                throw new IllegalStateException(
                        "the importer reports " + id + ", which budget rules does not describe");
            }
            entries.add(e);
        }
        return entries;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Entry e : entries()) {
            out.println(e.id() + "\t" + e.severity() + "\t" + e.title());
        }
        out.flush();
        return Exit.OK;
    }
}
