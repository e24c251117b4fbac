package org.yusuan.budget.core.code.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.core.code.CatalogEntry;
import org.yusuan.budget.core.code.NameResolution;
import org.yusuan.budget.core.code.NameResolution.Match;
import org.yusuan.budget.core.code.NameResolution.Status;
import org.yusuan.budget.core.internal.Names;

/**
 * The entries of one classification, ordered by code, with an index of their normalised names and
 * variants for exact and cut-short lookup. Immutable once built.
 *
 * @param <C> the code type
 */
public final class CodeTree<C extends Comparable<C>> {
    /** The shortest printed name that may be read as the cut-short start of a longer name. */
    public static final int MIN_CUT_SHORT_LENGTH = 6;

    private static final Pattern CODE_IN_NAME = Pattern.compile("^(?:【(\\d+)】|(\\d+)(?=\\D|$))(.*)$");

    private final NavigableMap<C, CatalogEntry<C>> entries;
    private final NavigableMap<String, List<Hit<C>>> names;
    private final Map<C, List<CatalogEntry<C>>> children;
    /** {@link #entries} hashed: an importer looks a code up for nearly every row. */
    private final Map<C, CatalogEntry<C>> byCode;
    /** {@link #names} hashed, for exact lookups; the sorted map serves the cut-short ones. */
    private final Map<String, List<Hit<C>>> exactNames;
    /** Each entry's name and variants, normalised once. */
    private final Map<C, List<String>> normalizedNames;

    private record Hit<C>(C code, boolean variant) {}

    /**
     * Indexes entries.
     *
     * @param entries the entries by code
     */
    public CodeTree(Map<C, CatalogEntry<C>> entries) {
        this.entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
        NavigableMap<String, List<Hit<C>>> index = new TreeMap<>();
        Map<C, List<CatalogEntry<C>>> kids = new TreeMap<>();
        Map<C, List<String>> normalized = new HashMap<>();
        for (CatalogEntry<C> entry : this.entries.values()) {
            List<String> entryNames = new ArrayList<>();
            String name = Names.normalize(entry.name());
            entryNames.add(name);
            index.computeIfAbsent(name, k -> new ArrayList<>()).add(new Hit<>(entry.code(), false));
            for (String variant : entry.variants()) {
                String v = Names.normalize(variant);
                entryNames.add(v);
                index.computeIfAbsent(v, k -> new ArrayList<>()).add(new Hit<>(entry.code(), true));
            }
            normalized.put(entry.code(), List.copyOf(entryNames));
            entry.parent()
                    .ifPresent(
                            p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.names = Collections.unmodifiableNavigableMap(index);
        this.children = Collections.unmodifiableMap(kids);
        this.byCode = new HashMap<>(this.entries);
        this.exactNames = new HashMap<>(index);
        this.normalizedNames = normalized;
    }

    /** The entry of a code. */
    public Optional<CatalogEntry<C>> get(C code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All entries in code order. */
    public List<CatalogEntry<C>> all() {
        return List.copyOf(entries.values());
    }

    /** The entries one level below a code, in code order. */
    public List<CatalogEntry<C>> children(C code) {
        return children.getOrDefault(code, List.of());
    }

    /**
     * Resolves a published name.
     *
     * @param published the name as printed
     * @param among which codes may be the answer
     * @param codeOf reads a code printed in a name, empty if the digits are no code of this tree's
     *     kind
     * @return the resolution
     */
    public NameResolution<C> resolve(String published, Predicate<C> among, Function<String, Optional<C>> codeOf) {
        String compact = Names.compact(published);
        // a code printed in the name comes first: 【2080108】… or 2080108…
        boolean mayHaveCode = !compact.isEmpty() && (compact.charAt(0) == '【' || Names.isAsciiDigit(compact.charAt(0)));
        Matcher m = mayHaveCode ? CODE_IN_NAME.matcher(compact) : null;
        if (m != null && m.matches()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<C> printed = codeOf.apply(digits);
            if (printed.isPresent()) {
                return resolveWithCode(published, printed.get(), Names.normalize(m.group(3)), among);
            }
        }
        return resolveName(published, Names.normalize(published), among);
    }

    private NameResolution<C> resolveWithCode(String published, C printed, String name, Predicate<C> among) {
        NameResolution<C> resolved =
                new NameResolution<>(published, Status.RESOLVED, Optional.of(Match.CODE_IN_NAME), List.of(printed));
        List<String> entryNames = normalizedNames.get(printed);
        if (name.isEmpty() || entryNames == null || fits(entryNames, name)) {
            return resolved;
        }
        NameResolution<C> byName = resolveName(published, name, among);
        List<C> others = new ArrayList<>();
        for (C candidate : byName.candidates()) {
            if (!candidate.equals(printed)) {
                others.add(candidate);
            }
        }
        if (others.isEmpty()) {
            return resolved;
        }
        List<C> conflicting = new ArrayList<>();
        conflicting.add(printed);
        conflicting.addAll(others);
        return new NameResolution<>(published, Status.CONFLICTING, Optional.empty(), conflicting);
    }

    /** Whether a name fits one of an entry's normalised name and variants. */
    private static boolean fits(List<String> entryNames, String name) {
        for (String entryName : entryNames) {
            if (fitsOne(entryName, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsOne(String catalogName, String name) {
        return catalogName.equals(name) || (name.length() >= MIN_CUT_SHORT_LENGTH && catalogName.startsWith(name));
    }

    private NameResolution<C> resolveName(String published, String name, Predicate<C> among) {
        if (name.isEmpty()) {
            return unresolved(published);
        }
        List<Hit<C>> exact = filter(exactNames.getOrDefault(name, List.of()), among);
        if (!exact.isEmpty()) {
            return decide(published, exact, exact.get(0).variant() ? Match.VARIANT : Match.EXACT);
        }
        if (name.length() < MIN_CUT_SHORT_LENGTH) {
            return unresolved(published);
        }
        SortedMap<String, List<Hit<C>>> starting = names.subMap(name, true, name + Character.MAX_VALUE, true);
        List<Hit<C>> hits = new ArrayList<>();
        for (List<Hit<C>> list : starting.values()) {
            hits.addAll(filter(list, among));
        }
        return hits.isEmpty() ? unresolved(published) : decide(published, hits, Match.CUT_SHORT);
    }

    private NameResolution<C> decide(String published, List<Hit<C>> hits, Match match) {
        List<C> codes = new ArrayList<>();
        for (Hit<C> hit : hits) {
            if (!codes.contains(hit.code())) {
                codes.add(hit.code());
            }
        }
        Collections.sort(codes);
        if (codes.size() == 1) {
            return new NameResolution<>(published, Status.RESOLVED, Optional.of(match), codes);
        }
        return new NameResolution<>(published, Status.AMBIGUOUS, Optional.empty(), codes);
    }

    private static <C> List<Hit<C>> filter(List<Hit<C>> hits, Predicate<C> among) {
        List<Hit<C>> kept = new ArrayList<>(hits.size());
        for (Hit<C> hit : hits) {
            if (among.test(hit.code())) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private NameResolution<C> unresolved(String published) {
        return new NameResolution<>(published, Status.UNRESOLVED, Optional.empty(), List.of());
    }
}
