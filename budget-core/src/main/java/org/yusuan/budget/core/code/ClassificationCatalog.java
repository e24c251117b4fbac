package org.yusuan.budget.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.internal.CodeTree;
import org.yusuan.budget.core.internal.CsvTable;
import org.yusuan.budget.core.unit.UnitType;

/**
 * 政府收支分类科目: the functional and economic classification codes of one catalog edition, with
 * their names, levels and parents, and the department→government economic mapping by unit type.
 *
 * <p>A catalog is immutable and safe to share between threads; load it once. A catalog knows which
 * of its classifications and levels are <em>complete</em>. Where a level is partial, a code it
 * lacks is {@link CodeStatus#UNKNOWN}, not {@link CodeStatus#INVALID}: the bundled catalog ({@link
 * #bundled()}) is partial, since the official catalog's full text could not be gathered. Users who
 * hold the full official catalog load it from CSV files of the same shape and mark it complete:
 *
 * <pre>{@code
 * ClassificationCatalog official = ClassificationCatalog.builder(
 *                 CatalogEdition.of(Year.of(2026), "财政部 2026年政府收支分类科目"))
 *         .readFunctional(Path.of("functional.csv"))      // code,name,level,parent[,variants]
 *         .readEconomic(Path.of("economic.csv"))          // 3xx and 5xx codes, same columns
 *         .complete(Classification.FUNCTIONAL)
 *         .complete(Classification.DEPARTMENT_ECONOMIC)
 *         .build();
 * }</pre>
 *
 * <p>Name resolution turns a published name into a code: exact (after removing white space and a
 * leading ordinal such as {@code 八、}), a variant seen in published documents, cut short at the end
 * ({@code 人力资源和社会保障管理} → {@code 20801}, at least {@value CodeTree#MIN_CUT_SHORT_LENGTH}
 * characters), or with the code printed in the name ({@code [2080108] 信息化建设}). It reports
 * ambiguity and never guesses. A name that is complete for one code is read as that code, even if
 * it also starts a longer name ({@code 对企业资本性支出} is {@code 508}, not a cut {@code 50801}).
 */
public final class ClassificationCatalog {
    private static final String BUNDLED = "bundled/";

    private final CatalogEdition edition;
    private final CodeTree<FunctionalCode> functional;
    private final Map<EconomicSystem, CodeTree<EconomicCode>> economic;
    private final Map<Classification, Set<CodeLevel>> completeLevels;
    private final Map<UnitType, Map<EconomicCode, List<EconomicCode>>> mapping;

    private ClassificationCatalog(Builder builder) {
        this.edition = builder.edition;
        this.functional = new CodeTree<>(builder.functional);
        Map<EconomicSystem, CodeTree<EconomicCode>> trees = new EnumMap<>(EconomicSystem.class);
        for (EconomicSystem system : EconomicSystem.values()) {
            Map<EconomicCode, CatalogEntry<EconomicCode>> ofSystem = new HashMap<>();
            builder.economic.forEach((code, entry) -> {
                if (code.system() == system) {
                    ofSystem.put(code, entry);
                }
            });
            trees.put(system, new CodeTree<>(ofSystem));
        }
        this.economic = trees;
        Map<Classification, Set<CodeLevel>> complete = new EnumMap<>(Classification.class);
        builder.completeLevels.forEach((c, levels) -> complete.put(c, Set.copyOf(levels)));
        this.completeLevels = complete;
        Map<UnitType, Map<EconomicCode, List<EconomicCode>>> map = new EnumMap<>(UnitType.class);
        builder.mapping.forEach((type, byCode) -> {
            Map<EconomicCode, List<EconomicCode>> copy = new HashMap<>();
            byCode.forEach((code, targets) -> copy.put(code, List.copyOf(targets)));
            map.put(type, Map.copyOf(copy));
        });
        this.mapping = map;
    }

    /**
     * The partial catalog bundled with the library, edition 2023–2026, built from the catalog data
     * gathered with its sources (see {@code org/yusuan/budget/core/code/bundled/README.md}): all 30
     * functional 类 (complete), the functional 款 and 项 printed in the reference documents, the
     * department economic classification (类 complete; 款 as of the 2023 edition), the government
     * economic classification, and the mapping seen in the documents. Loaded once.
     */
    public static ClassificationCatalog bundled() {
        return BundledHolder.CATALOG;
    }

    private static final class BundledHolder {
        static final ClassificationCatalog CATALOG = loadBundled();
    }

    private static ClassificationCatalog loadBundled() {
        Builder builder = builder(new CatalogEdition(
                Year.of(2023),
                Year.of(2026),
                "bundled partial catalog: all functional classes, and the codes printed in disclosures of 2023-2026"));
        builder.readFunctional(bundledReader("functional.csv"), BUNDLED + "functional.csv");
        builder.readEconomic(bundledReader("economic-department.csv"), BUNDLED + "economic-department.csv");
        builder.readEconomic(bundledReader("economic-government.csv"), BUNDLED + "economic-government.csv");
        builder.readMapping(bundledReader("mapping.csv"), BUNDLED + "mapping.csv");
        builder.complete(Classification.FUNCTIONAL, CodeLevel.CLASS);
        builder.complete(Classification.DEPARTMENT_ECONOMIC, CodeLevel.CLASS);
        return builder.build();
    }

    private static Reader bundledReader(String name) {
        InputStream in = ClassificationCatalog.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IllegalStateException("bundled catalog resource missing: " + BUNDLED + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * A builder for a catalog of an edition.
     *
     * @param edition the edition the data belongs to
     * @return an empty builder
     */
    public static Builder builder(CatalogEdition edition) {
        return new Builder(edition);
    }

    /** The edition. */
    public CatalogEdition edition() {
        return edition;
    }

    /** Whether every classification is complete at every level (exact checks throughout). */
    public boolean isComplete() {
        for (Classification c : Classification.values()) {
            for (CodeLevel level : levelsOf(c)) {
                if (!isComplete(c, level)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a classification is complete at a level: a code missing there is invalid. */
    public boolean isComplete(Classification classification, CodeLevel level) {
        return completeLevels.getOrDefault(classification, Set.of()).contains(level);
    }

    /** The entry of a functional code, if the catalog has it. */
    public Optional<CatalogEntry<FunctionalCode>> functional(FunctionalCode code) {
        return functional.get(code);
    }

    /** The entry of an economic code, if the catalog has it. */
    public Optional<CatalogEntry<EconomicCode>> economic(EconomicCode code) {
        return economic.get(code.system()).get(code);
    }

    /** Whether the catalog has a functional code, lacks it while partial, or rules it out. */
    public CodeStatus status(FunctionalCode code) {
        return status(functional.get(code).isPresent(), Classification.FUNCTIONAL, code.level());
    }

    /** Whether the catalog has an economic code, lacks it while partial, or rules it out. */
    public CodeStatus status(EconomicCode code) {
        return status(economic(code).isPresent(), Classification.of(code.system()), code.level());
    }

    private CodeStatus status(boolean known, Classification classification, CodeLevel level) {
        if (known) {
            return CodeStatus.KNOWN;
        }
        return isComplete(classification, level) ? CodeStatus.INVALID : CodeStatus.UNKNOWN;
    }

    /** The functional codes one level below a code (the 款 of a 类, the 项 of a 款), in code order. */
    public List<CatalogEntry<FunctionalCode>> children(FunctionalCode code) {
        return functional.children(code);
    }

    /** The economic codes one level below a 类, in code order. */
    public List<CatalogEntry<EconomicCode>> children(EconomicCode code) {
        return economic.get(code.system()).children(code);
    }

    /** Every functional entry, in code order. */
    public List<CatalogEntry<FunctionalCode>> functionalEntries() {
        return functional.all();
    }

    /** Every economic entry of a system, in code order. */
    public List<CatalogEntry<EconomicCode>> economicEntries(EconomicSystem system) {
        return economic.get(system).all();
    }

    /**
     * Resolves a published functional name ({@code 八、社会保障和就业支出}, {@code
     * 人力资源和社会保障管理}, {@code [2080108] 信息化建设}) to a code.
     *
     * @param published the name as printed
     * @return the resolution
     */
    public NameResolution<FunctionalCode> resolveFunctional(String published) {
        return resolveFunctional(published, code -> true);
    }

    /**
     * Resolves a published functional name among some codes only: for example the items of a
     * section ({@code section::isAncestorOf}) or one level ({@code c -> c.level() ==
     * CodeLevel.CLASS}), as a table's layout tells.
     *
     * @param published the name as printed
     * @param among which codes may be the answer
     * @return the resolution
     */
    public NameResolution<FunctionalCode> resolveFunctional(String published, Predicate<FunctionalCode> among) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(among, "among");
        return functional.resolve(
                published,
                among,
                digits -> FunctionalCode.isWellFormed(digits)
                        ? Optional.of(FunctionalCode.of(digits))
                        : Optional.empty());
    }

    /**
     * Resolves a published economic name in one system ({@code 基本工资} → {@code 30101}; {@code
     * 工资福利支出} is {@code 301} in the department system and {@code 50501} in the government one).
     *
     * @param published the name as printed
     * @param system the system the table's column uses
     * @return the resolution
     */
    public NameResolution<EconomicCode> resolveEconomic(String published, EconomicSystem system) {
        return resolveEconomic(published, system, code -> true);
    }

    /**
     * Resolves a published economic name in one system, among some codes only (for example the 款 of
     * the 类 printed above: {@code c -> c.parent().equals(Optional.of(class))}).
     *
     * @param published the name as printed
     * @param system the system the table's column uses
     * @param among which codes may be the answer
     * @return the resolution
     */
    public NameResolution<EconomicCode> resolveEconomic(
            String published, EconomicSystem system, Predicate<EconomicCode> among) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(among, "among");
        Function<String, Optional<EconomicCode>> codeOf =
                digits -> EconomicCode.isWellFormed(digits) && digits.charAt(0) == system.leadingDigit()
                        ? Optional.of(EconomicCode.of(digits))
                        : Optional.empty();
        return economic.get(system).resolve(published, among, codeOf);
    }

    /**
     * The government economic codes a department economic code may be published under, for a unit
     * type ({@code 30101} 基本工资 → {@code 50101} in an administrative unit, {@code 50501} in a public
     * institution). More than one code means the mapping data does not decide between them.
     *
     * @param department a department-system code
     * @param unitType the type of the unit
     * @return the acceptable government codes; empty when the catalog has no mapping for them
     * @throws IllegalArgumentException if {@code department} is not a department-system code
     */
    public List<EconomicCode> governmentCodes(EconomicCode department, UnitType unitType) {
        if (department.system() != EconomicSystem.DEPARTMENT) {
            throw new IllegalArgumentException("not a department economic code: " + department);
        }
        return mapping.getOrDefault(unitType, Map.of()).getOrDefault(department, List.of());
    }

    @Override
    public String toString() {
        return "ClassificationCatalog[" + edition + ", " + functional.all().size() + " functional, "
                + economic.get(EconomicSystem.DEPARTMENT).all().size() + " department economic, "
                + economic.get(EconomicSystem.GOVERNMENT).all().size() + " government economic codes"
                + (isComplete() ? ", complete" : ", partial") + "]";
    }

    private static List<CodeLevel> levelsOf(Classification classification) {
        return classification == Classification.FUNCTIONAL
                ? List.of(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM)
                : List.of(CodeLevel.CLASS, CodeLevel.SECTION);
    }

    /**
     * Collects catalog data from CSV files and builds a {@link ClassificationCatalog}. Not
     * thread-safe; the catalog it builds is.
     *
     * <p>Code files have a header line and the columns {@code code,name,level,parent}, optionally
     * {@code variants} (other printed forms, separated by {@code ;}) and {@code confidence}
     * ({@code standard} marks a name not verified against a document). {@code level} is {@code
     * class}/{@code section}/{@code item} or 类/款/项. Mapping files have the columns {@code
     * department_code,unit_type,government_code} ({@code unit_type} as {@code administrative},
     * {@code public_institution}, {@code civil_service_managed_institution} or the Chinese label;
     * several government codes separated by {@code ;}). Files are UTF-8; a byte order mark is
     * skipped.
     */
    public static final class Builder {
        private final CatalogEdition edition;
        private final Map<FunctionalCode, CatalogEntry<FunctionalCode>> functional = new LinkedHashMap<>();
        private final Map<EconomicCode, CatalogEntry<EconomicCode>> economic = new LinkedHashMap<>();
        private final Map<Object, Position> positions = new HashMap<>();
        private final Map<Classification, Set<CodeLevel>> completeLevels = new EnumMap<>(Classification.class);
        private final Map<UnitType, Map<EconomicCode, List<EconomicCode>>> mapping = new EnumMap<>(UnitType.class);
        private final List<Runnable> mappingChecks = new ArrayList<>();

        private record Position(String source, int line, int column) {}

        private Builder(CatalogEdition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
        }

        /**
         * Reads functional codes (3, 5 and 7 digits) from a CSV file.
         *
         * @param file a UTF-8 CSV file
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder readFunctional(Path file) {
            return fromFile(file, this::readFunctional);
        }

        /**
         * Reads functional codes from CSV text.
         *
         * @param csv the text; not closed
         * @param source the name used in error messages
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         */
        public Builder readFunctional(Reader csv, String source) {
            CsvTable table = CsvTable.read(csv, source, "code", "name", "level", "parent");
            for (CsvTable.Row row : table.rows()) {
                String digits = row.required("code");
                if (!FunctionalCode.isWellFormed(digits)) {
                    throw row.error("code", "not a functional code (3, 5 or 7 digits): \"" + digits + "\"");
                }
                FunctionalCode code = FunctionalCode.of(digits);
                CatalogEntry<FunctionalCode> entry = entry(row, code, code.level(), code.parent());
                put(functional, code, entry, row, source);
            }
            return this;
        }

        /**
         * Reads economic codes (department 3xx and government 5xx, 3 and 5 digits) from a CSV file.
         *
         * @param file a UTF-8 CSV file
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder readEconomic(Path file) {
            return fromFile(file, this::readEconomic);
        }

        /**
         * Reads economic codes from CSV text.
         *
         * @param csv the text; not closed
         * @param source the name used in error messages
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         */
        public Builder readEconomic(Reader csv, String source) {
            CsvTable table = CsvTable.read(csv, source, "code", "name", "level", "parent");
            for (CsvTable.Row row : table.rows()) {
                String digits = row.required("code");
                if (!EconomicCode.isWellFormed(digits)) {
                    throw row.error(
                            "code", "not an economic code (3 or 5 digits starting with 3 or 5): \"" + digits + "\"");
                }
                EconomicCode code = EconomicCode.of(digits);
                CatalogEntry<EconomicCode> entry = entry(row, code, code.level(), code.parent());
                put(economic, code, entry, row, source);
            }
            return this;
        }

        /**
         * Reads the department→government economic mapping from a CSV file.
         *
         * @param file a UTF-8 CSV file
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder readMapping(Path file) {
            return fromFile(file, this::readMapping);
        }

        /**
         * Reads the department→government economic mapping from CSV text. Every code must be in
         * the catalog when it is built.
         *
         * @param csv the text; not closed
         * @param source the name used in error messages
         * @return this builder
         * @throws BudgetFormatException naming the line and column of a malformed row
         */
        public Builder readMapping(Reader csv, String source) {
            CsvTable table = CsvTable.read(csv, source, "department_code", "unit_type", "government_code");
            for (CsvTable.Row row : table.rows()) {
                EconomicCode department = economicCell(
                        row, "department_code", row.required("department_code"), EconomicSystem.DEPARTMENT);
                String typeText = row.required("unit_type");
                UnitType type = UnitType.fromLabel(typeText)
                        .or(() -> UnitType.fromLabel(typeText.toUpperCase(Locale.ROOT)))
                        .orElseThrow(() -> row.error("unit_type", "not a unit type: \"" + typeText + "\""));
                List<EconomicCode> targets = new ArrayList<>();
                for (String part : row.required("government_code").split(";", -1)) {
                    targets.add(economicCell(row, "government_code", part.strip(), EconomicSystem.GOVERNMENT));
                }
                List<EconomicCode> known = mapping.computeIfAbsent(type, t -> new HashMap<>())
                        .computeIfAbsent(department, d -> new ArrayList<>());
                for (EconomicCode target : targets) {
                    if (!known.contains(target)) {
                        known.add(target);
                    }
                }
                known.sort(null);
                List<EconomicCode> mentioned = new ArrayList<>(targets);
                mentioned.add(department);
                mappingChecks.add(() -> {
                    for (EconomicCode code : mentioned) {
                        if (!economic.containsKey(code)) {
                            String column = code.equals(department) ? "department_code" : "government_code";
                            throw row.error(column, "the mapping names " + code + ", which the catalog does not have");
                        }
                    }
                });
            }
            return this;
        }

        private Builder fromFile(Path file, java.util.function.BiFunction<Reader, String, Builder> read) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read.apply(reader, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        /**
         * Marks a classification complete at some levels: a code missing there is then invalid, not
         * unknown. With no levels given, every level of the classification.
         *
         * @param classification the classification
         * @param levels the complete levels, or none for all
         * @return this builder
         */
        public Builder complete(Classification classification, CodeLevel... levels) {
            List<CodeLevel> chosen = levels.length == 0 ? levelsOf(classification) : Arrays.asList(levels);
            for (CodeLevel level : chosen) {
                if (!levelsOf(classification).contains(level)) {
                    throw new IllegalArgumentException(classification + " has no level " + level);
                }
            }
            completeLevels
                    .computeIfAbsent(classification, c -> EnumSet.noneOf(CodeLevel.class))
                    .addAll(chosen);
            return this;
        }

        /**
         * Builds the catalog.
         *
         * @return the catalog
         * @throws BudgetFormatException naming the row of a code whose parent the catalog lacks, or of
         *     a mapping that names a code the catalog lacks
         */
        public ClassificationCatalog build() {
            checkParents(functional);
            checkParents(economic);
            mappingChecks.forEach(Runnable::run);
            return new ClassificationCatalog(this);
        }

        private <C> void checkParents(Map<C, CatalogEntry<C>> entries) {
            for (CatalogEntry<C> entry : entries.values()) {
                if (entry.parent().isPresent()
                        && !entries.containsKey(entry.parent().get())) {
                    Position at = positions.get(entry.code());
                    throw new BudgetFormatException(
                            at.source(),
                            at.line(),
                            at.column(),
                            "the parent " + entry.parent().get() + " of " + entry.code() + " is not in the catalog");
                }
            }
        }

        private <C> void put(
                Map<C, CatalogEntry<C>> entries, C code, CatalogEntry<C> entry, CsvTable.Row row, String source) {
            if (entries.containsKey(code)) {
                Position first = positions.get(code);
                throw row.error(
                        "code", "duplicate code " + code + " (first at " + first.source() + ":" + first.line() + ")");
            }
            entries.put(code, entry);
            positions.put(code, new Position(source, row.line(), 1));
        }

        private static <C> CatalogEntry<C> entry(CsvTable.Row row, C code, CodeLevel level, Optional<C> parent) {
            String levelText = row.required("level");
            CodeLevel stated;
            try {
                stated = CodeLevel.parse(levelText);
            } catch (IllegalArgumentException e) {
                throw row.error("level", e.getMessage());
            }
            if (stated != level) {
                throw row.error(
                        "level",
                        "the level \"" + levelText + "\" does not fit the code " + code + ", which is a "
                                + level.name().toLowerCase(Locale.ROOT));
            }
            Optional<String> parentText = row.optional("parent");
            Optional<String> expectedParent = parent.map(Object::toString);
            if (!parentText.equals(expectedParent)) {
                throw row.error(
                        "parent",
                        "the parent \"" + parentText.orElse("") + "\" does not fit the code " + code + " (expected \""
                                + expectedParent.orElse("") + "\")");
            }
            List<String> variants = new ArrayList<>();
            row.optional("variants").or(() -> row.optional("variants_seen")).ifPresent(text -> {
                for (String variant : text.split(";")) {
                    if (!variant.isBlank()) {
                        variants.add(variant.strip());
                    }
                }
            });
            boolean verified =
                    !row.optional("confidence").map("standard"::equals).orElse(false);
            return new CatalogEntry<>(code, row.required("name"), level, parent, variants, verified);
        }

        private static EconomicCode economicCell(
                CsvTable.Row row, String column, String digits, EconomicSystem system) {
            if (!EconomicCode.isWellFormed(digits) || digits.charAt(0) != system.leadingDigit()) {
                throw row.error(
                        column,
                        "not a " + system.name().toLowerCase(Locale.ROOT) + " economic code: \"" + digits + "\"");
            }
            return EconomicCode.of(digits);
        }
    }
}
