package org.aanboord.risk.adapter.in.web;

/** A request field that cannot be used, named so the problem response can point at it. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
