package org.yusuan.budget.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;

/**
 * The usage example of the README, verbatim between the markers. {@code ReadmeExampleTest} checks
 * that the README shows exactly this code and that it prints what the README says; the README's
 * main-job command runs it.
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
        Amount difference = total.minus(thisYear.plus(carriedOver));
        out.println("收入总计 - (本年收入合计 + 上年结转) = " + cells.format(difference) + " 万元");

        // Names as tables print them resolve to codes through the catalog, or say why not.
        ClassificationCatalog catalog = ClassificationCatalog.bundled();
        for (String name : new String[] {"八、社会保障和就业支出", "人力资源和社会保障管理", "[2080108] 信息化建设", "其他社会保障和就业支出"}) {
            NameResolution<FunctionalCode> r = catalog.resolveFunctional(name);
            out.println(name + " -> " + r.status() + " " + r.candidates());
        }
        // README example end
    }
}
