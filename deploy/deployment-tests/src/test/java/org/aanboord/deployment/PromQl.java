package org.aanboord.deployment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** The syntax checks on PromQL that a test can make without promtool: brackets and quotes that close. */
final class PromQl {

    private static final Map<Character, Character> CLOSING = Map.of(')', '(', ']', '[', '}', '{');

    private PromQl() {
    }

    /** Null when the expression's brackets and quotes close in order, else what is wrong. */
    static String problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return "empty expression";
        }
        Deque<Character> open = new ArrayDeque<>();
        Character quote = null;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != null) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = null;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (CLOSING.containsKey(c) && (open.isEmpty() || open.pop() != CLOSING.get(c))) {
                return "unmatched '" + c + "' at " + i;
            }
        }
        if (quote != null) {
            return "unclosed quote " + quote;
        }
        return open.isEmpty() ? null : "unclosed '" + open.peek() + "'";
    }
}
