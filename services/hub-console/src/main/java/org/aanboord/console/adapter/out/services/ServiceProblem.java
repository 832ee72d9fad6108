package org.aanboord.console.adapter.out.services;

import java.util.List;

/**
 * A service refused a request (4xx), with the RFC 9457 problem it answered: the console shows the message next to
 * the field it names.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final List<FieldProblem> fields;

    public ServiceProblem(int status, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** @param rule the service's name for the rule the field broke ({@code required}, {@code too-short}, ...), if it gave one */
    public record FieldProblem(String field, String message, String rule) {
    }
}
