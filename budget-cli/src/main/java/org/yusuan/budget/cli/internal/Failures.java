package org.yusuan.budget.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.yusuan.budget.core.BudgetFormatException;

/** Turns what went wrong into the one line the command prints, never a stack trace. */
public final class Failures {
    private Failures() {}

    /**
     * One line saying what could not be done: for a format error, {@code file:line[:column]:
     * reason}; for a file system error, the file and what is wrong with it.
     *
     * @param failure what was thrown
     * @return the line, without the {@code budget: } prefix
     */
    public static String describe(Throwable failure) {
        Throwable t = failure;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BudgetFormatException e) {
            return e.getMessage();
        }
        if (t instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (t instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (t instanceof NotDirectoryException e) {
            return e.getFile() + ": not a folder";
        }
        if (t instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        }
        if (t instanceof IOException e) {
            return "cannot read or write: " + e.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory; give Java more with JAVA_OPTS=-Xmx… or use fewer --jobs";
        }
        return "internal error (please report it): " + t.getClass().getName() + ": " + t.getMessage();
    }

    /**
     * {@link #describe(Throwable)}, naming the file when the description does not start with it.
     *
     * @param failure what was thrown
     * @param file the file it was thrown for
     * @return the line, without the {@code budget: } prefix
     */
    public static String describe(Throwable failure, String file) {
        String line = describe(failure);
        return line.startsWith(file) ? line : file + ": " + line;
    }
}
