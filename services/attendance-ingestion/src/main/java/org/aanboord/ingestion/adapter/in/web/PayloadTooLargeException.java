package org.aanboord.ingestion.adapter.in.web;

/** The request is over a size limit; answered with 413 before any row was processed. */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(String message) {
        super(message);
    }
}
