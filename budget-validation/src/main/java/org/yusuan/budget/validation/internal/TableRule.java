package org.yusuan.budget.validation.internal;

import java.util.List;
import java.util.Objects;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;

/** A built-in rule: an id, a severity, a title and a body that feeds a {@link Checker}. */
final class TableRule implements Rule {
    /** The body of a rule. */
    interface Body {
        void check(Disclosure disclosure, Checker checker, RuleContext context);
    }

    private final String id;
    private final Severity severity;
    private final String title;
    private final Body body;
    private final boolean identities;

    TableRule(String id, Severity severity, String title, Body body) {
        this(id, severity, title, body, true);
    }

    private TableRule(String id, Severity severity, String title, Body body, boolean identities) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.identities = identities;
    }

    /**
     * A rule that checks no identity ({@link Checker#sum} is never called): a traced run, which
     * only records the identities that hold, leaves it out.
     */
    static TableRule withoutIdentities(String id, Severity severity, String title, Body body) {
        return new TableRule(id, severity, title, body, false);
    }

    /** Whether the rule may check identities: whether a traced run must run it. */
    boolean checksIdentities() {
        return identities;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Finding> check(Disclosure disclosure, RuleContext context) {
        Checker checker = new Checker(id, severity, context);
        body.check(disclosure, checker, context);
        return List.copyOf(checker.findings());
    }

    @Override
    public String toString() {
        return id + " " + title;
    }
}
