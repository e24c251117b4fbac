package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.FunctionalCode;

class CatalogIndexProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    /**
     * The index says of a code's number what the catalog says of the code: its entry and its status
     * (known, invalid at a complete level, unknown at a partial one), for codes the catalog has and
     * codes it does not.
     */
    @Property(tries = 3000)
    void answersAsTheCatalog(@ForAll("codes") String digits) {
        CatalogIndex index = CatalogIndex.of(CATALOG);
        FunctionalCode code = FunctionalCode.of(digits);
        int number = CodeIndex.number(digits);
        assertThat(index.entry(number)).isEqualTo(CATALOG.functional(code));
        assertThat(index.status(number)).isEqualTo(CATALOG.status(code));
    }

    /** One index a catalog, made once. */
    @Property(tries = 10)
    void oneIndexACatalog(@ForAll("codes") String digits) {
        assertThat(CatalogIndex.of(CATALOG)).isSameAs(CatalogIndex.of(CATALOG));
    }

    /** The catalog's codes, their made-up siblings at every level, and random codes. */
    @Provide
    Arbitrary<String> codes() {
        List<String> known = CATALOG.functionalEntries().stream()
                .map(CatalogEntry::code)
                .map(FunctionalCode::digits)
                .toList();
        Arbitrary<String> catalog = Arbitraries.of(known);
        Arbitrary<String> sibling = catalog.flatMap(c -> Arbitraries.strings()
                .numeric()
                .ofLength(2)
                .map(tail -> c.length() == 3 ? c.substring(0, 1) + tail : c.substring(0, c.length() - 2) + tail));
        Arbitrary<String> random = Arbitraries.of(3, 5, 7)
                .flatMap(length -> Arbitraries.strings().numeric().ofLength(length));
        return Arbitraries.oneOf(catalog, sibling, random);
    }
}
