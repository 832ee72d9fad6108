package org.aanboord.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.aanboord.agreements.domain.AgreementVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The demo region's agreement as shipped, as JSON to change in a test and as the record. */
public final class DemoAgreement {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoAgreement() {
    }

    public static ObjectNode json() {
        try (InputStream in = DemoAgreement.class.getClassLoader()
                .getResourceAsStream("demo/demo-region-agreement.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AgreementVersion record() {
        return read(json());
    }

    /** The demo agreement after a change to its JSON. */
    public static AgreementVersion changed(Consumer<ObjectNode> change) {
        ObjectNode json = json();
        change.accept(json);
        return read(json);
    }

    public static AgreementVersion read(JsonNode json) {
        return JSON.treeToValue(json, AgreementVersion.class);
    }

    /** The object at a JSON pointer such as {@code /rules/2}. */
    public static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }
}
