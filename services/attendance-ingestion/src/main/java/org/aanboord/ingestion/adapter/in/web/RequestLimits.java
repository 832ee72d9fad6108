package org.aanboord.ingestion.adapter.in.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How big one request may be: in bytes (checked before reading) and in rows (checked after parsing). */
@Component
class RequestLimits {

    private final DataSize maxBodySize;
    private final int maxRows;

    RequestLimits(@Value("${aanboord.ingestion.max-body-size:16MB}") DataSize maxBodySize,
            @Value("${aanboord.ingestion.max-rows:100000}") int maxRows) {
        this.maxBodySize = maxBodySize;
        this.maxRows = maxRows;
    }

    long maxBodyBytes() {
        return maxBodySize.toBytes();
    }

    void checkRows(int rows) {
        if (rows > maxRows) {
            throw new PayloadTooLargeException("The request has " + rows + " rows; at most " + maxRows
                    + " are accepted per request. Split it into smaller batches.");
        }
    }

    void checkBody(long bytes) {
        if (bytes > maxBodyBytes()) {
            throw new PayloadTooLargeException("The body is larger than " + maxBodySize.toMegabytes()
                    + " MB. Split it into smaller batches.");
        }
    }
}
