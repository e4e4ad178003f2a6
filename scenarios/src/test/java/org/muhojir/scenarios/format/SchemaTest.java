package org.muhojir.scenarios.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.load.ScenarioLoader;

/** The published JSON Schema is in step with the loader, and every bundled scenario satisfies it. */
class SchemaTest {
    private static final Path PUBLISHED = Path.of("schema", "muhojir-scenario.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> names() {
        return Catalogue.bundled().names();
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    }

    @Test
    void thePublishedSchemaIsTheOneTheLoaderWrites() throws IOException {
        assertEquals(SchemaGenerator.text(), Files.readString(PUBLISHED, StandardCharsets.UTF_8),
                "regenerate it: ./muhojir schema > scenarios/schema/muhojir-scenario.schema.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyBundledScenarioValidatesAgainstTheSchema(String name) throws IOException {
        Path file = Path.of("catalogue", name + ".json");
        Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(file.toFile()));
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    @Test
    void aResolvedScenarioWithEveryFieldValidatesAgainstTheSchema() throws Exception {
        String resolved = JsonWriter.write(TreeWriter.scenario(
                ScenarioLoader.standard().load("pressure-plus-diversification").scenario(), "resolved"));
        Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(resolved));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        String[] bad = {
            "{\"schemaVersion\": 1, \"behaviour\": {\"remittanceShar\": 0.8}}",
            "{\"schemaVersion\": 1, \"destinations\": {\"Rusia\": {}}}",
            "{\"schemaVersion\": 1, \"months\": \"ten\"}",
            "{\"schemaVersion\": 1, \"shocks\": [{\"type\": \"raidWave\", \"destination\": \"Russia\"}]}",
            "{\"schemaVersion\": 1, \"start\": \"2024-13\"}",
            "{\"extends\": \"baseline\"}"};
        for (String b : bad) {
            assertFalse(schema().validate(MAPPER.readTree(b)).isEmpty(), "the schema should reject " + b);
        }
    }

    /** Every field the loader knows appears in the schema, at the place the loader expects it. */
    @Test
    void everyFieldTheLoaderKnowsIsInTheSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(PUBLISHED.toFile());
        List<String> missing = new ArrayList<>();
        for (FieldSpec f : ScenarioFormat.SCENARIO.fields()) {
            if (!schema.path("properties").has(f.name())) {
                missing.add("$." + f.name());
            }
        }
        for (JsonShape.Rec r : records(ScenarioFormat.SCENARIO, new ArrayList<>())) {
            JsonNode def = schema.path("$defs").path(r.type().getSimpleName()).path("properties");
            for (String n : r.names()) {
                if (!def.has(n)) {
                    missing.add(r.type().getSimpleName() + "." + n);
                }
            }
        }
        JsonShape.Shocks shocks = (JsonShape.Shocks) ScenarioFormat.SCENARIO.field("shocks").shape();
        shocks.types().forEach((type, rec) -> {
            JsonNode def = schema.path("$defs").path("shock." + type).path("properties");
            for (String n : rec.names()) {
                if (!def.has(n)) {
                    missing.add(type + "." + n);
                }
            }
        });
        assertTrue(missing.isEmpty(), "not in the schema: " + missing);
    }

    @Test
    void everyFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        List<JsonShape.Rec> all = new ArrayList<>(List.of(ScenarioFormat.SCENARIO));
        all.addAll(records(ScenarioFormat.SCENARIO, new ArrayList<>()));
        for (JsonShape.Rec r : all) {
            r.fields().stream().filter(f -> f.doc() == null)
                    .forEach(f -> undocumented.add(r.type().getSimpleName() + "." + f.name()));
        }
        ((JsonShape.Shocks) ScenarioFormat.SCENARIO.field("shocks").shape()).types().forEach((type, rec) -> {
            assertNotNull(rec.type().getAnnotation(org.muhojir.core.param.Doc.class), "a @Doc on " + type);
            rec.fields().stream().filter(f -> f.doc() == null).forEach(f -> undocumented.add(type + "." + f.name()));
        });
        assertTrue(undocumented.isEmpty(), "give these a @Param: " + undocumented);
    }

    @Test
    void shockTypeNamesAreThoseCoreReports() {
        assertEquals("raidWave", ScenarioFormat.shockType(org.muhojir.core.policy.RaidWave.class));
        assertEquals(new org.muhojir.core.policy.Amnesty(org.muhojir.core.world.Destination.RUSSIA).type(),
                ScenarioFormat.shockType(org.muhojir.core.policy.Amnesty.class));
        assertEquals(org.muhojir.core.policy.Shock.class.getPermittedSubclasses().length,
                ScenarioFormat.shockTypes().size());
    }

    /** The record shapes below {@code r}, each once, {@code r} first (the top-level Scenario is not a $def). */
    private static List<JsonShape.Rec> records(JsonShape.Rec r, List<JsonShape.Rec> found) {
        for (FieldSpec f : r.fields()) {
            JsonShape s = f.shape() instanceof JsonShape.Destinations d ? d.value() : f.shape();
            if (s instanceof JsonShape.Rec sub && found.stream().noneMatch(x -> x.type() == sub.type())) {
                found.add(sub);
                records(sub, found);
            }
        }
        return found;
    }
}
