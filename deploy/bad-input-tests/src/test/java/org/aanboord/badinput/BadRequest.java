package org.aanboord.badinput;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One corpus entry, expanded: where it goes, what it sends and what a user should see.
 *
 * @param statuses the accepted statuses; empty means any 4xx
 */
record BadRequest(String id, String service, String method, String path, String contentType,
        Map<String, String> headers, Supplier<byte[]> body, boolean chunked, Expectation expect,
        List<Integer> statuses) {

    enum Expectation {
        /** A 4xx answered as application/problem+json. */
        PROBLEM,
        /** 200, naming none of the data the setup created. */
        NO_LEAK,
        /** 200 batch report: every row rejected, none registered. */
        ROWS_REFUSED
    }

    @Override
    public String toString() {
        return id;
    }
}
