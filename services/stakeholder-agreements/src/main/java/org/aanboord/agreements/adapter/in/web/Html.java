package org.aanboord.agreements.adapter.in.web;

import java.util.List;

/** A small HTML writer that escapes every text it is given. */
final class Html {

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A question of the template followed by its answer, or an empty line to fill in by hand. */
    Html answer(String question, String answer) {
        element("h4", question);
        return element("p", answer == null || answer.isBlank() ? "…" : answer);
    }

    Html list(List<String> items) {
        if (items.isEmpty()) {
            return element("p", "…");
        }
        out.append("<ul>\n");
        items.forEach(item -> element("li", item));
        out.append("</ul>\n");
        return this;
    }

    Html table(List<String> headings, List<List<String>> rows) {
        out.append("<table>\n<thead><tr>");
        headings.forEach(heading -> out.append("<th>").append(escape(heading)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        if (rows.isEmpty()) {
            out.append("<tr>");
            headings.forEach(heading -> out.append("<td>&nbsp;</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
