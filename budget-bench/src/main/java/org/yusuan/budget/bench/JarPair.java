package org.yusuan.budget.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the library validating the same disclosure in one JVM, for a before-and-after
 * figure: each benchmark jar is loaded by a class loader of its own, and the rounds alternate
 * slices of CPU time of the thread between the old validator, the new one and the long-sum
 * baseline (the old jar's). Two runs of {@link CpuRatio} one after the other see different loads
 * on a shared machine; here the two builds take turns within each second, so their ratio keeps
 * little of the drift. Prints the median time of a validation with each jar, the median of their
 * ratios to the long sum and the median of the rounds' ratio new ÷ old, each with its 10th and
 * 90th percentiles. The rounds start once warm-up rounds find the JIT compiler done with both
 * builds ({@link CpuSlices#warmUp}).
 *
 * <pre>{@code
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.JarPair old.jar new.jar 10000 TAIL_FREE 20
 * java -Djarpair.grouped=false -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.JarPair old.jar new.jar 0 seed:002 15
 * java -cp budget-bench/target/benchmarks.jar org.yusuan.budget.bench.JarPair old.jar new.jar 0 import:000 20
 * }</pre>
 *
 * <p>With {@code import:} and a seed, the pair is the text import of the seed's bytes instead (what
 * {@link ImportBenchmark#importText} measures), and the baseline the split of the same bytes into
 * lines and cells ({@link ImportBenchmark#splitCells}).
 *
 * <p>Both jars must be builds of {@code budget-bench} ({@code benchmarks.jar}) that have {@link
 * Workloads#withCells(int, long, org.yusuan.budget.core.ledger.RoundingPolicy)}, {@link
 * Workloads#importedSeed} and {@link Workloads#sumOfCells}.
 */
public final class JarPair {
    private static final long SLICE_NANOS = 300_000_000L;

    private JarPair() {}

    /**
     * Runs the rounds.
     *
     * @param args the old jar, the new jar, about how many cells (10000; any number for a seed),
     *     the rounding ({@code INDEPENDENT} or {@code TAIL_FREE}), a seed to validate ({@code
     *     seed:002}) or a seed to import ({@code import:000}), and
     *     the number of measured rounds (20)
     * @throws Exception if a jar cannot be loaded or lacks what it needs
     */
    public static void main(String[] args) throws Exception {
        boolean grouped = Boolean.parseBoolean(System.getProperty("jarpair.grouped", "true"));
        int cells = Integer.parseInt(args[2]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Operation[] old = load(args[0], cells, args[3], grouped);
        Operation[] now = load(args[1], cells, args[3], grouped);
        // warm-up: both jars and the baseline, until the JIT compiler is done with them
        int warmUp = CpuSlices.warmUp(
                () -> {
                    try {
                        slice(old[0]);
                        slice(now[0]);
                        slice(old[1]);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                },
                5,
                200);
        System.out.printf(Locale.ROOT, "warm-up: %d rounds%n", warmUp);
        double[] oldMicros = new double[rounds];
        double[] newMicros = new double[rounds];
        double[] oldRatios = new double[rounds];
        double[] newRatios = new double[rounds];
        double[] change = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            // the order of the two jars alternates, so that neither always follows the baseline
            double a;
            double b;
            if (i % 2 == 0) {
                a = slice(old[0]);
                b = slice(now[0]);
            } else {
                b = slice(now[0]);
                a = slice(old[0]);
            }
            double sum = slice(old[1]);
            oldMicros[i] = a;
            newMicros[i] = b;
            oldRatios[i] = a / sum;
            newRatios[i] = b / sum;
            change[i] = b / a;
        }
        System.out.printf(
                Locale.ROOT,
                "%s %s: old %s µs, ratio %s | new %s µs, ratio %s | new ÷ old %s%n",
                args[2],
                args[3] + (grouped ? "" : " ungrouped"),
                median(oldMicros, "%.1f"),
                median(oldRatios, "%.2f"),
                median(newMicros, "%.1f"),
                median(newRatios, "%.2f"),
                median(change, "%.3f"));
    }

    /** The median with the 10th and 90th percentiles in brackets. */
    private static String median(double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, format, sorted[n / 2])
                + String.format(
                        Locale.ROOT, " (" + format + " – " + format + ")", sorted[n / 10], sorted[n - 1 - n / 10]);
    }

    /** One operation of one jar, through reflection into its classes. */
    private interface Operation extends CpuSlices.Operation<ReflectiveOperationException> {}

    private static double slice(Operation operation) throws ReflectiveOperationException {
        return CpuSlices.micros(operation, SLICE_NANOS);
    }

    /** The seed whose name starts with a prefix ({@code 002}). */
    private static Object seedNamed(Class<?> workloads, String prefix) throws ReflectiveOperationException {
        List<?> seeds = (List<?>) workloads.getField("SEEDS").get(null);
        return seeds.stream()
                .filter(s -> s.toString().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix + ": " + seeds));
    }

    /**
     * The text import of a seed and its baseline through one jar's classes: what {@link
     * ImportBenchmark} measures, decoding included in both.
     */
    private static Operation[] importing(ClassLoader loader, Class<?> workloads, Object seed)
            throws ReflectiveOperationException {
        byte[] bytes = (byte[]) workloads.getMethod("seed", String.class).invoke(null, seed);
        Method decode =
                loader.loadClass("org.yusuan.budget.io.text.TextEncoding").getMethod("decode", byte[].class);
        Class<?> importerType = loader.loadClass("org.yusuan.budget.io.text.DisclosureImporter");
        Method standard = importerType.getMethod("standard");
        Method read = importerType.getMethod("read", String.class, String.class);
        Method findings =
                loader.loadClass("org.yusuan.budget.io.text.ImportResult").getMethod("findings");
        String name = seed.toString();
        return new Operation[] {
            () -> ((List<?>) findings.invoke(read.invoke(standard.invoke(null), decode.invoke(null, bytes), name)))
                    .size(),
            () -> {
                long cells = 0L;
                for (String line : ((String) decode.invoke(null, bytes)).lines().toList()) {
                    cells += line.split("\t", -1).length;
                }
                return cells;
            }
        };
    }

    /** The validation and the long sum of one jar's disclosure, through its own classes. */
    private static Operation[] load(String jar, int cells, String rounding, boolean grouped)
            throws ReflectiveOperationException, MalformedURLException {
        ClassLoader loader =
                new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> workloads = loader.loadClass("org.yusuan.budget.bench.Workloads");
        Class<?> disclosureType = loader.loadClass("org.yusuan.budget.core.disclosure.Disclosure");
        if (rounding.startsWith("import:")) {
            return importing(loader, workloads, seedNamed(workloads, rounding.substring("import:".length())));
        }
        Object disclosure;
        if (rounding.startsWith("seed:")) {
            Object seed = seedNamed(workloads, rounding.substring("seed:".length()));
            disclosure = workloads.getMethod("importedSeed", String.class).invoke(null, seed);
        } else {
            Class<?> policy = loader.loadClass("org.yusuan.budget.core.ledger.RoundingPolicy");
            Object bundled = workloads.getMethod("bundled").invoke(null);
            disclosure = workloads
                    .getMethod("withCells", int.class, long.class, policy)
                    .invoke(
                            bundled,
                            cells,
                            7L,
                            policy.getMethod("valueOf", String.class).invoke(null, rounding));
        }
        Class<?> validatorType = loader.loadClass("org.yusuan.budget.validation.Validator");
        Object builder = validatorType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("groupRootCauses", boolean.class).invoke(builder, grouped);
        Object validator = builder.getClass().getMethod("build").invoke(builder);
        Method validate = validatorType.getMethod("validate", disclosureType);
        Method findings = loader.loadClass("org.yusuan.budget.validation.ValidationReport")
                .getMethod("findings");
        Method sum = workloads.getMethod("sumOfCells", disclosureType);
        Object held = disclosure;
        return new Operation[] {
            () -> ((List<?>) findings.invoke(validate.invoke(validator, held))).size(),
            () -> (long) sum.invoke(null, held)
        };
    }
}
