package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/** One validator shared by 16 threads gives the same reports as validating one at a time. */
class ConcurrentValidationTest {
    @Test
    void sixteenThreadsGiveIdenticalReports() throws Exception {
        List<Disclosure> disclosures = new ArrayList<>(
                List.of(SeedValidationTest.seed000(), SeedValidationTest.seed002(), SeedValidationTest.seed004()));
        Arbitrary<? extends Disclosure> generated =
                Budgets.of(ClassificationCatalog.bundled()).publishedDisclosures();
        generated.sampleStream().limit(29).forEach(disclosures::add);
        Validator validator = Validator.builder().build();
        List<ValidationReport> expected =
                disclosures.stream().map(validator::validate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                Callable<List<ValidationReport>> job = () -> {
                    start.await();
                    List<ValidationReport> reports = new ArrayList<>();
                    for (int i = 0; i < disclosures.size(); i++) {
                        int index = (i + offset) % disclosures.size();
                        reports.add(null);
                        reports.set(i, validator.validate(disclosures.get(index)));
                    }
                    // put back in disclosure order
                    List<ValidationReport> ordered = new ArrayList<>(reports);
                    for (int i = 0; i < disclosures.size(); i++) {
                        ordered.set((i + offset) % disclosures.size(), reports.get(i));
                    }
                    return ordered;
                };
                futures.add(pool.submit(job));
            }
            start.countDown();
            for (Future<List<ValidationReport>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0).findings()).isNotEmpty();
    }
}
