package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where a command's document goes: a file given with {@code -o}, or the standard output. */
final class Outputs {
    private Outputs() {}

    static void write(byte[] utf8, Path output, CommandLine commandLine) throws IOException {
        if (output == null) {
            commandLine.getOut().print(new String(utf8, StandardCharsets.UTF_8));
            commandLine.getOut().flush();
        } else {
            Files.write(output, utf8);
        }
    }
}
