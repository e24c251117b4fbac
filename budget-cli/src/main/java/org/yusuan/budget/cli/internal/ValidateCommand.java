package org.yusuan.budget.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget validate FILE…}: checks disclosures and writes their reports. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check disclosures against every rule (RULES.md) and write the reports, the import findings"
                    + " (IMP-…) of extracted text included.",
            "A FILE is extracted text (.txt, UTF-8 or GB18030), a JSON disclosure, or a CSV package (a folder with"
                    + " datapackage.json); the format is told by the content unless --input-format is given."
                    + " Any other folder means every disclosure in it (.txt and .json files and CSV package folders,"
                    + " in name order).",
            "With several files: text has a section per file headed '== FILE ==', json is an array of"
                    + " {\"file\", \"report\"}, csv has a first column 'file', sarif has one run per file;"
                    + " always in argument order."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no ERROR finding",
            "1:an ERROR finding in some file",
            "2:a file could not be read, or the arguments are wrong (the files that could be read are still reported)"
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "disclosures: files or folders")
    private List<String> files;

    @Option(
            names = "--input-format",
            paramLabel = "text|json|csv|pdf",
            description = "read every FILE in this format instead of telling it by content")
    private InputFormat inputFormat;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "text|json|csv|sarif",
            description = "the report format (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    private ReportFormat format;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            converter = Options.LanguageConverter.class,
            description = "the language of text reports (default: zh)",
            defaultValue = "zh")
    private Language language;

    @Option(
            names = "--tolerance",
            paramLabel = "exact|tails|AMOUNT",
            converter = Options.ToleranceConverter.class,
            defaultValue = "tails",
            description = "how far the sides of an identity may differ: exact; tails, the rounding bound the"
                    + " published decimals imply (default); or a fixed AMOUNT in 万元, such as 0.01")
    private Tolerance tolerance;

    @Option(
            names = "--edition",
            paramLabel = "YEAR",
            description = "the catalog edition to check codes against: the catalog covering YEAR. Only the bundled"
                    + " partial catalog (2023-2026) exists; another year is an error. Default: the bundled catalog.")
    private Year edition;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write the reports to FILE (UTF-8) instead of the standard output")
    private Path output;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            defaultValue = "1",
            description = "validate N files at once (default: ${DEFAULT-VALUE}); the output order stays the"
                    + " argument order")
    private int jobs;

    private final BooleanSupplier interactive;

    ValidateCommand(BooleanSupplier interactive) {
        this.interactive = interactive;
    }

    /** The outcome for one file: its report, or why it could not be read. */
    private record Outcome(String file, Optional<ValidationReport> report, Optional<String> failure) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        Validator validator = Validator.builder()
                .tolerance(tolerance)
                .catalog(Options.catalog(Optional.ofNullable(edition), spec.commandLine()))
                .language(language)
                .build();
        PrintWriter err = spec.commandLine().getErr();
        List<Callable<Outcome>> tasks = new ArrayList<>();
        boolean failed = false;
        boolean folder = false;
        for (String argument : files) {
            List<Input> inputs;
            try {
                inputs = Input.expand(argument, Optional.ofNullable(inputFormat));
            } catch (IOException | RuntimeException e) {
                err.println("budget: " + Failures.describe(e, argument));
                failed = true;
                continue;
            }
            folder |= Input.isFolderOfDisclosures(argument, inputs);
            for (Input input : inputs) {
                if (output != null && isSameFile(input.path(), output)) {
                    // -o report.json inside a folder being validated: the report is not a disclosure
                    continue;
                }
                tasks.add(() -> validate(input, validator));
            }
        }
        boolean several = files.size() > 1 || folder;
        Progress progress = new Progress(err, tasks.size(), tasks.size() > 1 && interactive.getAsBoolean());
        boolean errors = false;
        // no more threads than files: --jobs 64 on two files starts two
        int threads = Math.min(jobs, Math.max(1, tasks.size()));
        ExecutorService pool = threads > 1
                ? Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "budget-validate");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try (Writer out = output == null
                ? nonClosing(spec.commandLine().getOut())
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> task : tasks) {
                Callable<Outcome> counted = () -> {
                    Outcome o = task.call();
                    progress.step();
                    return o;
                };
                if (pool == null) {
                    FutureTask<Outcome> now = new FutureTask<>(counted);
                    futures.add(now);
                } else {
                    futures.add(pool.submit(counted));
                }
            }
            ReportSink sink = new ReportSink(out, format, language, several);
            for (Future<Outcome> future : futures) {
                if (future instanceof FutureTask<Outcome> now && pool == null) {
                    now.run();
                }
                Outcome outcome;
                try {
                    outcome = future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                progress.clear();
                if (outcome.report().isPresent()) {
                    sink.add(outcome.file(), outcome.report().get());
                    errors |= outcome.report().get().hasErrors();
                } else {
                    err.println("budget: " + outcome.failure().orElseThrow());
                    err.flush();
                    failed = true;
                }
                progress.draw();
            }
            progress.clear();
            sink.finish();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return failed ? Exit.UNREADABLE : errors ? Exit.FOUND : Exit.OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Reads and validates one file; what cannot be read is an outcome, not an exception. */
    private static Outcome validate(Input input, Validator validator) {
        try {
            Loaded loaded = Loaded.read(input);
            List<Finding> findings = new ArrayList<>(loaded.importFindings());
            validator.validate(loaded.disclosure()).findings().stream()
                    .map(loaded.locate())
                    .forEach(findings::add);
            return new Outcome(
                    input.name(), Optional.of(ValidationReport.of(findings, validator.language())), Optional.empty());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Outcome(input.name(), Optional.empty(), Optional.of(Failures.describe(e, input.name())));
        }
    }

    /** The standard output as a writer that the try-with-resources flushes but does not close. */
    private static Writer nonClosing(PrintWriter stdout) {
        return new FilterWriter(stdout) {
            @Override
            public void close() {
                stdout.flush();
            }

            @Override
            public void flush() {
                stdout.flush();
            }
        };
    }
}
