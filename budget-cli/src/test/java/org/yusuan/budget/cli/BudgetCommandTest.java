package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.cli.Cli.Run;

/** {@code budget --help}, {@code --version}, and what happens without a command. */
class BudgetCommandTest {
    @Test
    void helpListsEveryCommandAndTheExitStatuses() {
        Run run = Cli.run("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("validate", "import", "convert", "catalog", "rules", "Exit status:");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "convert", "catalog", "rules"})
    void eachCommandHasHelp(String command) {
        Run run = Cli.run(command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: budget " + command);
        assertThat(Cli.run("help", command).out()).isEqualTo(run.out());
    }

    @Test
    void versionIsTheProjectVersion() {
        Run run = Cli.run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("(?s)budget \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n");
    }

    @Test
    void noCommandIsAnArgumentError() {
        Run run = Cli.run();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: a command is needed");
    }
}
