package org.yusuan.budget.cli.internal;

/** The forms a disclosure can be read from. */
public enum InputFormat {
    /** The tab-separated text PDF extraction gives, read by the importer. */
    TEXT,
    /** The canonical JSON document of {@code BudgetJson}. */
    JSON,
    /** A CSV package: a folder with {@code datapackage.json}, see {@link CsvPackage}. */
    CSV,
    /** A published PDF, read by {@code PdfReader} into the same importer as text. */
    PDF
}
