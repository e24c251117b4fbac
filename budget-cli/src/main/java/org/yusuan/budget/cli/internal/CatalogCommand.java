package org.yusuan.budget.cli.internal;

import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.Classification;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeStatus;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget catalog CODE|NAME}: looks a code up, or resolves a published name to a code. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
            "Look up a functional (2xx) or economic (3xx department, 5xx government) code, or resolve a name as"
                    + " tables print it (八、社会保障和就业支出, 人力资源和社会保障管理, [2080108] 信息化建设).",
            "Prints one line per code: code, level (类/款/项), official name, classification. An ambiguous name"
                    + " lists every candidate. The bundled catalog is partial: a code it lacks is unknown, not"
                    + " invalid, unless its level is complete."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:one code found",
            "1:nothing found, or the name is ambiguous (the candidates are listed)",
            "2:the arguments are wrong"
        })
public final class CatalogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CODE|NAME", description = "a code, or a name as printed")
    private String query;

    @Option(
            names = "--edition",
            paramLabel = "YEAR",
            description = "the catalog covering YEAR; only the bundled partial catalog (2023-2026) exists")
    private Year edition;

    CatalogCommand() {}

    @Override
    public Integer call() {
        ClassificationCatalog catalog = Options.catalog(Optional.ofNullable(edition), spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String q = query.strip();
        if (!q.isEmpty() && q.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return code(catalog, q, out, err);
        }
        List<String> resolved = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        NameResolution<FunctionalCode> functional = catalog.resolveFunctional(q);
        collect(functional, c -> line(c, catalog.functional(c), Classification.FUNCTIONAL), resolved, candidates);
        for (EconomicSystem system : EconomicSystem.values()) {
            NameResolution<EconomicCode> economic = catalog.resolveEconomic(q, system);
            collect(economic, c -> line(c, catalog.economic(c), Classification.of(system)), resolved, candidates);
        }
        if (resolved.size() == 1 && candidates.isEmpty()) {
            out.println(resolved.get(0));
            out.flush();
            return Exit.OK;
        }
        if (resolved.isEmpty() && candidates.isEmpty()) {
            err.println(
                    "budget: no code in the catalog (edition " + catalog.edition() + ") has the name \"" + q + "\"");
            err.flush();
            return Exit.FOUND;
        }
        err.println("budget: \"" + q + "\" is ambiguous: " + (resolved.size() + candidates.size()) + " codes fit");
        err.flush();
        resolved.forEach(out::println);
        candidates.forEach(out::println);
        out.flush();
        return Exit.FOUND;
    }

    private static <C> void collect(
            NameResolution<C> resolution, Function<C, String> line, List<String> resolved, List<String> candidates) {
        switch (resolution.status()) {
            case RESOLVED -> resolved.add(line.apply(resolution.candidates().get(0)));
            case AMBIGUOUS, CONFLICTING -> resolution.candidates().forEach(c -> candidates.add(line.apply(c)));
            default -> {}
        }
    }

    private int code(ClassificationCatalog catalog, String digits, PrintWriter out, PrintWriter err) {
        List<String> found = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        if (FunctionalCode.isWellFormed(digits)) {
            FunctionalCode code = FunctionalCode.of(digits);
            catalog.functional(code).ifPresent(e -> found.add(line(e, Classification.FUNCTIONAL)));
            statuses.add(Classification.FUNCTIONAL.label() + " " + describe(catalog.status(code)));
        }
        if (EconomicCode.isWellFormed(digits)) {
            EconomicCode code = EconomicCode.of(digits);
            catalog.economic(code).ifPresent(e -> found.add(line(e, Classification.of(code.system()))));
            statuses.add(Classification.of(code.system()).label() + " " + describe(catalog.status(code)));
        }
        if (statuses.isEmpty()) {
            err.println("budget: \"" + digits + "\" is not a code: 3, 5 or 7 digits (economic codes: 3 or 5, starting"
                    + " with 3 or 5)");
            err.flush();
            return Exit.FOUND;
        }
        if (found.isEmpty()) {
            err.println("budget: " + digits + " is not in the catalog (edition " + catalog.edition() + "): "
                    + String.join("; ", statuses));
            err.flush();
            return Exit.FOUND;
        }
        found.forEach(out::println);
        out.flush();
        return Exit.OK;
    }

    private static String describe(CodeStatus status) {
        return switch (status) {
            case KNOWN -> "known";
            case UNKNOWN -> "unknown (the catalog is partial at its level)";
            case INVALID -> "invalid (the catalog is complete at its level)";
        };
    }

    private static <C> String line(C code, Optional<CatalogEntry<C>> entry, Classification classification) {
        return entry.map(e -> line(e, classification))
                .orElse(code + "\t" + "-" + "\t" + "(printed code, not in the catalog)" + "\t"
                        + classification.label());
    }

    private static String line(CatalogEntry<?> entry, Classification classification) {
        return entry.code() + "\t" + entry.level().label() + "\t" + entry.name() + "\t" + classification.label();
    }
}
