package org.yusuan.budget.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Count;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.NarrativeChange;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.NarrativeItem;
import org.yusuan.budget.core.disclosure.Procurement;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.fund.FundingLevel;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.performance.EvaluatedIndicator;
import org.yusuan.budget.core.performance.Indicator;
import org.yusuan.budget.core.performance.IndicatorCategory;
import org.yusuan.budget.core.performance.IndicatorGroup;
import org.yusuan.budget.core.performance.IndicatorKind;
import org.yusuan.budget.core.performance.IndicatorTree;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.performance.TargetValue;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.table.Column;
import org.yusuan.budget.core.table.DisclosureKind;
import org.yusuan.budget.core.table.ImmutableRow;
import org.yusuan.budget.core.table.Row;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.table.Section;
import org.yusuan.budget.core.table.TableKind;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.core.unit.GovernmentLevel;
import org.yusuan.budget.core.unit.UnitType;

/**
 * Writes and reads a disclosure as JSON in one canonical shape: fields in a fixed order, absent
 * optional values left out, lists always written, amounts as JSON numbers with the decimals of
 * their unit (table cells in the table's unit and decimals, other amounts in yuan with two
 * decimals), codes and row keys as strings, enums as their constant names.
 */
public final class DisclosureCodec {
    private static final AmountFormat YUAN = AmountFormat.of(AmountUnit.YUAN, 2);

    private DisclosureCodec() {}

    // ---------------------------------------------------------------- writing

    /** Writes a disclosure. */
    public static void write(Disclosure d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", d.kind().name());
        g.writeFieldName("unit");
        unit(d.unit(), g);
        g.writeNumberField("year", d.year().getValue());
        g.writeArrayFieldStart("tables");
        for (BudgetTable t : d.tables().values()) {
            table(t, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("projects");
        for (Project p : d.projects()) {
            project(p, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("narrative");
        for (NarrativeFigure f : d.narrative()) {
            figure(f, g);
        }
        g.writeEndArray();
        if (!d.changes().isEmpty()) {
            // only when read: documents written before comparisons were read stay byte for byte
            g.writeArrayFieldStart("changes");
            for (NarrativeChange c : d.changes()) {
                change(c, g);
            }
            g.writeEndArray();
        }
        if (!d.items().isEmpty()) {
            // only when read, as the comparisons
            g.writeArrayFieldStart("items");
            for (NarrativeItem i : d.items()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                g.writeStringField("quote", i.quote());
                line(i.sourceLine(), g);
                g.writeStringField("cell", i.cell().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("counts");
        for (Count c : d.counts()) {
            g.writeStartObject();
            g.writeStringField("label", c.label());
            if (c.value().isPresent()) {
                g.writeNumberField("value", c.value().getAsLong());
            }
            line(c.sourceLine(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (d.procurement().isPresent()) {
            Procurement p = d.procurement().get();
            AmountFormat f = AmountFormat.of(p.unit(), p.decimals());
            g.writeObjectFieldStart("procurement");
            g.writeStringField("unit", p.unit().name());
            g.writeNumberField("decimals", p.decimals());
            money("total", Optional.of(p.total()), f, g);
            money("goods", p.goods(), f, g);
            money("works", p.works(), f, g);
            money("services", p.services(), f, g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void line(OptionalInt line, JsonGenerator g) throws IOException {
        if (line.isPresent()) {
            g.writeNumberField("sourceLine", line.getAsInt());
        }
    }

    private static void text(String field, Optional<String> value, JsonGenerator g) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void money(String field, Optional<Amount> value, AmountFormat format, JsonGenerator g)
            throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(field);
            g.writeNumber(format.format(value.get()));
        }
    }

    private static void unit(BudgetUnit u, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", u.name());
        text("code", u.code(), g);
        text("supervisingDepartment", u.supervisingDepartment(), g);
        text("supervisingDepartmentCode", u.supervisingDepartmentCode(), g);
        text("type", u.type().map(Enum::name), g);
        text("level", u.level().map(Enum::name), g);
        g.writeEndObject();
    }

    /** Writes one table, as it appears inside a disclosure. */
    public static void writeTable(BudgetTable t, JsonGenerator g) throws IOException {
        table(t, g);
    }

    /** Reads one table; the parser is at its START_OBJECT. */
    public static BudgetTable readTable(JsonParser p, boolean lenient) throws IOException {
        return table(new JsonIn(p, lenient));
    }

    /** A writer of one part of a disclosure. */
    public interface Writer<T> {
        /** Writes the value. */
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** A reader of one part of a disclosure; the parser is at its first token. */
    public interface Reader<T> {
        /** Reads the value. */
        T read(JsonParser p, boolean lenient) throws IOException;
    }

    /** The writer of a unit, a project, a target, an evaluation, a narrative figure, a count or procurement. */
    public static final Writer<BudgetUnit> UNIT_WRITER = DisclosureCodec::unit;
    /** Writes a project with its target or evaluation. */
    public static final Writer<Project> PROJECT_WRITER = DisclosureCodec::project;
    /** Writes a performance target. */
    public static final Writer<PerformanceTarget> TARGET_WRITER = DisclosureCodec::target;
    /** Writes a self-evaluation. */
    public static final Writer<SelfEvaluation> EVALUATION_WRITER = DisclosureCodec::evaluation;
    /** Writes a narrative figure. */
    public static final Writer<NarrativeFigure> FIGURE_WRITER = DisclosureCodec::figure;
    /** Reads a unit. */
    public static final Reader<BudgetUnit> UNIT_READER = (p, lenient) -> unit(new JsonIn(p, lenient));
    /** Reads a project. */
    public static final Reader<Project> PROJECT_READER = (p, lenient) -> project(new JsonIn(p, lenient));
    /** Reads a performance target. */
    public static final Reader<PerformanceTarget> TARGET_READER = (p, lenient) -> target(new JsonIn(p, lenient));
    /** Reads a self-evaluation. */
    public static final Reader<SelfEvaluation> EVALUATION_READER = (p, lenient) -> evaluation(new JsonIn(p, lenient));
    /** Reads a narrative figure. */
    public static final Reader<NarrativeFigure> FIGURE_READER = (p, lenient) -> figure(new JsonIn(p, lenient));

    /** Reads an amount in yuan from a JSON number, exactly; the parser is at the number. */
    public static Amount readYuan(JsonParser p) throws IOException {
        JsonIn in = new JsonIn(p, false);
        return amount(in, in.decimal("amount"), AmountUnit.YUAN);
    }

    /** Reads a value of a string through a conversion that may reject it, with the parser's location. */
    public static <T> T readString(JsonParser p, String what, java.util.function.Function<String, T> conversion)
            throws IOException {
        JsonIn in = new JsonIn(p, false);
        String text = in.string(what);
        return in.convert(what, () -> conversion.apply(text));
    }

    private static void table(BudgetTable t, JsonGenerator g) throws IOException {
        AmountFormat f = AmountFormat.of(t.unit(), t.decimals());
        g.writeStartObject();
        g.writeStringField("kind", t.kind().name());
        g.writeStringField("unit", t.unit().name());
        g.writeNumberField("decimals", t.decimals());
        g.writeBooleanField("publishedEmpty", t.publishedEmpty());
        text("title", t.title(), g);
        line(t.sourceLine(), g);
        g.writeArrayFieldStart("columns");
        for (Column c : t.columns()) {
            g.writeString(c.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (Row r : t.rows()) {
            g.writeStartObject();
            g.writeStringField("section", r.section().name());
            g.writeStringField("key", r.key().toString());
            g.writeStringField("name", r.name());
            text("governmentName", r.governmentName(), g);
            if (r.number().isPresent()) {
                g.writeNumberField("number", r.number().getAsInt());
            }
            line(r.sourceLine(), g);
            g.writeObjectFieldStart("cells");
            for (Column c : t.columns()) {
                money(c.name(), r.cell(c), f, g);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void project(Project p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        text("implementingUnit", p.implementingUnit(), g);
        if (p.target().isPresent()) {
            g.writeFieldName("target");
            target(p.target().get(), g);
        }
        if (p.evaluation().isPresent()) {
            g.writeFieldName("evaluation");
            evaluation(p.evaluation().get(), g);
        }
        g.writeEndObject();
    }

    private static void target(PerformanceTarget t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("projectName", t.projectName());
        text("supervisingDepartment", t.supervisingDepartment(), g);
        text("implementingUnit", t.implementingUnit(), g);
        text("attribute", t.attributeText(), g);
        text("term", t.term(), g);
        money("termTotal", t.termTotal(), YUAN, g);
        funds("termFunds", t.termFunds(), g);
        money("yearTotal", t.yearTotal(), YUAN, g);
        funds("yearFunds", t.yearFunds(), g);
        text("overview", t.overview(), g);
        text("basis", t.basis(), g);
        text("necessity", t.necessity(), g);
        text("measures", t.measures(), g);
        text("plan", t.plan(), g);
        text("termGoal", t.termGoal(), g);
        text("yearGoal", t.yearGoal(), g);
        g.writeFieldName("termIndicators");
        tree(t.termIndicators(), g);
        g.writeFieldName("yearIndicators");
        tree(t.yearIndicators(), g);
        line(t.sourceLine(), g);
        g.writeEndObject();
    }

    private static void funds(String field, Map<FundingLevel, Amount> funds, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        for (FundingLevel level : FundingLevel.values()) {
            money(level.name(), Optional.ofNullable(funds.get(level)), YUAN, g);
        }
        g.writeEndObject();
    }

    private static void tree(IndicatorTree tree, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (IndicatorGroup group : tree.groups()) {
            g.writeStartObject();
            g.writeStringField("category", group.category().name());
            g.writeStringField("kind", group.kind().name());
            line(group.sourceLine(), g);
            g.writeArrayFieldStart("indicators");
            for (Indicator i : group.indicators()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                g.writeStringField("value", i.value().raw());
                line(i.sourceLine(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evaluation(SelfEvaluation e, JsonGenerator g) throws IOException {
        AmountFormat f = AmountFormat.of(e.unit(), e.decimals());
        g.writeStartObject();
        g.writeStringField("projectName", e.projectName());
        text("supervisingDepartment", e.supervisingDepartment(), g);
        text("implementingUnit", e.implementingUnit(), g);
        g.writeStringField("unit", e.unit().name());
        g.writeNumberField("decimals", e.decimals());
        money("initialBudget", e.initialBudget(), f, g);
        money("annualBudget", e.annualBudget(), f, g);
        money("executed", e.executed(), f, g);
        decimal("executionRate", e.executionRate(), g);
        decimal("executionWeight", e.executionWeight(), g);
        decimal("executionScore", e.executionScore(), g);
        text("yearGoal", e.yearGoal(), g);
        text("achieved", e.achieved(), g);
        g.writeArrayFieldStart("indicators");
        for (EvaluatedIndicator i : e.indicators()) {
            g.writeStartObject();
            g.writeStringField("categoryText", i.categoryText());
            g.writeStringField("kindText", i.kindText());
            g.writeStringField("name", i.name());
            g.writeStringField("initialTarget", i.initialTarget().raw());
            text("adjustedTarget", i.adjustedTarget().map(TargetValue::raw), g);
            g.writeStringField("actual", i.actual().raw());
            decimal("weight", i.weight(), g);
            decimal("score", i.score(), g);
            text("deviationReason", i.deviationReason(), g);
            line(i.sourceLine(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!e.analysis().isEmpty()) {
            g.writeArrayFieldStart("analysis");
            for (var part : e.analysis().entrySet()) {
                g.writeStartObject();
                g.writeStringField("heading", part.getKey());
                g.writeStringField("text", part.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        decimal("totalScore", e.totalScore(), g);
        text("grade", e.gradeText(), g);
        line(e.sourceLine(), g);
        g.writeEndObject();
    }

    private static void decimal(String field, Optional<BigDecimal> value, JsonGenerator g) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(field);
            g.writeNumber(value.get().toPlainString());
        }
    }

    private static void figure(NarrativeFigure f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", f.label());
        g.writeStringField("quote", f.quote());
        g.writeFieldName("value");
        g.writeNumber(f.value().toPlainString());
        g.writeStringField("unit", f.unit().name());
        line(f.sourceLine(), g);
        text("cell", f.cell().map(CellRef::toString), g);
        text("base", f.base().map(CellRef::toString), g);
        g.writeEndObject();
    }

    private static void change(NarrativeChange c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("quote", c.quote());
        line(c.sourceLine(), g);
        if (c.current().isPresent()) {
            g.writeFieldName("current");
            figure(c.current().get(), g);
        }
        if (c.previous().isPresent()) {
            g.writeFieldName("previous");
            figure(c.previous().get(), g);
        }
        g.writeArrayFieldStart("movements");
        for (NarrativeChange.Movement m : c.movements()) {
            g.writeStartObject();
            g.writeStringField("word", m.word());
            g.writeStringField("direction", m.direction().name());
            g.writeFieldName("figure");
            figure(m.figure(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("level", c.level());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- reading

    /** Reads a disclosure; the parser is at its START_OBJECT. */
    public static Disclosure read(JsonParser p, boolean lenient) throws IOException {
        JsonIn in = new JsonIn(p, lenient);
        JsonLocation start = p.currentTokenLocation();
        DisclosureKind[] kind = {null};
        BudgetUnit[] unit = {null};
        Year[] year = {null};
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        List<Project> projects = new ArrayList<>();
        List<NarrativeFigure> narrative = new ArrayList<>();
        List<NarrativeChange> changes = new ArrayList<>();
        List<NarrativeItem> items = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        Procurement[] procurement = {null};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("kind", () -> kind[0] = in.constant(DisclosureKind.class, "kind"));
        f.put("unit", () -> unit[0] = unit(in));
        f.put("year", () -> year[0] = Year.of(in.integer("year")));
        f.put("tables", () -> {
            for (BudgetTable t : in.array("tables", () -> table(in))) {
                if (tables.put(t.kind(), t) != null) {
                    throw in.error("the table " + t.kind() + " appears twice");
                }
            }
        });
        f.put("projects", () -> projects.addAll(in.array("projects", () -> project(in))));
        f.put("narrative", () -> narrative.addAll(in.array("narrative", () -> figure(in))));
        f.put("changes", () -> changes.addAll(in.array("changes", () -> change(in))));
        f.put("items", () -> items.addAll(in.array("items", () -> item(in))));
        f.put("counts", () -> counts.addAll(in.array("counts", () -> count(in))));
        f.put("procurement", () -> procurement[0] = procurement(in));
        in.object("disclosure", f);
        if (kind[0] == null || unit[0] == null || year[0] == null) {
            throw com.fasterxml.jackson.databind.JsonMappingException.from(
                    p, "a disclosure needs kind, unit and year (object at line " + start.getLineNr() + ")");
        }
        return in.convert("disclosure", () -> {
            if (kind[0] == DisclosureKind.BUDGET) {
                return BudgetDisclosure.builder()
                        .unit(unit[0])
                        .year(year[0])
                        .tables(tables)
                        .projects(projects)
                        .narrative(narrative)
                        .changes(changes)
                        .items(items)
                        .counts(counts)
                        .procurement(Optional.ofNullable(procurement[0]))
                        .build();
            }
            return FinalAccountsDisclosure.builder()
                    .unit(unit[0])
                    .year(year[0])
                    .tables(tables)
                    .projects(projects)
                    .narrative(narrative)
                    .changes(changes)
                    .items(items)
                    .counts(counts)
                    .procurement(Optional.ofNullable(procurement[0]))
                    .build();
        });
    }

    private static BudgetUnit unit(JsonIn in) throws IOException {
        var b = BudgetUnit.builder();
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("name", () -> b.name(in.string("name")));
        f.put("code", () -> b.code(in.string("code")));
        f.put("supervisingDepartment", () -> b.supervisingDepartment(in.string("supervisingDepartment")));
        f.put("supervisingDepartmentCode", () -> b.supervisingDepartmentCode(in.string("supervisingDepartmentCode")));
        f.put("type", () -> b.type(in.constant(UnitType.class, "type")));
        f.put("level", () -> b.level(in.constant(GovernmentLevel.class, "level")));
        in.object("unit", f);
        return in.convert("unit", b::build);
    }

    private static BudgetTable table(JsonIn in) throws IOException {
        var b = BudgetTable.builder();
        AmountUnit[] unit = {null};
        Integer[] decimals = {null};
        List<Column> columns = new ArrayList<>();
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("kind", () -> b.kind(in.constant(TableKind.class, "kind")));
        f.put("unit", () -> {
            unit[0] = in.constant(AmountUnit.class, "unit");
            b.unit(unit[0]);
        });
        f.put("decimals", () -> {
            decimals[0] = in.integer("decimals");
            if (decimals[0] < 0 || decimals[0] > 6) {
                throw in.error("decimals must be between 0 and 6, got " + decimals[0]);
            }
            b.decimals(decimals[0]);
        });
        f.put("publishedEmpty", () -> b.publishedEmpty(in.bool("publishedEmpty")));
        f.put("title", () -> b.title(in.string("title")));
        f.put("sourceLine", () -> b.sourceLine(in.integer("sourceLine")));
        f.put("columns", () -> columns.addAll(in.array("columns", () -> in.constant(Column.class, "column"))));
        f.put("rows", () -> {
            if (unit[0] == null || decimals[0] == null) {
                throw in.error("a table's unit and decimals come before its rows");
            }
            b.rows(in.array("rows", () -> row(in, unit[0], decimals[0])));
        });
        in.object("table", f);
        b.columns(columns);
        return in.convert("table", b::build);
    }

    /** The columns by their names in JSON. */
    private static final Map<String, Column> COLUMNS = columnsByName();

    private static Map<String, Column> columnsByName() {
        Map<String, Column> columns = new java.util.HashMap<>();
        for (Column c : Column.values()) {
            columns.put(c.name(), c);
        }
        return Map.copyOf(columns);
    }

    // A row and its cells are read field by field with a switch rather than through a map of
    // field readers: a disclosure has a row for every few cells, and building those maps (one of
    // every column for the cells) cost more than the parsing.
    private static Row row(JsonIn in, AmountUnit unit, int decimals) throws IOException {
        var b = Row.builder();
        JsonParser p = in.p;
        in.startObject("row");
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "section" -> b.section(in.constant(Section.class, "section"));
                case "key" -> {
                    String text = in.string("key");
                    b.key(in.convert("row key", () -> RowKey.parse(text)));
                }
                case "name" -> b.name(in.string("name"));
                case "governmentName" -> b.governmentName(in.string("governmentName"));
                case "number" -> b.number(in.integer("number"));
                case "sourceLine" -> b.sourceLine(in.integer("sourceLine"));
                case "cells" -> cells(new JsonIn(p, false), b, unit, decimals);
                default -> in.unknown(name, "row");
            }
        }
        return in.convert("row", b::build);
    }

    private static void cells(JsonIn in, ImmutableRow.Builder b, AmountUnit unit, int decimals) throws IOException {
        JsonParser p = in.p;
        in.startObject("cells");
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Column c = COLUMNS.get(name);
            if (c == null) {
                in.unknown(name, "cells");
                continue;
            }
            long fen = in.plainFen(unit); // most cells: a plain decimal, read without a BigDecimal
            if (fen != Long.MIN_VALUE) {
                Amount plain = Amount.ofFen(fen);
                if (plain.isExactIn(unit, decimals)) {
                    b.putCells(c, plain);
                    continue;
                }
            }
            BigDecimal value = in.decimal(c.name());
            Amount amount = amount(in, value, unit);
            if (!amount.isExactIn(unit, decimals)) {
                throw in.error("the cell " + c + " holds " + value.toPlainString() + ", finer than the table's "
                        + decimals + " decimals of " + unit.label());
            }
            b.putCells(c, amount);
        }
    }

    private static Amount amount(JsonIn in, BigDecimal value, AmountUnit unit) throws IOException {
        return in.convert("amount", () -> Amount.of(value, unit));
    }

    private static Project project(JsonIn in) throws IOException {
        var b = Project.builder();
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("name", () -> b.name(in.string("name")));
        f.put("implementingUnit", () -> b.implementingUnit(in.string("implementingUnit")));
        f.put("target", () -> b.target(target(in)));
        f.put("evaluation", () -> b.evaluation(evaluation(in)));
        in.object("project", f);
        return in.convert("project", b::build);
    }

    private static PerformanceTarget target(JsonIn in) throws IOException {
        var b = PerformanceTarget.builder();
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("projectName", () -> b.projectName(in.string("projectName")));
        f.put("supervisingDepartment", () -> b.supervisingDepartment(in.string("supervisingDepartment")));
        f.put("implementingUnit", () -> b.implementingUnit(in.string("implementingUnit")));
        f.put("attribute", () -> b.attributeText(in.string("attribute")));
        f.put("term", () -> b.term(in.string("term")));
        f.put("termTotal", () -> b.termTotal(amount(in, in.decimal("termTotal"), AmountUnit.YUAN)));
        f.put("termFunds", () -> b.termFunds(funds(in)));
        f.put("yearTotal", () -> b.yearTotal(amount(in, in.decimal("yearTotal"), AmountUnit.YUAN)));
        f.put("yearFunds", () -> b.yearFunds(funds(in)));
        f.put("overview", () -> b.overview(in.string("overview")));
        f.put("basis", () -> b.basis(in.string("basis")));
        f.put("necessity", () -> b.necessity(in.string("necessity")));
        f.put("measures", () -> b.measures(in.string("measures")));
        f.put("plan", () -> b.plan(in.string("plan")));
        f.put("termGoal", () -> b.termGoal(in.string("termGoal")));
        f.put("yearGoal", () -> b.yearGoal(in.string("yearGoal")));
        f.put("termIndicators", () -> b.termIndicators(tree(in)));
        f.put("yearIndicators", () -> b.yearIndicators(tree(in)));
        f.put("sourceLine", () -> b.sourceLine(in.integer("sourceLine")));
        in.object("target", f);
        return in.convert("target", b::build);
    }

    private static Map<FundingLevel, Amount> funds(JsonIn in) throws IOException {
        Map<FundingLevel, Amount> funds = new EnumMap<>(FundingLevel.class);
        Map<String, JsonIn.Field> f = JsonIn.fields();
        for (FundingLevel level : FundingLevel.values()) {
            f.put(level.name(), () -> funds.put(level, amount(in, in.decimal(level.name()), AmountUnit.YUAN)));
        }
        new JsonIn(in.p, false).object("funds", f);
        return funds;
    }

    private static IndicatorTree tree(JsonIn in) throws IOException {
        return new IndicatorTree(in.array("indicator groups", () -> {
            IndicatorCategory[] category = {null};
            IndicatorKind[] kind = {null};
            OptionalInt[] line = {OptionalInt.empty()};
            List<Indicator> indicators = new ArrayList<>();
            Map<String, JsonIn.Field> f = JsonIn.fields();
            f.put("category", () -> category[0] = in.constant(IndicatorCategory.class, "category"));
            f.put("kind", () -> kind[0] = in.constant(IndicatorKind.class, "kind"));
            f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
            f.put("indicators", () -> indicators.addAll(in.array("indicators", () -> indicator(in))));
            in.object("indicator group", f);
            if (category[0] == null || kind[0] == null) {
                throw in.error("an indicator group needs its category and kind");
            }
            return new IndicatorGroup(category[0], kind[0], indicators, line[0]);
        }));
    }

    private static Indicator indicator(JsonIn in) throws IOException {
        // the most numerous object of a target: its fields by a switch, not a map of readers made
        // for each (same errors for unknown fields)
        String name = null;
        String value = null;
        OptionalInt line = OptionalInt.empty();
        JsonParser p = in.p;
        in.startObject("indicator");
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = in.string("name");
                case "value" -> value = in.string("value");
                case "sourceLine" -> line = OptionalInt.of(in.integer("sourceLine"));
                default -> in.unknown(field, "indicator");
            }
        }
        if (name == null || value == null) {
            throw in.error("an indicator needs its name and value");
        }
        return new Indicator(name, TargetValue.parse(value), line);
    }

    private static SelfEvaluation evaluation(JsonIn in) throws IOException {
        var b = SelfEvaluation.builder();
        AmountUnit[] unit = {AmountUnit.WAN_YUAN};
        BigDecimal[][] money = {new BigDecimal[3]};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("projectName", () -> b.projectName(in.string("projectName")));
        f.put("supervisingDepartment", () -> b.supervisingDepartment(in.string("supervisingDepartment")));
        f.put("implementingUnit", () -> b.implementingUnit(in.string("implementingUnit")));
        f.put("unit", () -> {
            unit[0] = in.constant(AmountUnit.class, "unit");
            b.unit(unit[0]);
        });
        f.put("decimals", () -> b.decimals(in.integer("decimals")));
        f.put("initialBudget", () -> money[0][0] = in.decimal("initialBudget"));
        f.put("annualBudget", () -> money[0][1] = in.decimal("annualBudget"));
        f.put("executed", () -> money[0][2] = in.decimal("executed"));
        f.put("executionRate", () -> b.executionRate(in.decimal("executionRate")));
        f.put("executionWeight", () -> b.executionWeight(in.decimal("executionWeight")));
        f.put("executionScore", () -> b.executionScore(in.decimal("executionScore")));
        f.put("yearGoal", () -> b.yearGoal(in.string("yearGoal")));
        f.put("achieved", () -> b.achieved(in.string("achieved")));
        f.put("indicators", () -> b.indicators(in.array("indicators", () -> evaluated(in))));
        java.util.Set<String> headings = new java.util.HashSet<>();
        f.put(
                "analysis",
                () -> in.array("analysis", () -> {
                    String[] part = new String[2];
                    Map<String, JsonIn.Field> pf = JsonIn.fields();
                    pf.put("heading", () -> part[0] = in.string("heading"));
                    pf.put("text", () -> part[1] = in.string("text"));
                    in.object("analysis", pf);
                    if (part[0] == null || part[1] == null) {
                        throw in.error("an analysis part needs a heading and a text");
                    }
                    if (!headings.add(part[0])) {
                        throw in.error("the analysis heading \"" + part[0] + "\" appears twice");
                    }
                    b.putAnalysis(part[0], part[1]);
                    return part[0];
                }));
        f.put("totalScore", () -> b.totalScore(in.decimal("totalScore")));
        f.put("grade", () -> b.gradeText(in.string("grade")));
        f.put("sourceLine", () -> b.sourceLine(in.integer("sourceLine")));
        in.object("evaluation", f);
        if (money[0][0] != null) {
            b.initialBudget(amount(in, money[0][0], unit[0]));
        }
        if (money[0][1] != null) {
            b.annualBudget(amount(in, money[0][1], unit[0]));
        }
        if (money[0][2] != null) {
            b.executed(amount(in, money[0][2], unit[0]));
        }
        return in.convert("evaluation", b::build);
    }

    private static EvaluatedIndicator evaluated(JsonIn in) throws IOException {
        String[] s = new String[7]; // categoryText, kindText, name, initial, adjusted, actual, reason
        BigDecimal[] n = new BigDecimal[2];
        OptionalInt[] line = {OptionalInt.empty()};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("categoryText", () -> s[0] = in.string("categoryText"));
        f.put("kindText", () -> s[1] = in.string("kindText"));
        f.put("name", () -> s[2] = in.string("name"));
        f.put("initialTarget", () -> s[3] = in.string("initialTarget"));
        f.put("adjustedTarget", () -> s[4] = in.string("adjustedTarget"));
        f.put("actual", () -> s[5] = in.string("actual"));
        f.put("weight", () -> n[0] = in.decimal("weight"));
        f.put("score", () -> n[1] = in.decimal("score"));
        f.put("deviationReason", () -> s[6] = in.string("deviationReason"));
        f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
        in.object("evaluated indicator", f);
        if (s[0] == null || s[1] == null || s[2] == null || s[3] == null || s[5] == null) {
            throw in.error("an evaluated indicator needs categoryText, kindText, name, initialTarget and actual");
        }
        return new EvaluatedIndicator(
                IndicatorCategory.fromLabel(s[0]),
                IndicatorKind.fromLabel(s[1]),
                s[0],
                s[1],
                s[2],
                TargetValue.parse(s[3]),
                Optional.ofNullable(s[4]).map(TargetValue::parse),
                TargetValue.parse(s[5]),
                Optional.ofNullable(n[0]),
                Optional.ofNullable(n[1]),
                Optional.ofNullable(s[6]),
                line[0]);
    }

    private static NarrativeFigure figure(JsonIn in) throws IOException {
        String[] s = new String[4]; // label, quote, cell, base
        BigDecimal[] value = {null};
        NarrativeFigure.Unit[] unit = {null};
        OptionalInt[] line = {OptionalInt.empty()};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("label", () -> s[0] = in.string("label"));
        f.put("quote", () -> s[1] = in.string("quote"));
        f.put("value", () -> value[0] = in.decimal("value"));
        f.put("unit", () -> unit[0] = in.constant(NarrativeFigure.Unit.class, "unit"));
        f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
        f.put("cell", () -> s[2] = in.string("cell"));
        f.put("base", () -> s[3] = in.string("base"));
        in.object("narrative figure", f);
        if (s[0] == null || s[1] == null || value[0] == null || unit[0] == null) {
            throw in.error("a narrative figure needs label, quote, value and unit");
        }
        return in.convert(
                "narrative figure",
                () -> new NarrativeFigure(
                        s[0],
                        s[1],
                        value[0],
                        unit[0],
                        line[0],
                        Optional.ofNullable(s[2]).map(CellRef::parse),
                        Optional.ofNullable(s[3]).map(CellRef::parse)));
    }

    private static NarrativeItem item(JsonIn in) throws IOException {
        String[] s = new String[3]; // name, quote, cell
        OptionalInt[] line = {OptionalInt.empty()};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("name", () -> s[0] = in.string("name"));
        f.put("quote", () -> s[1] = in.string("quote"));
        f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
        f.put("cell", () -> s[2] = in.string("cell"));
        in.object("narrative item", f);
        if (s[0] == null || s[1] == null || s[2] == null) {
            throw in.error("a narrative item needs name, quote and cell");
        }
        return in.convert("narrative item", () -> new NarrativeItem(s[0], s[1], line[0], CellRef.parse(s[2])));
    }

    private static NarrativeChange change(JsonIn in) throws IOException {
        String[] quote = {null};
        OptionalInt[] line = {OptionalInt.empty()};
        NarrativeFigure[] compared = {null, null}; // current, previous
        List<NarrativeChange.Movement> movements = new ArrayList<>();
        boolean[] level = {false};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("quote", () -> quote[0] = in.string("quote"));
        f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
        f.put("current", () -> compared[0] = figure(in));
        f.put("previous", () -> compared[1] = figure(in));
        f.put("movements", () -> movements.addAll(in.array("movements", () -> movement(in))));
        f.put("level", () -> level[0] = in.bool("level"));
        in.object("narrative change", f);
        if (quote[0] == null) {
            throw in.error("a narrative change needs a quote");
        }
        return in.convert(
                "narrative change",
                () -> new NarrativeChange(
                        quote[0],
                        line[0],
                        Optional.ofNullable(compared[0]),
                        Optional.ofNullable(compared[1]),
                        movements,
                        level[0]));
    }

    private static NarrativeChange.Movement movement(JsonIn in) throws IOException {
        String[] word = {null};
        NarrativeChange.Direction[] direction = {null};
        NarrativeFigure[] figure = {null};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("word", () -> word[0] = in.string("word"));
        f.put("direction", () -> direction[0] = in.constant(NarrativeChange.Direction.class, "direction"));
        f.put("figure", () -> figure[0] = figure(in));
        in.object("movement", f);
        if (word[0] == null || direction[0] == null || figure[0] == null) {
            throw in.error("a movement needs word, direction and figure");
        }
        return new NarrativeChange.Movement(word[0], direction[0], figure[0]);
    }

    private static Count count(JsonIn in) throws IOException {
        String[] label = {null};
        OptionalLong[] value = {OptionalLong.empty()};
        OptionalInt[] line = {OptionalInt.empty()};
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("label", () -> label[0] = in.string("label"));
        f.put("value", () -> value[0] = OptionalLong.of(in.whole("value")));
        f.put("sourceLine", () -> line[0] = OptionalInt.of(in.integer("sourceLine")));
        in.object("count", f);
        if (label[0] == null) {
            throw in.error("a count needs its label");
        }
        return in.convert("count", () -> new Count(label[0], value[0], line[0]));
    }

    private static Procurement procurement(JsonIn in) throws IOException {
        AmountUnit[] unit = {null};
        Integer[] decimals = {null};
        BigDecimal[] n = new BigDecimal[4];
        Map<String, JsonIn.Field> f = JsonIn.fields();
        f.put("unit", () -> unit[0] = in.constant(AmountUnit.class, "unit"));
        f.put("decimals", () -> decimals[0] = in.integer("decimals"));
        f.put("total", () -> n[0] = in.decimal("total"));
        f.put("goods", () -> n[1] = in.decimal("goods"));
        f.put("works", () -> n[2] = in.decimal("works"));
        f.put("services", () -> n[3] = in.decimal("services"));
        in.object("procurement", f);
        if (unit[0] == null || decimals[0] == null || n[0] == null) {
            throw in.error("procurement needs unit, decimals and total");
        }
        List<Optional<Amount>> parts = new ArrayList<>();
        for (int i = 1; i < 4; i++) {
            parts.add(n[i] == null ? Optional.empty() : Optional.of(amount(in, n[i], unit[0])));
        }
        Amount total = amount(in, n[0], unit[0]);
        return in.convert(
                "procurement",
                () -> new Procurement(total, parts.get(0), parts.get(1), parts.get(2), unit[0], decimals[0]));
    }
}
