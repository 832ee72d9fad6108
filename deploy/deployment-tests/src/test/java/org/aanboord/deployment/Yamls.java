package org.aanboord.deployment;

import java.util.List;
import java.util.Map;

/** Walking parsed YAML/JSON trees without a cast at every step. */
final class Yamls {

    private Yamls() {
    }

    /** The value at a dotted path of map keys, or null when any step is missing. */
    static Object at(Object tree, String dottedPath) {
        Object current = tree;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<?, ?>) current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object tree, String dottedPath) {
        Object value = at(tree, dottedPath);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object tree, String dottedPath) {
        Object value = at(tree, dottedPath);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    static String string(Object tree, String dottedPath) {
        Object value = at(tree, dottedPath);
        return value == null ? null : String.valueOf(value);
    }
}
