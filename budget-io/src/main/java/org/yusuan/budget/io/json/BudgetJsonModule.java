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
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.FinalAccountsDisclosure;
import org.yusuan.budget.io.json.internal.DisclosureCodec;

/**
 * A Jackson module that reads and writes disclosures ({@link Disclosure}, {@link BudgetDisclosure},
 * {@link FinalAccountsDisclosure}) in the canonical shape of {@link BudgetJson}, for users who
 * register it on their own {@code ObjectMapper}:
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
        addSerializer(Disclosure.class, serializer);
        addDeserializer(Disclosure.class, deserializer);
        addDeserializer(BudgetDisclosure.class, typed(deserializer, BudgetDisclosure.class));
        addDeserializer(FinalAccountsDisclosure.class, typed(deserializer, FinalAccountsDisclosure.class));
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
