package org.aanboord.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every golden sample validates against its schema and maps onto its record; every record has both files. */
class GoldenSampleContractTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();
    private static final JsonMapper EVENT_JSON = JsonMapper.builder().build();

    static Stream<EventType> eventTypes() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenSampleValidatesAgainstItsSchema(EventType type) throws IOException {
        JsonSchema schema = SCHEMAS.getSchema(resource(type.schemaResource()));
        JsonNode sample = SCHEMA_JSON.readTree(resource(type.sampleResource()));

        Set<ValidationMessage> errors = schema.validate(sample);

        assertThat(errors).as("schema violations in %s", type.sampleResource()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenSampleMapsOntoItsRecordWithoutLosingFields(EventType type) throws IOException {
        byte[] sample = resource(type.sampleResource()).readAllBytes();

        Record event = EVENT_JSON.readValue(sample, type.javaType());

        // Fields added to v1 after a sample was released appear in the round trip (also inside nested records);
        // every sampled field must survive.
        tools.jackson.databind.JsonNode roundTrip = EVENT_JSON.readTree(EVENT_JSON.writeValueAsBytes(event));
        tools.jackson.databind.JsonNode original = EVENT_JSON.readTree(sample);
        retainSampled(roundTrip, original);
        assertThat(roundTrip).as("round trip of %s", type.sampleResource()).isEqualTo(original);
    }

    private static void retainSampled(tools.jackson.databind.JsonNode roundTrip,
            tools.jackson.databind.JsonNode original) {
        if (roundTrip instanceof ObjectNode object && original.isObject()) {
            object.retain(original.propertyNames());
            original.propertyNames().forEach(name -> {
                if (object.has(name)) {
                    retainSampled(object.get(name), original.get(name));
                }
            });
        } else if (roundTrip.isArray() && original.isArray()) {
            for (int i = 0; i < Math.min(roundTrip.size(), original.size()); i++) {
                retainSampled(roundTrip.get(i), original.get(i));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaRejectsAnEmptyObject(EventType type) throws IOException {
        JsonSchema schema = SCHEMAS.getSchema(resource(type.schemaResource()));

        assertThat(schema.validate(SCHEMA_JSON.readTree("{}"))).isNotEmpty();
    }

    @Test
    void everyTopicHasOneOwnerAndADistinctWireName() {
        assertThat(Stream.of(Topic.values()).map(Topic::wireName).distinct()).hasSize(Topic.values().length);
        assertThat(Topic.ATTENDANCE_REGISTRATIONS.deadLetterTopic("risk-scoring"))
                .isEqualTo("attendance.registrations.v1.risk-scoring.dlt");
    }

    @Test
    void wireTypesAreUniqueAndVersioned() {
        assertThat(EventCatalog.all().stream().map(EventType::ceType).distinct()).hasSize(EventCatalog.all().size());
        assertThat(EventCatalog.all()).allSatisfy(type -> assertThat(type.ceType()).startsWith("org.aanboord.").endsWith(".v1"));
    }

    private static InputStream resource(String path) {
        InputStream stream = GoldenSampleContractTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(stream).as("resource %s", path).isNotNull();
        return stream;
    }
}
