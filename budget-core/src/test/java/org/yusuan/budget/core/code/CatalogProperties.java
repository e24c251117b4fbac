package org.yusuan.budget.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.core.code.NameResolution.Status;

class CatalogProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    @Provide
    Arbitrary<CatalogEntry<FunctionalCode>> functionalEntries() {
        return Arbitraries.of(CATALOG.functionalEntries());
    }

    @Provide
    Arbitrary<CatalogEntry<EconomicCode>> economicEntries() {
        List<CatalogEntry<EconomicCode>> all = new ArrayList<>(CATALOG.economicEntries(EconomicSystem.DEPARTMENT));
        all.addAll(CATALOG.economicEntries(EconomicSystem.GOVERNMENT));
        return Arbitraries.of(all);
    }

    @Property
    void everyFunctionalParentIsInTheSameEdition(@ForAll("functionalEntries") CatalogEntry<FunctionalCode> entry) {
        entry.parent()
                .ifPresent(parent -> assertThat(CATALOG.functional(parent)).isPresent());
        assertThat(entry.parent()).isEqualTo(entry.code().parent());
        assertThat(entry.level()).isEqualTo(entry.code().level());
    }

    @Property
    void everyEconomicParentIsInTheSameEdition(@ForAll("economicEntries") CatalogEntry<EconomicCode> entry) {
        entry.parent().ifPresent(parent -> assertThat(CATALOG.economic(parent)).isPresent());
        assertThat(entry.parent()).isEqualTo(entry.code().parent());
    }

    @Property
    void everyFunctionalNameResolvesToItsCodeOrReportsAmbiguity(
            @ForAll("functionalEntries") CatalogEntry<FunctionalCode> entry) {
        assertResolvesOrAmbiguous(CATALOG.resolveFunctional(entry.name()), entry.code());
        for (String variant : entry.variants()) {
            assertResolvesOrAmbiguous(CATALOG.resolveFunctional(variant), entry.code());
        }
    }

    @Property
    void everyCutShortFunctionalNameResolvesToItsCodeOrReportsAmbiguity(
            @ForAll("functionalEntries") CatalogEntry<FunctionalCode> entry, @ForAll("cut") int cut) {
        String name = entry.name();
        int length = Math.max(6, name.length() - cut);
        if (length <= name.length()) {
            assertCutShortResolves(CATALOG.resolveFunctional(name.substring(0, length)), entry.code());
        }
    }

    @Property
    void everyEconomicNameResolvesInItsSystemToItsCodeOrReportsAmbiguity(
            @ForAll("economicEntries") CatalogEntry<EconomicCode> entry, @ForAll("cut") int cut) {
        EconomicSystem system = entry.code().system();
        assertResolvesOrAmbiguous(CATALOG.resolveEconomic(entry.name(), system), entry.code());
        String name = entry.name();
        int length = Math.max(6, name.length() - cut);
        if (length <= name.length()) {
            assertCutShortResolves(CATALOG.resolveEconomic(name.substring(0, length), system), entry.code());
        }
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 12);
    }

    /**
     * A cut-short name resolves to its code or reports ambiguity, unless the cut happens to be the
     * complete name of another code (对企业资本性支出（一） cut to 对企业资本性支出, the name of 508): a
     * complete name is read as what it names.
     */
    private static <C> void assertCutShortResolves(NameResolution<C> resolution, C code) {
        boolean completeNameOfAnother = resolution.isResolved()
                && !resolution.code().orElseThrow().equals(code)
                && resolution.match().orElseThrow() != NameResolution.Match.CUT_SHORT;
        if (!completeNameOfAnother) {
            assertResolvesOrAmbiguous(resolution, code);
        }
    }

    private static <C> void assertResolvesOrAmbiguous(NameResolution<C> resolution, C code) {
        if (resolution.status() == Status.RESOLVED) {
            assertThat(resolution.code()).contains(code);
        } else {
            assertThat(resolution.status()).isEqualTo(Status.AMBIGUOUS);
            assertThat(resolution.candidates()).contains(code);
        }
    }
}
