package org.aanboord.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The root .env: the one place that names container images and their tags. */
final class EnvFile {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)[^}]*}");

    private EnvFile() {
    }

    static Map<String, String> load() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : RepositoryFiles.read(RepositoryFiles.path(".env")).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int equals = trimmed.indexOf('=');
                values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
            }
        }
        return values;
    }

    /** Replaces ${VAR} references by the values of .env; unknown references stay as they are. */
    static String interpolate(String text, Map<String, String> values) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    static List<String> references(String text) {
        return REFERENCE.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
