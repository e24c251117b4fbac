package org.yusuan.budget.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code budget}: the top command, which only dispatches to its subcommands. */
@Command(
        name = "budget",
        mixinStandardHelpOptions = true,
        versionProvider = BudgetCommand.Version.class,
        description = "Validate, import and convert Chinese public-sector budget and final-accounts disclosures"
                + " (部门预算公开 / 决算公开), look codes up in the classification catalog.",
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:nothing wrong (validate: no ERROR finding)",
            "1:validate found an ERROR; catalog found no single code",
            "2:an input could not be read, or the arguments are wrong"
        })
public final class BudgetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private BudgetCommand() {}

    /**
     * The configured command line: subcommands, exit statuses, one-line errors.
     *
     * @param out where output goes
     * @param err where errors, import findings and progress go
     * @param interactive whether a terminal is attached (a progress bar is drawn only then)
     * @return the command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, BooleanSupplier interactive) {
        CommandLine cl = new CommandLine(new BudgetCommand());
        cl.addSubcommand(new ValidateCommand(interactive));
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new ConvertCommand());
        cl.addSubcommand(new CatalogCommand());
        cl.addSubcommand(new RulesCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("budget: " + e.getMessage());
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            w.flush();
            return Exit.UNREADABLE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            w.println("budget: " + Failures.describe(e));
            w.flush();
            return Exit.UNREADABLE;
        });
        return cl;
    }

    /**
     * The command line with the process's terminal: a progress bar only when {@link
     * System#console()} is present and, on Java 22 and later (where it is present even when the
     * streams are redirected), its {@code isTerminal()} says so.
     *
     * @param out where output goes
     * @param err where errors go
     * @return the command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, BudgetCommand::atTerminal);
    }

    private static boolean atTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Console.isTerminal() exists from Java 22; this module compiles for 17
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            // before Java 22 a console exists only when the streams are a terminal
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    /** Without a subcommand: an argument error. */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(), "a command is needed: validate, import, convert, catalog, rules or help");
    }

    /** The version of the jar, from the build. */
    public static final class Version implements IVersionProvider {
        /** Creates the provider (picocli instantiates it). */
        public Version() {}

        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in =
                    BudgetCommand.class.getResourceAsStream("/org/yusuan/budget/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "budget " + p.getProperty("version", "(unknown version)"),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
            };
        }
    }
}
