package org.yusuan.budget.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.code.NameResolution.Status;
import org.yusuan.budget.core.fund.FundSource;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;

/**
 * Every functional and economic name, and every fund-source, funding-level, unit-type and
 * government-level label printed in the three seed disclosures resolves to the right code or
 * constant. The fixtures in {@code src/test/resources/seed-names/} were transcribed from
 * {@code shared/seeds/} (seed, line, text as printed, expected answer); a {@code ;}-separated
 * expectation means the name alone fits several codes, and resolution must say so.
 */
class SeedNamesTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    static Stream<Arguments> functional() throws IOException {
        return rows("functional.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    static Stream<Arguments> economic() throws IOException {
        return rows("economic.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4]));
    }

    static Stream<Arguments> labels() throws IOException {
        return rows("labels.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4]));
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} -> {3}")
    @MethodSource("functional")
    void functionalNameResolves(String seed, String line, String text, String expected) {
        assertResolution(CATALOG.resolveFunctional(text), expected, FunctionalCode::of);
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} ({3}) -> {4}")
    @MethodSource("economic")
    void economicNameResolves(String seed, String line, String text, String system, String expected) {
        EconomicSystem inSystem = EconomicSystem.valueOf(system.toUpperCase(java.util.Locale.ROOT));
        assertResolution(CATALOG.resolveEconomic(text, inSystem), expected, EconomicCode::of);
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} -> {3}.{4}")
    @MethodSource("labels")
    void labelNamesItsConstant(String seed, String line, String text, String type, String constant) {
        Optional<? extends Enum<?>> found;
        switch (type) {
            case "FundSource":
                found = FundSource.fromLabel(text);
                break;
            case "FundingLevel":
                found = FundingLevel.fromLabel(text);
                break;
            case "UnitType":
                found = UnitType.fromLabel(text);
                break;
            case "GovernmentLevel":
                found = GovernmentLevel.fromLabel(text).or(() -> GovernmentLevel.findIn(text));
                break;
            default:
                throw new IllegalArgumentException("unknown enum in fixture: " + type);
        }
        assertThat(found.map(Enum::name)).contains(constant);
    }

    private static <C> void assertResolution(NameResolution<C> resolution, String expected, Function<String, C> code) {
        List<C> codes = Arrays.stream(expected.split(";")).map(code).toList();
        if (codes.size() == 1) {
            assertThat(resolution.status()).as(resolution.toString()).isEqualTo(Status.RESOLVED);
            assertThat(resolution.code()).contains(codes.get(0));
        } else {
            assertThat(resolution.status()).as(resolution.toString()).isEqualTo(Status.AMBIGUOUS);
            assertThat(resolution.candidates()).containsExactlyInAnyOrderElementsOf(codes);
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = SeedNamesTest.class.getResourceAsStream("/seed-names/" + file)) {
            assertThat(in).as(file).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            assertThat(rows).as(file).isNotEmpty();
            return rows;
        }
    }
}
