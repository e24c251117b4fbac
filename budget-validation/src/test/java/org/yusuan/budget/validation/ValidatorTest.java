package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.Line;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;

class ValidatorTest {
    private static Amount wan(String text) {
        return Amount.parse(text, AmountUnit.WAN_YUAN);
    }

    private static Disclosure expenditure(String total, String basic, String project) {
        BudgetTable table = BudgetTable.builder()
                .kind(TableKind.BUDGET_EXPENDITURE)
                .unit(AmountUnit.WAN_YUAN)
                .decimals(2)
                .addColumns(Column.TOTAL, Column.BASIC, Column.PROJECT)
                .addRows(Row.builder()
                        .key(new RowKey.Fixed(Line.TOTAL))
                        .name("合计")
                        .sourceLine(42)
                        .putCells(Column.TOTAL, wan(total))
                        .putCells(Column.BASIC, wan(basic))
                        .putCells(Column.PROJECT, wan(project))
                        .build())
                .build();
        return BudgetDisclosure.builder()
                .unit(BudgetUnit.builder().name("测试单位").build())
                .year(Year.of(2025))
                .putTables(TableKind.BUDGET_EXPENDITURE, table)
                .build();
    }

    @Test
    void reportsATailAsInfoAndAnErrorBeyondTheBound() {
        Validator validator = Validator.builder().build();
        ValidationReport exact = validator.validate(expenditure("100.00", "60.00", "40.00"));
        assertThat(exact.findings()).isEmpty();
        ValidationReport tail = validator.validate(expenditure("100.01", "60.00", "40.00"));
        assertThat(tail.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("BUD-ROW-SUM");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.expected()).contains(wan("100.00"));
            assertThat(f.actual()).contains(wan("100.01"));
            assertThat(f.difference()).contains(wan("0.01"));
            assertThat(f.tolerance().orElseThrow()).isEqualByComparingTo("0.015");
            assertThat(f.location().sourceLine()).hasValue(42);
            assertThat(f.location().column()).contains(Column.TOTAL);
            assertThat(f.related()).hasSize(2);
            assertThat(f.messageZh()).contains("尾差");
            assertThat(f.message(Language.ENGLISH)).contains("rounding tail");
        });
        assertThat(tail.hasErrors()).isFalse();
        assertThat(tail.count(Severity.INFO)).isEqualTo(1);
        ValidationReport error = validator.validate(expenditure("100.02", "60.00", "40.00"));
        assertThat(error.hasErrors()).isTrue();
        assertThat(error.findings().get(0).messageZh()).contains("超出尾差范围");
    }

    @Test
    void toleranceIsAPolicy() {
        Disclosure tail = expenditure("100.01", "60.00", "40.00");
        assertThat(Validator.builder()
                        .tolerance(Tolerance.exact())
                        .build()
                        .validate(tail)
                        .hasErrors())
                .isTrue();
        Disclosure off = expenditure("100.05", "60.00", "40.00");
        assertThat(Validator.builder()
                        .tolerance(Tolerance.absolute(wan("0.05")))
                        .build()
                        .validate(off)
                        .hasErrors())
                .isFalse();
    }

    @Test
    void ruleSetsCanBeChosen() {
        Disclosure off = expenditure("100.05", "60.00", "40.00");
        assertThat(Validator.builder()
                        .without("BUD-ROW-SUM")
                        .build()
                        .validate(off)
                        .findings())
                .isEmpty();
        Rule custom = new Rule() {
            @Override
            public String id() {
                return "X-ONE";
            }

            @Override
            public Severity severity() {
                return Severity.WARNING;
            }

            @Override
            public String title() {
                return "always one";
            }

            @Override
            public List<Finding> check(Disclosure disclosure, RuleContext context) {
                return List.of(Finding.of("X-ONE", Severity.WARNING, Location.disclosure(), "一", "one"));
            }
        };
        ValidationReport report =
                Validator.builder().rules(List.of(custom)).build().validate(off);
        assertThat(report.findings("X-ONE")).hasSize(1);
        assertThat(report.toString()).startsWith("错误 0 项，警告 1 项，提示 0 项");
        assertThat(ValidationReport.of(report.findings(), Language.ENGLISH).toString())
                .startsWith("0 errors, 1 warnings, 0 infos");
        // the counts line alone, in either language whatever the report's own
        assertThat(report.counts(Language.CHINESE)).isEqualTo("错误 0 项，警告 1 项，提示 0 项");
        assertThat(report.counts(Language.ENGLISH)).isEqualTo("0 errors, 1 warnings, 0 infos");
        assertThatThrownBy(() -> Validator.builder().addRule(custom).addRule(custom))
                .hasMessageContaining("X-ONE");
        assertThatThrownBy(() -> Validator.builder().without("NOPE")).hasMessageContaining("NOPE");
    }

    @Test
    void ordersFindingsDeterministically() {
        Finding a = bare("B", Severity.INFO, Location.table(TableKind.BUDGET_SUMMARY));
        Finding b = bare("A", Severity.ERROR, Location.table(TableKind.BUDGET_INCOME));
        Finding c = bare("A", Severity.ERROR, Location.disclosure());
        assertThat(ValidationReport.of(List.of(b, a, c)).findings()).containsExactly(c, a, b);
        assertThat(ValidationReport.of(List.of(b, a, c))).isEqualTo(ValidationReport.of(List.of(c, b, a)));
        assertThat(Location.disclosure()).hasToString("disclosure");
    }

    /** {@link Finding#of} is the full constructor with nothing but an id, a severity, a place and messages. */
    @Test
    void aFindingOfNoAmountsIsTheFullOneWithEverythingElseEmpty() {
        Location at = Location.table(TableKind.BUDGET_SUMMARY);
        assertThat(Finding.of("X-ONE", Severity.WARNING, at, "一", "one"))
                .isEqualTo(new Finding(
                        "X-ONE",
                        Severity.WARNING,
                        at,
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "一",
                        "one"))
                .satisfies(f -> assertThat(f.consequences()).isEmpty());
    }

    /** A finding with only an id, a severity and a location: what ordering looks at. */
    private static Finding bare(String ruleId, Severity severity, Location location) {
        return Finding.of(ruleId, severity, location, "", "");
    }
}
