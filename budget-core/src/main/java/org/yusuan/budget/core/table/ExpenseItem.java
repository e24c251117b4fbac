package org.yusuan.budget.core.table;

import java.util.Optional;

/**
 * A row of the "three public expenses" table (三公经费), and the meeting and training items some
 * formats print beside them (not part of the 三公 total).
 */
public enum ExpenseItem {
    /** 因公出国（境）费: official travel abroad; department economic code 30212. */
    TRAVEL_ABROAD("因公出国（境）费", "30212"),
    /** 公务用车购置及运行（维护）费: official vehicles, purchase and operation together. */
    VEHICLES("公务用车购置及运行费", null),
    /** ①公务用车购置费: purchase of official vehicles (30913 or 31013). */
    VEHICLE_PURCHASE("公务用车购置费", null),
    /** ②公务用车运行维护费: operation of official vehicles; 30231. */
    VEHICLE_OPERATION("公务用车运行维护费", "30231"),
    /** 公务接待费: official reception; 30217. */
    RECEPTION("公务接待费", "30217"),
    /** 会议费: meetings; 30215. Printed beside the 三公 items by some formats, not part of them. */
    MEETINGS("会议费", "30215"),
    /** 培训费: training; 30216. Printed beside the 三公 items by some formats, not part of them. */
    TRAINING("培训费", "30216");

    private final String label;
    private final String economicCode;

    ExpenseItem(String label, String economicCode) {
        this.label = label;
        this.economicCode = economicCode;
    }

    /** The usual Chinese wording. */
    public String label() {
        return label;
    }

    /**
     * The department economic code of the same spending in the basic-expenditure table, where there
     * is exactly one.
     */
    public Optional<org.yusuan.budget.core.code.EconomicCode> economicCode() {
        return Optional.ofNullable(economicCode).map(org.yusuan.budget.core.code.EconomicCode::of);
    }

    /** Whether the item is one of the three public expenses (and so counted in their total). */
    public boolean isThreePublic() {
        return this != MEETINGS && this != TRAINING;
    }
}
