package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.ImportResult;

/** The importer on the seeds: what it reads equals the hand transcriptions, and it says what it did not read. */
class SeedImportTest {
    static String seedText(String seed) throws IOException {
        String name = switch (seed) {
            case "000" -> "000_592c12c34fbdb2be.txt";
            case "002" -> "002_50ea5a3f65b56578.txt";
            default -> "004_f08b956b510655b5.txt";
        };
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "000, 山西省工伤保险管理服务中心, 2025, BUDGET",
        "002, 山西省社会保险局, 2026, BUDGET",
        "004, 晋城市人力资源和社会保障综合服务中心, 2023, FINAL_ACCOUNTS"
    })
    void readsTheUnitYearAndKindFromTheTitle(String seed, String unit, int year, DisclosureKind kind)
            throws IOException {
        ImportResult result = DisclosureImporter.standard().read(seedText(seed), seed);
        assertThat(result.disclosure().unit().name()).isEqualTo(unit);
        assertThat(result.disclosure().year()).isEqualTo(Year.of(year));
        assertThat(result.disclosure().kind()).isEqualTo(kind);
    }

    /** Every table of the seeds is read, equal to the transcription, and no line is left unplaced. */
    @ParameterizedTest
    @CsvSource({"000, 13, ''", "002, 13, ''", "004, 10, ''"})
    void theTablesItReadsEqualTheHandTranscriptions(String seed, int expectedTables, String unplacedLines)
            throws IOException {
        ImportResult result = DisclosureImporter.standard().read(seedText(seed), seed);
        var fixture = SeedTablesTest.fixture(seed).tables();
        assertThat(result.disclosure().tables()).hasSize(expectedTables);
        for (BudgetTable imported : result.disclosure().tables().values()) {
            assertThat(imported).as(seed + " " + imported.kind()).isEqualTo(fixture.get(imported.kind()));
        }
        assertThat(result.disclosure().counts())
                .isEqualTo(SeedTablesTest.fixture(seed).counts());
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("IMP-LINE"))
                .extracting(f -> String.valueOf(f.location().sourceLine().getAsInt()))
                .containsExactly(unplacedLines.isEmpty() ? new String[0] : unplacedLines.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"000, 000-targets.tsv", "002, 002-targets.tsv", "004, 004-evaluations.tsv"})
    void thePerformanceTablesItReadsEqualTheHandTranscriptions(String seed, String fixture) throws IOException {
        ImportResult result = DisclosureImporter.standard().read(seedText(seed), seed);
        PerformanceFixture expected = SeedPerformanceTest.fixture(fixture);
        List<Project> projects = result.disclosure().projects();
        assertThat(projects).extracting(Project::name).doesNotHaveDuplicates();
        assertThat(projects.stream().flatMap(p -> p.target().stream()).toList())
                .containsExactlyElementsOf(expected.targets());
        assertThat(projects.stream().flatMap(p -> p.evaluation().stream()).toList())
                .containsExactlyElementsOf(expected.evaluations());
        assertThat(projects)
                .allSatisfy(p -> assertThat(p.name())
                        .isEqualTo(p.target()
                                .map(t -> t.projectName())
                                .or(() -> p.evaluation().map(e -> e.projectName()))
                                .orElseThrow()));
    }

    @Test
    void aThreePublicTableOfFinalAccountsWithDataIsReportedNotRead() throws IOException {
        String seed = seedText("004");
        String columns = "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\n";
        int title = seed.indexOf("财政拨款“三公”经费支出决算表\n\n公开09表");
        int empty = seed.indexOf("说明：本表无数据", title);
        String withData = seed.substring(0, title)
                + seed.substring(title, empty)
                        .replace(
                                columns,
                                columns + "1.00\t0.00\t1.00\t0.00\t0.00\t0.00\t1.00\t0.00\t1.00\t0.00\t0.00\t0.00\n")
                + "说明：" + seed.substring(empty + "说明：本表无数据".length());
        assertThat(withData).contains(columns + "1.00\t");
        assertThat(withData.substring(title, empty + 10)).doesNotContain("本表无数据");
        int titleLine = (int) seed.substring(0, title).lines().count() + 1;

        ImportResult result = DisclosureImporter.standard().read(withData, "004");

        assertThat(result.disclosure().tables()).doesNotContainKey(TableKind.FINAL_THREE_PUBLIC_EXPENSES);
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("IMP-TABLE"))
                .extracting(f -> f.location().sourceLine().getAsInt())
                .as("the 三公 table only")
                .containsExactly(titleLine);
    }

    @Test
    void aRowNumberTooLongForAnIntIsNotAnException() throws IOException {
        String seed = seedText("004");
        String line74 = "一、一般公共预算财政拨款收入\t1\t430.21\t一、一般公共服务支出\t32\t";
        assertThat(seed).contains(line74);
        String text = seed.replace(line74, line74.replace("\t32\t", "\t99999999999\t"));

        ImportResult result = DisclosureImporter.standard().read(text, "004");

        assertThat(result.disclosure().tables().get(TableKind.FINAL_SUMMARY).rows())
                .filteredOn(r -> r.name().equals("一、一般公共服务支出"))
                .singleElement()
                .satisfies(r -> assertThat(r.number()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"262.6x7", ""})
    void anUnreadableOrBlankPersonnelTotalIsAnImpLineAndDoesNotTakeThePublicTotal(String printed) throws IOException {
        String seed = seedText("004");
        String total = "\t人员经费合计\t262.67\t";
        assertThat(seed).contains(total);
        String text = seed.replace(total, "\t人员经费合计\t" + printed + "\t");

        ImportResult result = DisclosureImporter.standard().read(text, "004");

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("IMP-LINE"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().sourceLine()).hasValue(287));
        assertThat(result.disclosure()
                        .tables()
                        .get(TableKind.FINAL_BASIC_EXPENDITURE_DETAIL)
                        .rows())
                .filteredOn(r -> r.name().endsWith("经费合计"))
                .extracting(Row::name)
                .containsExactly("公用经费合计");
    }

    @Test
    void readsEveryTableOfABudgetInTheReferenceLayout() throws IOException {
        ImportResult result = DisclosureImporter.standard().read(seedText("000"), "000");
        assertThat(result.disclosure().tables().keySet())
                .containsExactlyInAnyOrder(
                        TableKind.BUDGET_SUMMARY,
                        TableKind.APPROPRIATION_SUMMARY,
                        TableKind.BASIC_EXPENDITURE_BY_ECONOMIC,
                        TableKind.THREE_PUBLIC_EXPENSES,
                        TableKind.GOVERNMENT_FUND_INCOME,
                        TableKind.STATE_CAPITAL,
                        TableKind.AGENCY_OPERATING_COSTS,
                        TableKind.PROJECT_EXPENDITURE,
                        TableKind.CARRY_OVER_PROJECT_EXPENDITURE,
                        TableKind.BUDGET_INCOME,
                        TableKind.BUDGET_EXPENDITURE,
                        TableKind.GENERAL_BUDGET_EXPENDITURE,
                        TableKind.GOVERNMENT_FUND_EXPENDITURE);
    }

    /**
     * The imported budget validates to the same findings as the transcription of its tables and of
     * its performance target tables (the narrative aside: the importer does not read it yet).
     */
    @ParameterizedTest
    @CsvSource({"000, 000-targets.tsv", "002, 002-targets.tsv"})
    void anImportedBudgetValidatesToTheFindingsVerifiedByHand(String seed, String targets) throws IOException {
        var imported = DisclosureImporter.standard().read(seedText(seed), seed).disclosure();
        var transcribed = (org.yusuan.budget.core.disclosure.BudgetDisclosure)
                (seed.equals("000") ? SeedValidationTest.seed000() : SeedValidationTest.seed002());
        var expected = org.yusuan.budget.core.disclosure.BudgetDisclosure.builder()
                .from(transcribed)
                .unit(imported.unit())
                .narrative(List.of())
                .projects(SeedPerformanceTest.fixture(targets).targets().stream()
                        .map(t -> Project.builder()
                                .name(t.projectName())
                                .target(t)
                                .build())
                        .toList())
                .build();
        var validator = org.yusuan.budget.validation.Validator.builder().build();
        assertThat(SeedValidationTest.summary(validator.validate(imported)))
                .isEqualTo(SeedValidationTest.summary(validator.validate(expected)))
                .isNotEmpty();
    }

    @Test
    void reportsALineItCannotPlace() throws IOException {
        String text = seedText("000").replace("2080150\t事业运行\t851.95\t851.95", "2080150\t事业运行\t851.9x\t851.95");
        ImportResult result = DisclosureImporter.standard().read(text, "000");
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("IMP-LINE");
            assertThat(f.location().sourceLine()).hasValue(116);
            assertThat(f.messageEn()).contains("851.9x");
        });
    }

    @Test
    void rulesMdListsTheImportFindings() throws IOException {
        List<String> documented = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "RULES.md")).stream()
                .filter(l -> l.startsWith("### IMP-"))
                .map(l -> l.substring(4).strip())
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(DisclosureImporter.FINDING_IDS);
    }

    @Test
    void needsATitle() {
        assertThatThrownBy(() -> DisclosureImporter.standard().read("没有标题\n", "x.txt"))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("x.txt:1");
    }

    @Property(tries = 300)
    void importingArbitraryTextOnlyEverFailsWithAFormatError(@ForAll String text) {
        try {
            DisclosureImporter.standard().read("某单位\n2025年度单位预算公开\n预算公开表2\n2025年预算收入总表\n" + text, "fuzz.txt");
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo("fuzz.txt");
        }
    }

    @Property(tries = 1000)
    void corruptingOneCellOfASeedOnlyEverFailsWithAFormatError(
            @ForAll("seeds") String seed,
            @ForAll @IntRange(min = 0, max = 900) int line,
            @ForAll @IntRange(min = 0, max = 12) int field,
            @ForAll("cells") String cell)
            throws IOException {
        List<String> lines = new java.util.ArrayList<>(seedText(seed).lines().toList());
        int at = line % lines.size();
        String[] fields = lines.get(at).split("\t", -1);
        fields[field % fields.length] = cell;
        lines.set(at, String.join("\t", fields));
        try {
            ImportResult result = DisclosureImporter.standard().read(String.join("\n", lines), seed);
            assertThat(result.disclosure()).isNotNull();
        } catch (BudgetFormatException expected) {
            assertThat(expected.source()).isEqualTo(seed);
        }
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of("000", "002", "004");
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "——",
                        "-",
                        "0",
                        "99999999999",
                        "99999999999999999999.99",
                        "1,2,3",
                        "1.234",
                        "-0.00",
                        "合计",
                        "人员经费合计",
                        "公用经费合计",
                        "本表无数据",
                        "2080108",
                        "301",
                        "99999",
                        "一、",
                        "二、",
                        "三、",
                        "项目",
                        "栏次",
                        "（单位）",
                        "单位：元"),
                Arbitraries.strings().numeric().ofMaxLength(25),
                Arbitraries.strings().ofMaxLength(12));
    }
}
