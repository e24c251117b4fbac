package org.yusuan.budget.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.Classification;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.CodeLevel;
import org.yusuan.budget.core.code.CodeStatus;
import org.yusuan.budget.core.code.FunctionalCode;

/**
 * A catalog's functional codes by their {@linkplain CodeIndex#number number}, made once a catalog:
 * what {@code CAT-CODE} and {@code CAT-NAME} ask of every row, answered from the number that the
 * validation's {@link TableIndex} read, without making or hashing a {@link FunctionalCode}. Each
 * answer is the catalog's own ({@link ClassificationCatalog#functional}, {@link
 * ClassificationCatalog#status(FunctionalCode)}).
 */
final class CatalogIndex {
    // by identity (a catalog has no equals of its own), and weakly: a catalog a validator dropped
    // takes its index with it
    private static final Map<ClassificationCatalog, CatalogIndex> MADE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final CodeIndex numbers;
    private final List<Optional<CatalogEntry<FunctionalCode>>> entries;
    private final CodeStatus[] absent = new CodeStatus[8];

    private CatalogIndex(ClassificationCatalog catalog) {
        List<CatalogEntry<FunctionalCode>> all = catalog.functionalEntries();
        numbers = new CodeIndex(all.size());
        entries = new ArrayList<>(all.size());
        for (CatalogEntry<FunctionalCode> entry : all) {
            numbers.putIfAbsent(CodeIndex.number(entry.code().digits()), entries.size());
            entries.add(Optional.of(entry));
        }
        for (CodeLevel level : CodeLevel.values()) {
            if (level.digits() < absent.length) {
                // what the catalog says of a code it does not have, which depends on the level only
                absent[level.digits()] =
                        catalog.isComplete(Classification.FUNCTIONAL, level) ? CodeStatus.INVALID : CodeStatus.UNKNOWN;
            }
        }
    }

    /** The index of a catalog, made when first asked for. */
    static CatalogIndex of(ClassificationCatalog catalog) {
        return MADE.computeIfAbsent(catalog, CatalogIndex::new);
    }

    /** The catalog's entry of the functional code of a number, or empty. */
    Optional<CatalogEntry<FunctionalCode>> entry(int number) {
        int at = numbers.get(number);
        return at < 0 ? Optional.empty() : entries.get(at);
    }

    /** {@link ClassificationCatalog#status(FunctionalCode)} of the code of a number. */
    CodeStatus status(int number) {
        return numbers.get(number) >= 0 ? CodeStatus.KNOWN : absent[number % 10];
    }
}
