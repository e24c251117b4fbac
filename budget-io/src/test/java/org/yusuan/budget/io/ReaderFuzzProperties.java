package org.yusuan.budget.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.csv.FactCsv;
import org.yusuan.budget.io.csv.TableCsv;
import org.yusuan.budget.io.json.BudgetJson;

/**
 * Every reader, fed random bytes, truncated or mutated valid documents, deep nesting, very long
 * numbers and huge strings, either reads or fails with a {@link BudgetFormatException}: no other
 * exception. The default build runs the jqwik default number of tries; the {@code fuzz} profile
 * ({@code ./mvnw -B verify -Pfuzz -pl budget-io -am}) runs 100,000 per property.
 */
class ReaderFuzzProperties {
    private static final BudgetTable TABLE = SmallDisclosure.table();
    private static final Disclosure DISCLOSURE = SmallDisclosure.disclosure();
    private static final byte[] JSON = BudgetJson.standard().writeBytes(DISCLOSURE);
    private static final byte[] TABLE_CSV = TableCsv.writeBytes(TABLE);
    private static final byte[] FACTS = FactCsv.writeBytes(DISCLOSURE);

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> truncated = Arbitraries.of(JSON, TABLE_CSV, FACTS)
                .flatMap(
                        doc -> Arbitraries.integers().between(0, doc.length).map(n -> java.util.Arrays.copyOf(doc, n)));
        Arbitrary<byte[]> mutated = Arbitraries.of(JSON, TABLE_CSV, FACTS)
                .flatMap(doc -> Arbitraries.integers()
                        .between(0, doc.length - 1)
                        .flatMap(at -> Arbitraries.bytes().map(b -> {
                            byte[] copy = doc.clone();
                            copy[at] = b;
                            return copy;
                        })));
        Arbitrary<byte[]> deep = Arbitraries.integers()
                .between(1, 5_000)
                .map(n -> ("{\"projects\":" + "[".repeat(n)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> longNumber = Arbitraries.integers()
                .between(60, 10_000_000)
                .map(n -> new String(JSON, StandardCharsets.UTF_8)
                        .replace("446.71", "4".repeat(n))
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hugeString = Arbitraries.integers()
                .between(1_000, 2_000_000)
                .map(n -> new String(JSON, StandardCharsets.UTF_8)
                        .replace("测试单位", "字".repeat(n))
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, random),
                net.jqwik.api.Tuple.of(20, truncated),
                net.jqwik.api.Tuple.of(40, mutated),
                net.jqwik.api.Tuple.of(4, deep),
                net.jqwik.api.Tuple.of(3, longNumber),
                net.jqwik.api.Tuple.of(3, hugeString));
    }

    @Property
    void theJsonReaderOnlyFailsWithFormatErrors(@ForAll("hostile") byte[] input) {
        try {
            assertThat(BudgetJson.standard().read(input, "fuzz.json")).isNotNull();
        } catch (BudgetFormatException expected) {
            assertThat(expected.line()).isPositive();
        }
    }

    @Property
    void theTableCsvReaderOnlyFailsWithFormatErrors(@ForAll("hostile") byte[] input) {
        try {
            assertThat(TableCsv.read(input, TableKind.BUDGET_EXPENDITURE, AmountUnit.WAN_YUAN, 2, "fuzz.csv"))
                    .isNotNull();
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo("fuzz.csv");
        }
    }

    @Property
    void theFactCsvReaderOnlyFailsWithFormatErrors(@ForAll("hostile") byte[] input) {
        try {
            assertThat(FactCsv.read(input, "fuzz.csv")).isNotNull();
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo("fuzz.csv");
        }
    }
}
