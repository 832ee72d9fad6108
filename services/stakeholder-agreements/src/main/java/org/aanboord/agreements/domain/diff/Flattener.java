package org.aanboord.agreements.domain.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a record tree into "path → value" leaves. List items that carry an identity (id, ruleId, code, phase,
 * duty, schoolYear) are named by it rather than by position, so inserting one item does not make every later
 * item look changed.
 */
final class Flattener {

    private static final List<String> IDENTITIES = List.of("id", "ruleId", "code", "phase", "duty", "schoolYear");
    private static final Set<String> IGNORED = Set.of("version");

    Map<String, String> flatten(Record root) {
        Map<String, String> leaves = new LinkedHashMap<>();
        walkRecord(root, "", leaves);
        leaves.keySet().removeIf(IGNORED::contains);
        return leaves;
    }

    private void walk(Object value, String path, Map<String, String> leaves) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            walkRecord(record, path, leaves);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + name(list.get(i), i) + "]", leaves);
            }
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal) {
            leaves.put(path, value.toString());
        } else {
            leaves.put(path, String.valueOf(value));
        }
    }

    private void walkRecord(Record record, String path, Map<String, String> leaves) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
            walk(read(component, record), child, leaves);
        }
    }

    private static String name(Object item, int index) {
        if (item instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (IDENTITIES.contains(component.getName())) {
                    Object identity = read(component, record);
                    if (identity != null) {
                        return identity.toString();
                    }
                }
            }
        }
        return String.valueOf(index);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
