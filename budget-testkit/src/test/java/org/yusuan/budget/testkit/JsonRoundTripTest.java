package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.io.json.BudgetJson;

/** JSON round trips exactly: read(write(d)) = d, and write(read(bytes)) = bytes, on seeds and generated disclosures. */
class JsonRoundTripTest {
    private static final BudgetJson JSON = BudgetJson.standard();

    private static void assertRoundTrip(Disclosure d) {
        byte[] bytes = JSON.writeBytes(d);
        Disclosure back = JSON.read(bytes, "round-trip.json");
        assertThat(back).isEqualTo(d);
        assertThat(JSON.writeBytes(back)).isEqualTo(bytes);
    }

    @Test
    void seedsRoundTripWithTheirNarrativeTargetsAndEvaluations() throws IOException {
        for (Disclosure d : List.of(
                SeedPerformanceTest.seed000WithTargets(),
                SeedValidationTest.seed002(),
                SeedPerformanceTest.seed004WithEvaluations())) {
            assertRoundTrip(d);
        }
        assertThat(JSON.write(SeedPerformanceTest.seed000WithTargets()))
                .contains("\"value\" : \"≥1次\"")
                .contains("\"key\" : \"line:INCOME_GRAND_TOTAL\"")
                .contains("\"TOTAL\" : 1563.24");
    }

    @Test
    void theModuleMapsEveryPartOnItsOwn() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = JSON.mapper();
        Disclosure seed000 = SeedPerformanceTest.seed000WithTargets();
        Disclosure seed004 = SeedPerformanceTest.seed004WithEvaluations();
        assertPart(mapper, seed000.unit(), org.yusuan.budget.core.unit.BudgetUnit.class);
        assertPart(mapper, seed000.projects().get(0), org.yusuan.budget.core.disclosure.Project.class);
        assertPart(
                mapper,
                seed000.projects().get(0).target().orElseThrow(),
                org.yusuan.budget.core.performance.PerformanceTarget.class);
        assertPart(
                mapper,
                seed004.projects().get(0).evaluation().orElseThrow(),
                org.yusuan.budget.core.performance.SelfEvaluation.class);
        assertPart(
                mapper,
                SeedValidationTest.seed002().narrative().get(0),
                org.yusuan.budget.core.disclosure.NarrativeFigure.class);
    }

    private static <T> void assertPart(com.fasterxml.jackson.databind.ObjectMapper mapper, T part, Class<T> type)
            throws Exception {
        assertThat(mapper.readValue(mapper.writeValueAsString(part), type)).isEqualTo(part);
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        Budgets budgets = Budgets.of(ClassificationCatalog.bundled());
        return net.jqwik.api.Arbitraries.oneOf(budgets.consistentDisclosures(), budgets.publishedDisclosures());
    }

    @Property(tries = 100)
    void generatedDisclosuresRoundTrip(@ForAll("disclosures") BudgetDisclosure d) {
        assertRoundTrip(d);
    }
}
