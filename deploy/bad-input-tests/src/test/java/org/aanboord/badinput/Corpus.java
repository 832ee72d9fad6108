package org.aanboord.badinput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.aanboord.badinput.BadRequest.Expectation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads bad-input-corpus.json: explicit requests, and variations that take a valid template and break exactly one
 * field at a time (set it to each value of a list, leave it out, or add a forbidden property).
 */
final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    static List<BadRequest> load() {
        JsonNode corpus = read("bad-input-corpus.json");
        List<BadRequest> requests = new ArrayList<>();
        corpus.get("requests").forEach(entry -> requests.add(explicit(entry)));
        corpus.get("variations").forEach(variation -> requests.addAll(variations(variation, corpus.get("valueLists"))));
        return requests;
    }

    static Map<String, String> knownFailures() {
        Map<String, String> known = new LinkedHashMap<>();
        read("known-failures.json").get("failures").properties()
                .forEach(entry -> known.put(entry.getKey(), entry.getValue().asString()));
        return known;
    }

    private static BadRequest explicit(JsonNode entry) {
        return request(entry, entry.get("id").asString(), bodyOf(entry));
    }

    private static Supplier<byte[]> bodyOf(JsonNode entry) {
        if (entry.has("bodyBase64")) {
            byte[] bytes = Base64.getDecoder().decode(entry.get("bodyBase64").asString());
            return () -> bytes;
        }
        if (entry.has("bodyRepeat")) {
            JsonNode repeat = entry.get("bodyRepeat");
            // Built when sent, so the corpus does not hold tens of megabytes in memory.
            return () -> (repeat.get("prefix").asString() + repeat.get("unit").asString().repeat(repeat.get("times").asInt())
                    + repeat.get("suffix").asString()).getBytes(StandardCharsets.UTF_8);
        }
        if (entry.has("bodyResource")) {
            byte[] bytes = resource(entry.get("bodyResource").asString());
            return () -> bytes;
        }
        if (entry.has("body")) {
            byte[] bytes = entry.get("body").asString().getBytes(StandardCharsets.UTF_8);
            return () -> bytes;
        }
        return null;
    }

    private static List<BadRequest> variations(JsonNode variation, JsonNode valueLists) {
        ObjectNode template = template(variation);
        String prefix = variation.get("idPrefix").asString();
        List<BadRequest> requests = new ArrayList<>();
        for (JsonNode set : variation.path("set")) {
            List<JsonNode> values = new ArrayList<>();
            (set.has("literal") ? set.get("literal") : valueLists.get(set.get("values").asString())).forEach(values::add);
            List<Integer> only = new ArrayList<>();
            set.path("only").forEach(index -> only.add(index.asInt()));
            String listName = set.has("literal") ? "literal" : set.get("values").asString();
            for (JsonNode field : set.get("fields")) {
                for (int i = 0; i < values.size(); i++) {
                    if (!only.isEmpty() && !only.contains(i)) {
                        continue;
                    }
                    ObjectNode body = template.deepCopy();
                    put(body, field.asString(), materialise(values.get(i)));
                    requests.add(request(variation, "%s-%s-%s-%d".formatted(prefix, field.asString().replace('/', '.'),
                            listName, i), bytes(body)));
                }
            }
        }
        for (JsonNode omitted : variation.path("omit")) {
            ObjectNode body = template.deepCopy();
            omitted.forEach(field -> body.remove(field.asString()));
            requests.add(request(variation, prefix + "-without-" + omitted.get(0).asString(), bytes(body)));
        }
        if (variation.has("add")) {
            for (JsonNode property : valueLists.get(variation.get("add").asString())) {
                ObjectNode body = template.deepCopy();
                body.put(property.asString(), "x");
                requests.add(request(variation, prefix + "-extra-" + property.asString().replaceAll("[^a-z]", "_"),
                        bytes(body)));
            }
        }
        return requests;
    }

    private static ObjectNode template(JsonNode variation) {
        if (variation.has("template")) {
            return (ObjectNode) variation.get("template");
        }
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(
                variation.get("templateResource").asString())) {
            ObjectNode template = (ObjectNode) JSON.readTree(in);
            variation.path("templateOverrides").properties().forEach(entry -> template.set(entry.getKey(), entry.getValue()));
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a field named by a slash path such as {@code schools/0/id}. */
    private static void put(ObjectNode body, String path, JsonNode value) {
        String[] steps = path.split("/");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode materialise(JsonNode value) {
        if (value.isObject() && value.has("repeat") && value.has("times")) {
            return StringNode.valueOf(value.get("repeat").asString().repeat(value.get("times").asInt()));
        }
        return value;
    }

    private static BadRequest request(JsonNode entry, String id, Supplier<byte[]> body) {
        Map<String, String> headers = new LinkedHashMap<>();
        entry.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        List<Integer> statuses = new ArrayList<>();
        entry.path("statuses").forEach(status -> statuses.add(status.asInt()));
        Expectation expect = Expectation.valueOf(entry.get("expect").asString()
                .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        return new BadRequest(id, entry.get("service").asString(), entry.get("method").asString(),
                entry.get("path").asString(), entry.has("contentType") ? entry.get("contentType").asString() : null,
                headers, body, entry.path("chunked").asBoolean(false), expect, List.copyOf(statuses));
    }

    private static Supplier<byte[]> bytes(JsonNode body) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        return () -> bytes;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
