package org.yusuan.budget.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.yusuan.budget.core.code.EconomicCode;
import org.yusuan.budget.core.code.FunctionalCode;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.disclosure.Project;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.performance.PerformanceTarget;
import org.yusuan.budget.core.performance.SelfEvaluation;
import org.yusuan.budget.core.table.BudgetTable;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.core.table.RowKey;
import org.yusuan.budget.core.unit.BudgetUnit;
import org.yusuan.budget.io.json.internal.DisclosureCodec;

/**
 * A Jackson module that reads and writes the library's types in the canonical shape of {@link
 * BudgetJson}: disclosures ({@link Disclosure}, {@link BudgetDisclosure}, {@link
 * FinalAccountsDisclosure}) and everything in them, and on their own {@link BudgetTable}, {@link
 * BudgetUnit}, {@link Project}, {@link PerformanceTarget}, {@link SelfEvaluation}, {@link
 * NarrativeFigure}, {@link
 * Amount} (a JSON number of yuan with two decimals, read exactly), {@link FunctionalCode}, {@link
 * EconomicCode}, {@link RowKey} and {@link CellRef} (strings), for users who register it on their
 * own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
 * Disclosure d = mapper.readValue(json, Disclosure.class);
 * }</pre>
 *
 * <p>Core types carry no Jackson annotations; this module is the whole mapping. Unknown fields are
 * rejected unless the module is built lenient.
 */
public final class BudgetJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A strict module: unknown fields are errors. */
    public BudgetJsonModule() {
        this(false);
    }

    /**
     * A module.
     *
     * @param lenient whether unknown fields are skipped instead of rejected
     */
    public BudgetJsonModule(boolean lenient) {
        super("budget", Version.unknownVersion());
        JsonSerializer<Disclosure> serializer = new JsonSerializer<>() {
            @Override
            public void serialize(Disclosure value, JsonGenerator g, SerializerProvider provider) throws IOException {
                DisclosureCodec.write(value, g);
            }
        };
        JsonDeserializer<Disclosure> deserializer = new JsonDeserializer<>() {
            @Override
            public Disclosure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DisclosureCodec.read(p, lenient);
            }
        };
        addSerializer(Amount.class, new JsonSerializer<>() {
            @Override
            public void serialize(Amount value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeNumber(value.toString());
            }
        });
        addDeserializer(Amount.class, new JsonDeserializer<>() {
            @Override
            public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DisclosureCodec.readYuan(p);
            }
        });
        text(FunctionalCode.class, "functional code", FunctionalCode::of);
        text(EconomicCode.class, "economic code", EconomicCode::of);
        text(RowKey.class, "row key", RowKey::parse);
        text(CellRef.class, "cell reference", CellRef::parse);
        addSerializer(BudgetTable.class, new JsonSerializer<>() {
            @Override
            public void serialize(BudgetTable value, JsonGenerator g, SerializerProvider provider) throws IOException {
                DisclosureCodec.writeTable(value, g);
            }
        });
        addDeserializer(BudgetTable.class, new JsonDeserializer<>() {
            @Override
            public BudgetTable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DisclosureCodec.readTable(p, lenient);
            }
        });
        part(BudgetUnit.class, DisclosureCodec.UNIT_WRITER, DisclosureCodec.UNIT_READER, lenient);
        part(Project.class, DisclosureCodec.PROJECT_WRITER, DisclosureCodec.PROJECT_READER, lenient);
        part(PerformanceTarget.class, DisclosureCodec.TARGET_WRITER, DisclosureCodec.TARGET_READER, lenient);
        part(SelfEvaluation.class, DisclosureCodec.EVALUATION_WRITER, DisclosureCodec.EVALUATION_READER, lenient);
        part(NarrativeFigure.class, DisclosureCodec.FIGURE_WRITER, DisclosureCodec.FIGURE_READER, lenient);
        addSerializer(Disclosure.class, serializer);
        addDeserializer(Disclosure.class, deserializer);
        addDeserializer(BudgetDisclosure.class, typed(deserializer, BudgetDisclosure.class));
        addDeserializer(FinalAccountsDisclosure.class, typed(deserializer, FinalAccountsDisclosure.class));
    }

    /** A part of a disclosure written and read as it appears inside one. */
    private <T> void part(
            Class<T> type, DisclosureCodec.Writer<T> writer, DisclosureCodec.Reader<T> reader, boolean lenient) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(value, g);
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return reader.read(p, lenient);
            }
        });
    }

    /** A value written as its {@code toString()} and read back through a parser of that text. */
    private <T> void text(Class<T> type, String what, java.util.function.Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(value.toString());
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DisclosureCodec.readString(p, what, parse);
            }
        });
    }

    private static <T extends Disclosure> JsonDeserializer<T> typed(JsonDeserializer<Disclosure> any, Class<T> type) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Disclosure d = any.deserialize(p, ctxt);
                if (!type.isInstance(d)) {
                    throw ctxt.weirdStringException(
                            d.kind().name(), type, "the document is a " + d.kind() + " disclosure");
                }
                return type.cast(d);
            }
        };
    }
}
