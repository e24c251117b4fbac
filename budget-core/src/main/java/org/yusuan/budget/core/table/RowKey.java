package org.yusuan.budget.core.table;

import java.util.Objects;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.fund.FundSource;

/**
 * What a row of a table is about: a functional code, an economic code, a fund source, a project, a
 * unit's subtotal in a project table, a 三公 item, or a fixed line. Its {@code toString()} is the
 * stable text form {@code kind:value} ({@code functional:2080107}, {@code line:INCOME_GRAND_TOTAL})
 * that {@link #parse(String)} reads back.
 */
public sealed interface RowKey {
    /** A row of a functional classification code. */
    record Functional(FunctionalCode code) implements RowKey {
        /** Checks the code is present. */
        public Functional {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return "functional:" + code;
        }
    }

    /** A row of an economic classification code. */
    record Economic(EconomicCode code) implements RowKey {
        /** Checks the code is present. */
        public Economic {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return "economic:" + code;
        }
    }

    /** A row of a fund source (the income side of a summary table). */
    record Fund(FundSource source) implements RowKey {
        /** Checks the source is present. */
        public Fund {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return "fund:" + source.name();
        }
    }

    /** A row of a project, by its published name. */
    record Project(String name) implements RowKey {
        /** Checks the name is not blank. */
        public Project {
            requireText(name, "project");
        }

        @Override
        public String toString() {
            return "project:" + name;
        }
    }

    /** The subtotal row of a department or unit in a project table, by its published name. */
    record Unit(String name) implements RowKey {
        /** Checks the name is not blank. */
        public Unit {
            requireText(name, "unit");
        }

        @Override
        public String toString() {
            return "unit:" + name;
        }
    }

    /** A row of the 三公 table. */
    record Item(ExpenseItem item) implements RowKey {
        /** Checks the item is present. */
        public Item {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public String toString() {
            return "item:" + item.name();
        }
    }

    /** A fixed line: a total or a carry-over line. */
    record Fixed(Line line) implements RowKey {
        /** Checks the line is present. */
        public Fixed {
            Objects.requireNonNull(line, "line");
        }

        @Override
        public String toString() {
            return "line:" + line.name();
        }
    }

    /**
     * Reads the text form {@code kind:value}.
     *
     * @param text for example {@code functional:2080107} or {@code project:社会保障卡工作经费}
     * @return the key
     * @throws IllegalArgumentException quoting the text if it is no key
     */
    static RowKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a row key (kind:value): \"" + text + "\"");
        }
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        try {
            switch (kind) {
                case "functional":
                    return new Functional(FunctionalCode.of(value));
                case "economic":
                    return new Economic(EconomicCode.of(value));
                case "fund":
                    return new Fund(FundSource.valueOf(value));
                case "project":
                    return new Project(value);
                case "unit":
                    return new Unit(value);
                case "item":
                    return new Item(ExpenseItem.valueOf(value));
                case "line":
                    return new Fixed(Line.valueOf(value));
                default:
                    throw new IllegalArgumentException("unknown kind \"" + kind + "\"");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a row key: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " row needs a name, got \"" + value + "\"");
        }
    }
}
