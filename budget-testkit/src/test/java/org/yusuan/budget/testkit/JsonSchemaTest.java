package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Every document BudgetJson writes is valid against the shipped JSON Schema (draft 2020-12). */
class JsonSchemaTest {
    private static final String RESOURCE = "/org/yusuan/budget/io/json/disclosure.schema.json";
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = BudgetJson.class.getResourceAsStream(RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<?> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void theSchemaInDocsIsTheShippedOne() throws IOException {
        try (InputStream in = BudgetJson.class.getResourceAsStream(RESOURCE)) {
            assertThat(Files.readString(Path.of("..", "docs", "disclosure.schema.json"), StandardCharsets.UTF_8))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void seedDocumentsAreValid() throws IOException {
        for (Disclosure d : List.of(
                SeedPerformanceTest.seed000WithTargets(),
                SeedValidationTest.seed002(),
                SeedPerformanceTest.seed004WithEvaluations())) {
            assertThat(errors(BudgetJson.standard().write(d))).isEmpty();
        }
        for (String seed : List.of("000", "002", "004")) {
            Disclosure imported = org.yusuan.budget.io.text.DisclosureImporter.standard()
                    .read(SeedImportTest.seedText(seed), seed)
                    .disclosure();
            assertThat(errors(BudgetJson.standard().write(imported)))
                    .as("imported " + seed)
                    .isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        String json = BudgetJson.standard().write(SeedValidationTest.seed002());
        assertThat(errors(json.replace("\"kind\" : \"BUDGET\",", "\"kind\" : \"BUDGET\",\n  \"colour\" : \"red\",")))
                .isNotEmpty();
        assertThat(errors(json.replace("\"key\" : \"functional:208\"", "\"key\" : \"functional:20\"")))
                .isNotEmpty();
        assertThat(errors(json.replace("\"WAN_YUAN\"", "\"DOLLAR\""))).isNotEmpty();
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Budgets.of(ClassificationCatalog.bundled()).publishedDisclosures();
    }

    @Property(tries = 50)
    void generatedDocumentsAreValid(@ForAll("disclosures") BudgetDisclosure d) {
        assertThat(errors(BudgetJson.standard().write(d))).isEmpty();
    }
}
