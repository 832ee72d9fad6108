package org.aanboord.ingestion.domain;

import java.util.regex.Pattern;

/** Small text checks shared by the validators. */
final class Text {

    private static final Pattern ECHOABLE = Pattern.compile("[A-Za-z0-9 ._-]{1,20}");

    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The value quoted for an error message, or nothing when it is long or could be markup or a query. */
    static String quoted(String value) {
        return value != null && ECHOABLE.matcher(value).matches() ? " '" + value + "'" : "";
    }
}
