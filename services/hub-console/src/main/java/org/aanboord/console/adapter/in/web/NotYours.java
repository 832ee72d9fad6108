package org.aanboord.console.adapter.in.web;

/**
 * The thing asked for exists but belongs to another organisation; answered as "not found" so the console does not
 * even confirm that it exists.
 */
class NotYours extends RuntimeException {

    NotYours(String what) {
        super(what);
    }
}
