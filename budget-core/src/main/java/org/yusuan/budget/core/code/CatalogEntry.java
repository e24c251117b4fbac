package org.yusuan.budget.core.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a catalog with its official name.
 *
 * @param <C> {@link FunctionalCode} or {@link EconomicCode}
 * @param code the code
 * @param name the official name ({@code 人力资源和社会保障管理事务})
 * @param level the level: 类, 款 or 项
 * @param parent the code one level up, empty for a 类
 * @param variants other forms the name is printed in, seen in published documents (cut-short names,
 *     known misprints), which name resolution accepts
 * @param nameVerified whether the name was checked against a cited document; {@code false} for
 *     names taken from the standard list but not checked here
 */
public record CatalogEntry<C>(
        C code, String name, CodeLevel level, Optional<C> parent, List<String> variants, boolean nameVerified) {
    /** Checks nothing is missing and copies the variants. */
    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        variants = List.copyOf(variants);
        if (name.isBlank()) {
            throw new IllegalArgumentException("catalog entry " + code + " has a blank name");
        }
    }
}
