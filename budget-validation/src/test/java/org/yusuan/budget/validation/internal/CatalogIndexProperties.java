package org.yusuan.budget.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.EconomicSystem;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.ImmutableBudgetTable;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.validation.ExpenditureTables;

class CatalogIndexProperties {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    /**
     * The index says of each row's code what the catalog says of the code: its entry and its status
     * (known, invalid at a complete level, unknown at a partial one), for functional and economic
     * codes the catalog has and codes it does not; a row without a code has neither.
     */
    @Property(tries = 300)
    void answersAsTheCatalog(
            @ForAll @Size(max = 30) Set<@From("functional") String> functional,
            @ForAll @Size(max = 30) Set<@From("economic") String> economic) {
        CatalogIndex index = CatalogIndex.of(CATALOG);
        List<Object> codes = new ArrayList<>();
        functional.forEach(digits -> codes.add(FunctionalCode.of(digits)));
        economic.forEach(digits -> codes.add(EconomicCode.of(digits)));
        ImmutableBudgetTable.Builder table = ExpenditureTables.withTotal(0);
        for (Object code : codes) {
            table.addRows(Row.builder()
                    .key(
                            code instanceof FunctionalCode f
                                    ? new RowKey.Functional(f)
                                    : new RowKey.Economic((EconomicCode) code))
                    .name("某")
                    .putCells(Column.TOTAL, Amount.ZERO)
                    .build());
        }
        TableIndex rows = new TableIndex(table.build());
        assertThat(index.entry(rows, 0)).isNull();
        assertThat(index.status(rows, 0)).isNull();
        for (int i = 1; i < rows.rows().size(); i++) {
            Object code = codes.get(i - 1);
            if (code instanceof FunctionalCode f) {
                assertThat(index.entry(rows, i)).isEqualTo(CATALOG.functional(f));
                assertThat(index.status(rows, i)).isEqualTo(CATALOG.status(f));
            } else {
                EconomicCode e = (EconomicCode) code;
                assertThat(index.entry(rows, i)).isEqualTo(CATALOG.economic(e));
                assertThat(index.status(rows, i)).isEqualTo(CATALOG.status(e));
            }
        }
    }

    /** One index a catalog, made once. */
    @Example
    void oneIndexACatalog() {
        assertThat(CatalogIndex.of(CATALOG)).isSameAs(CatalogIndex.of(CATALOG));
    }

    /** The catalog's functional codes, their made-up siblings at every level, and random codes. */
    @Provide
    Arbitrary<String> functional() {
        return codes(
                CATALOG.functionalEntries().stream()
                        .map(CatalogEntry::code)
                        .map(FunctionalCode::digits)
                        .toList(),
                Arbitraries.of(3, 5, 7)
                        .flatMap(length -> Arbitraries.strings().numeric().ofLength(length)));
    }

    /** The catalog's economic codes of both systems, their made-up siblings, and random codes. */
    @Provide
    Arbitrary<String> economic() {
        List<String> known = new ArrayList<>();
        for (EconomicSystem system : EconomicSystem.values()) {
            CATALOG.economicEntries(system).forEach(e -> known.add(e.code().digits()));
        }
        return codes(
                known,
                Arbitraries.of(3, 5)
                        .flatMap(length -> Arbitraries.of('3', '5')
                                .flatMap(first -> Arbitraries.strings()
                                        .numeric()
                                        .ofLength(length - 1)
                                        .map(rest -> first + rest))));
    }

    /** Known codes, each with its last two digits changed (a made-up sibling), and random ones. */
    private static Arbitrary<String> codes(List<String> known, Arbitrary<String> random) {
        Arbitrary<String> catalog = Arbitraries.of(known);
        Arbitrary<String> sibling = catalog.flatMap(c ->
                Arbitraries.strings().numeric().ofLength(2).map(tail -> c.substring(0, c.length() - 2) + tail));
        return Arbitraries.oneOf(catalog, sibling, random);
    }
}
