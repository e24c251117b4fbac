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
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;

/**
 * A catalog's codes by their {@linkplain CodeIndex#number number}, made once a catalog: what {@code
 * CAT-CODE} and {@code CAT-NAME} ask of every row, answered from the numbers that the validation's
 * {@link TableIndex} read, without making or hashing a code. Each answer is the catalog's own
 * ({@link ClassificationCatalog#functional}, {@link ClassificationCatalog#economic}, {@link
 * ClassificationCatalog#status(FunctionalCode)}, {@link ClassificationCatalog#status(EconomicCode)}).
 * Functional and economic codes are indexed apart; the two economic systems share an index, since
 * their codes' first digits differ.
 */
final class CatalogIndex {
    // by identity (a catalog has no equals of its own), and weakly: a catalog a validator dropped
    // takes its index with it
    private static final Map<ClassificationCatalog, CatalogIndex> MADE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Codes functional;
    private final Codes economic;
    // what the catalog says of a code it does not have, which depends on its classification and
    // level only: functional codes by digit count, economic ones by first digit and digit count
    private final CodeStatus[] functionalAbsent = new CodeStatus[8];
    private final CodeStatus[][] economicAbsent = new CodeStatus[10][8];

    /** The entries of one classification, by number. */
    private static final class Codes {
        private final CodeIndex numbers;
        private final List<Optional<CatalogEntry<?>>> entries;

        Codes(List<? extends CatalogEntry<?>> all) {
            numbers = new CodeIndex(all.size());
            entries = new ArrayList<>(all.size());
            for (CatalogEntry<?> entry : all) {
                // a code's hash code is its number (FunctionalCode and EconomicCode say so)
                numbers.putIfAbsent(entry.code().hashCode(), entries.size());
                entries.add(Optional.of(entry));
            }
        }

        Optional<CatalogEntry<?>> entry(int number) {
            int at = numbers.get(number);
            return at < 0 ? Optional.empty() : entries.get(at);
        }

        boolean has(int number) {
            return numbers.get(number) >= 0;
        }
    }

    private CatalogIndex(ClassificationCatalog catalog) {
        functional = new Codes(catalog.functionalEntries());
        List<CatalogEntry<EconomicCode>> economicEntries = new ArrayList<>();
        for (EconomicSystem system : EconomicSystem.values()) {
            economicEntries.addAll(catalog.economicEntries(system));
        }
        economic = new Codes(economicEntries);
        for (CodeLevel level : CodeLevel.values()) {
            functionalAbsent[level.digits()] = absent(catalog, Classification.FUNCTIONAL, level);
        }
        for (EconomicSystem system : EconomicSystem.values()) {
            int first = system == EconomicSystem.DEPARTMENT ? 3 : 5;
            for (CodeLevel level : List.of(CodeLevel.CLASS, CodeLevel.SECTION)) {
                economicAbsent[first][level.digits()] = absent(catalog, Classification.of(system), level);
            }
        }
    }

    private static CodeStatus absent(ClassificationCatalog catalog, Classification classification, CodeLevel level) {
        return catalog.isComplete(classification, level) ? CodeStatus.INVALID : CodeStatus.UNKNOWN;
    }

    /** The index of a catalog, made when first asked for. */
    static CatalogIndex of(ClassificationCatalog catalog) {
        return MADE.computeIfAbsent(catalog, CatalogIndex::new);
    }

    /** The catalog's entry of row {@code i}'s code, empty if the catalog lacks it, null if the row has no code. */
    Optional<CatalogEntry<?>> entry(TableIndex table, int i) {
        int number = table.number(i);
        if (number >= 0) {
            return functional.entry(number);
        }
        number = table.economicNumber(i);
        return number >= 0 ? economic.entry(number) : null;
    }

    /** The catalog's status of row {@code i}'s code, null if the row has no code. */
    CodeStatus status(TableIndex table, int i) {
        int number = table.number(i);
        if (number >= 0) {
            return functional.has(number) ? CodeStatus.KNOWN : functionalAbsent[number % 10];
        }
        number = table.economicNumber(i);
        if (number < 0) {
            return null;
        }
        return economic.has(number) ? CodeStatus.KNOWN : economicAbsent[firstDigit(number)][number % 10];
    }

    /** The first digit of the code of a number. */
    private static int firstDigit(int number) {
        int value = number / 10;
        for (int k = number % 10; k > 1; k--) {
            value /= 10;
        }
        return value;
    }
}
