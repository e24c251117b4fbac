package org.yusuan.budget.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.io.SmallDisclosure;

class BudgetJsonTest {
    private static final BudgetJson JSON = BudgetJson.standard();

    static Disclosure small() {
        return SmallDisclosure.disclosure();
    }

    @Test
    void writesCanonicalJsonThatReadsBack() {
        String text = JSON.write(small());
        assertThat(text)
                .startsWith("{\n  \"kind\" : \"BUDGET\",\n")
                .endsWith("}\n")
                .doesNotContain("\r");
        assertThat(text)
                .contains("\"TOTAL\" : 446.71")
                .contains("\"BASIC\" : 0.00")
                .contains("\"key\" : \"functional:2080107\"");
        Disclosure back = JSON.read(text, "small.json");
        assertThat(back).isEqualTo(small());
        assertThat(JSON.write(back)).isEqualTo(text);
    }

    @Test
    void aUsersOwnMapperReadsAndWritesThroughTheModule() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
        String text = mapper.writeValueAsString(small());
        assertThat(mapper.readValue(text, Disclosure.class)).isEqualTo(small());
        assertThat(mapper.readValue(text, BudgetDisclosure.class)).isEqualTo(small());
        assertThat(JSON.mapper().readValue(JSON.write(small()), Disclosure.class))
                .isEqualTo(small());
    }

    @Test
    void theModuleAlsoMapsTablesAmountsCodesAndKeysOnTheirOwn() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
        BudgetTable table = small().tables().values().iterator().next();
        assertThat(mapper.readValue(mapper.writeValueAsString(table), BudgetTable.class))
                .isEqualTo(table);
        assertThat(mapper.writeValueAsString(Amount.ofFen(150_593))).isEqualTo("1505.93");
        assertThat(mapper.readValue("1505.93", Amount.class)).isEqualTo(Amount.ofFen(150_593));
        assertThat(mapper.readValue("\"2080107\"", FunctionalCode.class)).isEqualTo(FunctionalCode.of("2080107"));
        assertThat(mapper.writeValueAsString(new RowKey.Fixed(org.yusuan.budget.core.table.Line.TOTAL)))
                .isEqualTo("\"line:TOTAL\"");
        assertThatThrownBy(() -> mapper.readValue("1505.931", Amount.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class)
                .hasMessageContaining("finer than a fen");
        assertThatThrownBy(() -> mapper.readValue("\"20\"", FunctionalCode.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class)
                .hasMessageContaining("\"20\"");
    }

    @Test
    void rejectsUnknownFieldsUnlessLenient() {
        String text = JSON.write(small()).replace("\"year\" : 2025", "\"year\" : 2025,\n  \"colour\" : \"red\"");
        assertThatThrownBy(() -> JSON.read(text, "x.json"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("x.json:" + (text.lines().toList().indexOf("  \"colour\" : \"red\",") + 1) + ":")
                .hasMessageContaining("unknown field \"colour\"");
        assertThat(BudgetJson.lenient().read(text, "x.json")).isEqualTo(small());
    }

    @Test
    void namesTheLineAndColumnOfABadValue() {
        String text = JSON.write(small()).replace("\"TOTAL\" : 446.71", "\"TOTAL\" : 446.715");
        assertThatThrownBy(() -> JSON.read(text, "x.json"))
                .isInstanceOf(BudgetFormatException.class)
                .satisfies(e -> {
                    BudgetFormatException b = (BudgetFormatException) e;
                    assertThat(b.line())
                            .isEqualTo(text.lines()
                                            .toList()
                                            .indexOf(text.lines()
                                                    .filter(l -> l.contains("446.715"))
                                                    .findFirst()
                                                    .orElseThrow())
                                    + 1);
                    assertThat(b.column()).isPositive();
                    assertThat(b.reason()).contains("finer than");
                });
        assertThatThrownBy(() -> JSON.read(JSON.write(small()).replace("\"WAN_YUAN\"", "\"DOLLAR\""), "x.json"))
                .hasMessageContaining("DOLLAR");
        assertThatThrownBy(
                        () -> JSON.read(JSON.write(small()).replace("functional:2080107", "functional:20"), "x.json"))
                .hasMessageContaining("functional:20");
    }

    @Test
    void reportsMalformedAndHostileInputAsFormatErrors() {
        assertThatThrownBy(() -> JSON.read("", "x.json")).isInstanceOf(BudgetFormatException.class);
        // found by the fuzz properties: bytes Jackson takes for UTF-32 and cannot decode
        assertThatThrownBy(() -> JSON.read(new byte[] {0, 0, 0, 0, 0, -1, 0, 0}, "x.json"))
                .isInstanceOf(BudgetFormatException.class);
        assertThatThrownBy(() -> JSON.read("[1,2]", "x.json")).isInstanceOf(BudgetFormatException.class);
        assertThatThrownBy(() -> JSON.read("{\"kind\": ", "x.json")).isInstanceOf(BudgetFormatException.class);
        assertThatThrownBy(() -> JSON.read(JSON.write(small()) + "{}", "x.json"))
                .hasMessageContaining("content after the disclosure");
        String deep = "{\"projects\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> JSON.read(deep, "x.json")).isInstanceOf(BudgetFormatException.class);
        String huge = JSON.write(small()).replace("2025", "9".repeat(10_000));
        assertThatThrownBy(() -> JSON.read(huge, "x.json")).isInstanceOf(BudgetFormatException.class);
        String exponent = JSON.write(small()).replace("\"TOTAL\" : 446.71", "\"TOTAL\" : 1e999999999");
        assertThatThrownBy(() -> JSON.read(exponent, "x.json"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> JSON.read("{\"kind\":\"BUDGET\"}", "x.json"))
                .hasMessageContaining("needs kind, unit and year");
    }

    @Property(tries = 300)
    void readingArbitraryTextOnlyEverFailsWithAFormatError(@ForAll String text) {
        try {
            JSON.read(text, "fuzz.json");
        } catch (BudgetFormatException expected) {
            assertThat(expected.line()).isPositive();
        }
    }

    @Property(tries = 300)
    void readingAMutatedDocumentOnlyEverFailsWithAFormatError(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2000) int position, @ForAll char replacement) {
        String text = JSON.write(small());
        int at = position % text.length();
        String mutated = text.substring(0, at) + replacement + text.substring(at + 1);
        try {
            JSON.read(mutated, "fuzz.json");
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo("fuzz.json");
        }
    }
}
