package org.yusuan.budget.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.ledger.BudgetLine;
import org.yusuan.budget.core.ledger.ExpenditureKind;
import org.yusuan.budget.core.ledger.Ledger;
import org.yusuan.budget.core.ledger.RoundingPolicy;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.UnitType;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * The usage example of the README, verbatim between the markers. {@code ReadmeExampleTest} checks
 * that the README shows exactly this code and that it prints what the README says; {@code ./mvnw -B
 * -q -pl budget-testkit -am test-compile exec:java} runs it.
 */
public final class ReadmeExample {
    private ReadmeExample() {}

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void run(PrintStream out) {
        // README example start
        // Published cells are in 万元 with two decimals; blank cells mean zero.
        AmountFormat cells = AmountFormat.of(AmountUnit.WAN_YUAN, 2).withBlankAsZero(true);
        Amount thisYear = cells.parse("1,505.93"); // 本年收入合计
        Amount carriedOver = cells.parse("57.32"); // 上年结转
        Amount total = cells.parse("1563.24"); // 收入总计
        out.println("收入总计 - (本年收入合计 + 上年结转) = " + cells.format(total.minus(thisYear.plus(carriedOver))) + " 万元");

        // Names as tables print them resolve to codes through the catalog, or say why not.
        ClassificationCatalog catalog = ClassificationCatalog.bundled();
        for (String name : List.of("八、社会保障和就业支出", "人力资源和社会保障管理", "[2080108] 信息化建设", "其他社会保障和就业支出")) {
            NameResolution<FunctionalCode> r = catalog.resolveFunctional(name);
            out.println(name + " -> " + r.status() + " " + r.candidates());
        }

        // A ledger of budget lines compiles into the thirteen tables, rounded cell by cell as
        // publishers do; the validator tells the rounding tails (INFO) from errors.
        BudgetUnit unit =
                BudgetUnit.builder().name("示例单位").type(UnitType.ADMINISTRATIVE).build();
        var builder = Ledger.builder().unit(unit).year(Year.of(2026));
        for (String item : List.of("2080101", "2080107", "2080109")) { // 40 元 each: 0.00 万元 rounded
            builder.addLines(BudgetLine.builder()
                    .functional(FunctionalCode.of(item))
                    .economic(EconomicCode.of("30201"))
                    .fund(FundSource.GENERAL_PUBLIC_BUDGET)
                    .kind(ExpenditureKind.BASIC_PUBLIC)
                    .amount(Amount.ofYuan(40))
                    .build());
        }
        Ledger ledger = builder.build();
        BudgetDisclosure disclosure = ledger.compile(RoundingPolicy.INDEPENDENT, catalog);
        ValidationReport report =
                Validator.builder().language(Language.ENGLISH).build().validate(disclosure);
        out.println(report.count(Severity.ERROR) + " errors, " + report.count(Severity.INFO)
                + " rounding tail, repeated in " + report.allFindings().size() + " identities, first: "
                + report.findings().get(0).location());
        // README example end
    }
}
