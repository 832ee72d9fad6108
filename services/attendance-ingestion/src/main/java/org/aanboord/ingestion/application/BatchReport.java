package org.aanboord.ingestion.application;

import java.util.List;

/**
 * What happened to a batch. Every valid row is durable on the broker before this report exists.
 *
 * @param received   rows in the request
 * @param registered rows published as a first registration of their half-day
 * @param corrected  rows published as a correction of an earlier code
 * @param duplicates rows already known with the same code (in the ledger or earlier in this batch): not republished
 * @param rejected   rows refused; each has at least one entry in {@code errors}
 */
public record BatchReport(int received, int registered, int corrected, int duplicates, int rejected,
        List<RowError> errors) {
}
