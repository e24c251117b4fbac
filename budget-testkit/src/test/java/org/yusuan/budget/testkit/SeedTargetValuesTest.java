package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.core.performance.Relation;
import org.yusuan.budget.core.performance.TargetValue;

/**
 * Every indicator value printed in the seeds' target and self-evaluation tables (collected in
 * {@code performance/target-values.tsv} with the structure it must read as) parses to it.
 */
class SeedTargetValuesTest {
    static Stream<Arguments> values() throws IOException {
        try (InputStream in = SeedTargetValuesTest.class.getResourceAsStream("/performance/target-values.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            assertThat(lines).hasSizeGreaterThan(90);
            return lines.stream()
                    .map(l -> l.split("\t", -1))
                    .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2}")
    @MethodSource("values")
    void parsesToItsExpectedStructure(
            String seed, String line, String text, String relation, String number, String unit) {
        TargetValue value = TargetValue.parse(text);
        assertThat(value.raw()).isEqualTo(text);
        if (relation.equals("QUALITATIVE")) {
            assertThat(value).isInstanceOf(TargetValue.Qualitative.class);
        } else {
            assertThat(value).isInstanceOf(TargetValue.Quantitative.class);
            TargetValue.Quantitative q = (TargetValue.Quantitative) value;
            assertThat(q.relation()).isEqualTo(Relation.valueOf(relation));
            assertThat(q.number()).isEqualByComparingTo(new BigDecimal(number));
            assertThat(q.unit()).isEqualTo(unit);
        }
    }
}
