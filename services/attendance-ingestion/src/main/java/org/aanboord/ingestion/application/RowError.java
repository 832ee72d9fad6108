package org.aanboord.ingestion.application;

/** One refused field of one row: line (CSV line, or position in a JSON array), field, rule and reason. */
public record RowError(int line, String field, String rule, String reason) {

    static RowError of(Refusal refusal) {
        return new RowError(refusal.line(), refusal.error().field(), refusal.error().rejection().ruleName(),
                refusal.error().reason());
    }
}
