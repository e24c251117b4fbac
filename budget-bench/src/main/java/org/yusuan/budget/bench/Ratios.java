package org.yusuan.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yusuan.budget.core.ledger.RoundingPolicy;

/**
 * Turns JMH result files ({@code -rf json}) into the tables of {@code BENCHMARKS.md}: each
 * benchmark over its baseline, with the error of the ratio from both scores' 99.9% confidence
 * intervals (first-order: the relative errors add in quadrature), the cost per cell of validation
 * and the throughput of text import. A benchmark and its baseline may come from two files: {@code
 * bench/run.sh} runs the benchmarks that need a longer warm-up apart from their baselines.
 *
 * <pre>{@code
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.Ratios jmh-result.json [more.json …]
 * }</pre>
 */
public final class Ratios {
    private static final String VALIDATE = "ValidationBenchmark.validate";

    /**
     * Benchmark method → its baselines in the same class: validation has two, the long sum of the
     * target and the floor that also reads each row's code and name.
     */
    private static final Map<String, List<String>> BASELINES = Map.of(
            "JsonBenchmark.read",
            List.of("JsonBenchmark.readTree"),
            "JsonBenchmark.write",
            List.of("JsonBenchmark.writeTree"),
            VALIDATE,
            List.of("ValidationBenchmark.sumCells", "ValidationBenchmark.touchRows"),
            "CsvBenchmark.read",
            List.of("CsvBenchmark.readRaw"),
            "ImportBenchmark.importText",
            List.of("ImportBenchmark.splitCells"),
            "PdfBenchmark.importPdf",
            List.of("PdfBenchmark.stripText"));

    private Ratios() {}

    /** A score with its error, in the unit of the run. */
    private record Score(double value, double error, String unit) {}

    /**
     * Prints the tables.
     *
     * @param args the JMH result files
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, Score> scores = new TreeMap<>();
        for (String file : args) {
            read(new ObjectMapper().readTree(Path.of(file).toFile()), scores);
        }
        System.out.println("| benchmark | params | score | baseline | baseline's score | ratio |");
        System.out.println("|---|---|---:|---|---:|---:|");
        Set<String> validationParams = new LinkedHashSet<>();
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            String[] parts = e.getKey().split(" ", 2);
            Score a = e.getValue();
            for (String baseline : BASELINES.getOrDefault(parts[0], List.of())) {
                Score b = scores.get(baseline + " " + parts[1]);
                if (b == null) {
                    continue;
                }
                double ratio = a.value / b.value;
                double error = ratio * Math.hypot(a.error / a.value, b.error / b.value);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %.2f ± %.2f |%n",
                        parts[0],
                        parts[1],
                        text(a),
                        method(baseline),
                        text(b),
                        ratio,
                        error);
                if (parts[0].equals(VALIDATE)) {
                    validationParams.add(parts[1]);
                }
            }
        }
        System.out.println();
        // the validation and each of its floors, in nanoseconds a cell
        List<String> floors = BASELINES.get(VALIDATE);
        StringBuilder header = new StringBuilder("| validation | cells | validate, ns a cell |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|");
        for (String floor : floors) {
            header.append(' ').append(method(floor)).append(", ns a cell |");
            rule.append("---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (String params : validationParams) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : params.split(", ")) {
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            int cells = Workloads.cells(Workloads.bundled()
                    .withCells(
                            Integer.parseInt(values.get("cells")),
                            7L,
                            RoundingPolicy.valueOf(values.getOrDefault("rounding", "INDEPENDENT"))));
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s |",
                    params,
                    cells,
                    perCell(scores.get(VALIDATE + " " + params), cells)));
            for (String floor : floors) {
                row.append(' ')
                        .append(perCell(scores.get(floor + " " + params), cells))
                        .append(" |");
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("| import | bytes | MB/s (10⁶ bytes a second) |");
        System.out.println("|---|---:|---:|");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            if (!e.getKey().startsWith("ImportBenchmark.importText ")) {
                continue;
            }
            String seed = e.getKey().substring(e.getKey().indexOf('=') + 1);
            int bytes = Workloads.seed(seed).length;
            Score a = e.getValue();
            double seconds = a.value * nanos(a.unit) / 1e9;
            double low = (a.value + a.error) * nanos(a.unit) / 1e9;
            double high = (a.value - a.error) * nanos(a.unit) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f (%.1f – %.1f) |%n",
                    seed,
                    bytes,
                    bytes / seconds / 1e6,
                    bytes / low / 1e6,
                    high > 0 ? bytes / high / 1e6 : Double.POSITIVE_INFINITY);
        }
    }

    /** Adds the scores of one JMH result file, by benchmark and parameters. */
    private static void read(JsonNode results, Map<String, Score> scores) {
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode m = r.get("primaryMetric");
            double error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
            scores.put(
                    key(name, r.get("params")),
                    new Score(
                            m.get("score").asDouble(), error, m.get("scoreUnit").asText()));
        }
    }

    private static String key(String name, JsonNode params) {
        StringBuilder key = new StringBuilder(name).append(' ');
        if (params != null) {
            StringBuilder list = new StringBuilder();
            for (Map.Entry<String, JsonNode> p : params.properties()) {
                list.append(list.length() == 0 ? "" : ", ")
                        .append(p.getKey())
                        .append('=')
                        .append(p.getValue().asText());
            }
            key.append(list);
        }
        return key.toString();
    }

    /** A benchmark's method, without its class. */
    private static String method(String benchmark) {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    /** A score in nanoseconds a cell, or a dash where the run has no such score. */
    private static String perCell(Score s, int cells) {
        if (s == null) {
            return "–";
        }
        double perUnit = nanos(s.unit);
        return String.format(Locale.ROOT, "%.2f ± %.2f", s.value * perUnit / cells, s.error * perUnit / cells);
    }

    private static String text(Score s) {
        return String.format(Locale.ROOT, "%.1f ± %.1f %s", s.value, s.error, s.unit);
    }

    private static double nanos(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
