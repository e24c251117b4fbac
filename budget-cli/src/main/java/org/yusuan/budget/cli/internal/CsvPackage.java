package org.yusuan.budget.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.io.csv.Fact;
import org.yusuan.budget.io.csv.FactCsv;
import org.yusuan.budget.io.csv.TableCsv;
import org.yusuan.budget.io.json.BudgetJson;

/**
 * A disclosure as a folder of CSV files, what {@code budget convert --to csv} writes and every
 * command reads:
 *
 * <pre>
 * datapackage.json    the descriptor: FactCsv's Frictionless-style data package for facts.csv, and
 *                     a "budget" property naming disclosure.json and every table with its file,
 *                     unit, decimals, title, title line and whether it was published empty
 * disclosure.json     the disclosure without its tables (unit, year, kind, projects with their
 *                     targets and evaluations, narrative, counts, procurement), canonical JSON
 * facts.csv           FactCsv: one row per published cell
 * tables/KIND.csv     TableCsv: each table with its Chinese headers, named for its TableKind
 * </pre>
 *
 * <p>The tables are read from {@code tables/}; {@code facts.csv}, which analysis tools read, is
 * derived from them, and when present it must hold exactly their facts (an edited cell in one file
 * but not the other is an error naming the first line that differs, never a silent choice).
 */
public final class CsvPackage {
    /** The descriptor's file name. */
    public static final String DESCRIPTOR = "datapackage.json";
    /** The file of the disclosure without its tables. */
    public static final String DISCLOSURE = "disclosure.json";
    /** The fact file. */
    public static final String FACTS = "facts.csv";

    private static final String BUDGET = "budget";

    private CsvPackage() {}

    /**
     * Writes a disclosure into a folder, creating it if needed; files of the same names are replaced.
     *
     * @param disclosure the disclosure
     * @param folder the folder
     * @throws IOException if a file cannot be written
     */
    public static void write(Disclosure disclosure, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("tables"));
        ObjectMapper mapper = new ObjectMapper();
        String name = (disclosure.kind() == DisclosureKind.BUDGET ? "budget-" : "final-accounts-") + disclosure.year();
        ObjectNode descriptor = (ObjectNode) mapper.readTree(FactCsv.datapackage(name, FACTS));
        ObjectNode budget = descriptor.putObject(BUDGET);
        budget.put("disclosure", DISCLOSURE);
        ArrayNode tables = budget.putArray("tables");
        for (BudgetTable t : disclosure.tables().values()) {
            String path = "tables/" + t.kind().name() + ".csv";
            ObjectNode entry = tables.addObject();
            entry.put("table", t.kind().name());
            entry.put("path", path);
            entry.put("unit", t.unit().name());
            entry.put("decimals", t.decimals());
            entry.put("publishedEmpty", t.publishedEmpty());
            t.title().ifPresent(title -> entry.put("title", title));
            if (t.sourceLine().isPresent()) {
                entry.put("sourceLine", t.sourceLine().getAsInt());
            }
            Files.write(folder.resolve(path), TableCsv.writeBytes(t));
        }
        Files.write(folder.resolve(FACTS), FactCsv.writeBytes(disclosure));
        Files.write(folder.resolve(DISCLOSURE), BudgetJson.standard().writeBytes(withTables(disclosure, Map.of())));
        Files.write(folder.resolve(DESCRIPTOR), pretty(mapper, descriptor));
    }

    private static byte[] pretty(ObjectMapper mapper, JsonNode node) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(
                    new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            mapper.writeTree(g, node);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Reads a disclosure from a folder written by {@link #write}.
     *
     * @param folder the folder
     * @param name the folder's name in errors ({@code name/tables/BUDGET_SUMMARY.csv:12:3: …})
     * @return the disclosure
     * @throws BudgetFormatException with the file, line and column, if the package is not a disclosure
     * @throws IOException if a file cannot be read
     */
    public static Disclosure read(Path folder, String name) throws IOException {
        String prefix = name.endsWith("/") ? name : name + "/";
        String descriptorName = prefix + DESCRIPTOR;
        Path descriptorFile = folder.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptorFile)) {
            throw new NoSuchFileException(descriptorName);
        }
        JsonNode descriptor;
        try {
            descriptor = BudgetJson.standard().mapper().readTree(Files.readAllBytes(descriptorFile));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BudgetFormatException(
                    descriptorName,
                    at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()),
                    "not JSON: " + e.getOriginalMessage(),
                    e);
        }
        JsonNode budget = descriptor == null ? null : descriptor.get(BUDGET);
        if (budget == null || !budget.isObject()) {
            throw new BudgetFormatException(
                    descriptorName,
                    1,
                    0,
                    "no \"budget\" property: not a disclosure package written by budget convert --to csv");
        }
        String disclosurePath = text(budget, "disclosure", descriptorName, "the budget property");
        Disclosure withoutTables = BudgetJson.standard()
                .read(Files.readAllBytes(inside(folder, disclosurePath, descriptorName)), prefix + disclosurePath);
        JsonNode list = budget.get("tables");
        if (list == null || !list.isArray()) {
            throw new BudgetFormatException(descriptorName, 1, 0, "the budget property has no \"tables\" array");
        }
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        int index = 0;
        for (JsonNode entry : list) {
            String where = "budget.tables[" + index++ + "]";
            TableKind kind =
                    constant(TableKind.class, text(entry, "table", descriptorName, where), descriptorName, where);
            AmountUnit unit =
                    constant(AmountUnit.class, text(entry, "unit", descriptorName, where), descriptorName, where);
            JsonNode decimals = entry.get("decimals");
            if (decimals == null || !decimals.canConvertToInt() || decimals.asInt() < 0 || decimals.asInt() > 2) {
                throw new BudgetFormatException(descriptorName, 1, 0, where + ".decimals is not 0, 1 or 2");
            }
            String path = text(entry, "path", descriptorName, where);
            String tableName = prefix + path;
            BudgetTable read = TableCsv.read(
                    Files.readAllBytes(inside(folder, path, descriptorName)), kind, unit, decimals.asInt(), tableName);
            JsonNode sourceLine = entry.get("sourceLine");
            JsonNode title = entry.get("title");
            JsonNode empty = entry.get("publishedEmpty");
            try {
                BudgetTable table = BudgetTable.builder()
                        .from(read)
                        .publishedEmpty(empty != null && empty.asBoolean())
                        .title(title == null ? Optional.empty() : Optional.of(title.asText()))
                        .sourceLine(
                                sourceLine == null || !sourceLine.canConvertToInt()
                                        ? OptionalInt.empty()
                                        : OptionalInt.of(sourceLine.asInt()))
                        .build();
                if (tables.put(kind, table) != null) {
                    throw new IllegalArgumentException("the table " + kind + " is listed twice");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BudgetFormatException(descriptorName, 1, 0, where + ": " + e.getMessage(), e);
            }
        }
        Disclosure disclosure;
        try {
            disclosure = withTables(withoutTables, tables);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BudgetFormatException(descriptorName, 1, 0, e.getMessage(), e);
        }
        Path factsFile = folder.resolve(FACTS);
        if (Files.isRegularFile(factsFile)) {
            checkFacts(FactCsv.read(Files.readAllBytes(factsFile), prefix + FACTS), disclosure, prefix + FACTS);
        }
        return disclosure;
    }

    private static void checkFacts(List<Fact> read, Disclosure disclosure, String source) {
        List<Fact> expected = FactCsv.facts(disclosure);
        for (int i = 0; i < Math.max(read.size(), expected.size()); i++) {
            if (i >= read.size()) {
                throw new BudgetFormatException(
                        source, i + 2, 0, "ends before the fact of the tables " + describe(expected.get(i)));
            }
            if (i >= expected.size() || !read.get(i).equals(expected.get(i))) {
                throw new BudgetFormatException(
                        source,
                        i + 2,
                        0,
                        "differs from the tables/ files: "
                                + (i >= expected.size()
                                        ? "they have no more cells"
                                        : "they have " + describe(expected.get(i)))
                                + " (edit both, or delete facts.csv to read the tables alone)");
            }
        }
    }

    private static String describe(Fact f) {
        return f.table() + " " + f.row() + " " + f.column() + " = " + f.amount().toString() + " 元";
    }

    private static Path inside(Path folder, String path, String descriptorName) {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder.normalize()) || Path.of(path).isAbsolute()) {
            throw new BudgetFormatException(
                    descriptorName, 1, 0, "the path \"" + path + "\" leaves the package folder");
        }
        return file;
    }

    private static String text(JsonNode node, String field, String source, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BudgetFormatException(source, 1, 0, where + " has no text \"" + field + "\"");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String source, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BudgetFormatException(
                    source, 1, 0, where + ": \"" + name + "\" is not a " + type.getSimpleName(), e);
        }
    }

    private static Disclosure withTables(Disclosure disclosure, Map<TableKind, BudgetTable> tables) {
        if (disclosure instanceof BudgetDisclosure b) {
            return BudgetDisclosure.builder().from(b).tables(tables).build();
        }
        return FinalAccountsDisclosure.builder()
                .from((FinalAccountsDisclosure) disclosure)
                .tables(tables)
                .build();
    }
}
