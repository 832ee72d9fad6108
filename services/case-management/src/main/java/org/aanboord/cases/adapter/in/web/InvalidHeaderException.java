package org.aanboord.cases.adapter.in.web;

class InvalidHeaderException extends RuntimeException {

    private final String header;

    InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    String header() {
        return header;
    }
}
