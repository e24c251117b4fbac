package org.yusuan.budget.cli.internal;

/** The forms {@code budget validate} writes reports in, each through {@code ReportWriter}. */
public enum ReportFormat {
    /** Text for people, in the language of {@code --lang}. */
    TEXT,
    /** JSON, schema {@code docs/report.schema.json}. */
    JSON,
    /** CSV, one row per finding. */
    CSV,
    /** SARIF 2.1.0 for CI systems. */
    SARIF
}
