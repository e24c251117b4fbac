package org.yusuan.budget.core.disclosure;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;

/**
 * 项目: a project of project expenditure, by its published name. Its amounts are rows of the project
 * tables; performance targets and self-evaluations attach here.
 */
@Value.Immutable
@ValueStyle
public abstract class Project {
    Project() {}

    /** A builder; {@code name} is required. */
    public static ImmutableProject.Builder builder() {
        return ImmutableProject.builder();
    }

    /** A project of a name and nothing else known. */
    public static Project named(String name) {
        return builder().name(name).build();
    }

    /** The project's name as published. */
    public abstract String name();

    /** The department or unit that carries it out, where published. */
    public abstract Optional<String> implementingUnit();

    /** 绩效目标: the project's performance target, in a budget disclosure. */
    public abstract Optional<PerformanceTarget> target();

    /** 绩效自评: the project's self-evaluation, in a final-accounts disclosure. */
    public abstract Optional<SelfEvaluation> evaluation();

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("a project needs a name, got \"" + name() + "\"");
        }
    }
}
