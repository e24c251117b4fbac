package org.yusuan.budget.core.unit;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.core.internal.ValueStyle;

/**
 * 预算单位: the department or unit a disclosure is about.
 *
 * <pre>{@code
 * BudgetUnit unit = BudgetUnit.builder()
 *         .name("山西省社会保险局")
 *         .supervisingDepartment("山西省人力资源和社会保障厅")
 *         .supervisingDepartmentCode("209")
 *         .type(UnitType.ADMINISTRATIVE)
 *         .level(GovernmentLevel.PROVINCIAL)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class BudgetUnit implements WithBudgetUnit {
    BudgetUnit() {}

    /** A builder; {@code name} is required, everything else optional. */
    public static ImmutableBudgetUnit.Builder builder() {
        return ImmutableBudgetUnit.builder();
    }

    /** The unit's name as published ({@code 山西省工伤保险管理服务中心}). */
    public abstract String name();

    /** The unit's code, where published ({@code 404002013}). */
    public abstract Optional<String> code();

    /** 主管部门: the supervising department's name, where published. */
    public abstract Optional<String> supervisingDepartment();

    /** 主管部门代码: the supervising department's code, where published ({@code 209}). */
    public abstract Optional<String> supervisingDepartmentCode();

    /** The unit type, where the document states it. */
    public abstract Optional<UnitType> type();

    /** The level of government, where the document states it. */
    public abstract Optional<GovernmentLevel> level();

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("a budget unit needs a name, got \"" + name() + "\"");
        }
        code().ifPresent(c -> requireNonBlank("code", c));
        supervisingDepartment().ifPresent(c -> requireNonBlank("supervising department", c));
        supervisingDepartmentCode().ifPresent(c -> requireNonBlank("supervising department code", c));
    }

    private static void requireNonBlank(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a budget unit's " + what + " must not be blank when present");
        }
    }
}
