package org.aanboord.contracts;

/**
 * One kind of event: its CloudEvents type (the wire name), the topic it travels on and the record that holds it.
 *
 * @param ceType      value of the {@code ce_type} header, e.g. {@code org.aanboord.risk.RiskAssessmentChanged.v1}
 * @param topic       the topic it is published on
 * @param javaType    the immutable record the JSON payload maps to
 * @param schemaName  file name of the JSON Schema and golden sample, without extension
 */
public record EventType(String ceType, Topic topic, Class<? extends Record> javaType, String schemaName) {

    public String schemaResource() {
        return "contracts/schemas/" + topic.wireName() + "/" + schemaName + ".schema.json";
    }

    public String sampleResource() {
        return "contracts/samples/" + topic.wireName() + "/" + schemaName + ".json";
    }
}
