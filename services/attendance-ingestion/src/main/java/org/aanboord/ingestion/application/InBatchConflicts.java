package org.aanboord.ingestion.application;

import java.util.List;
import java.util.stream.Collectors;

import org.aanboord.ingestion.application.RegisterAttendance.Numbered;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.Rejection;

/**
 * Rows of one batch that name the same half-day: the same code again is a harmless duplicate, but different codes
 * leave no way to know which the school meant, so every one of those rows is refused.
 */
final class InBatchConflicts {

    private InBatchConflicts() {
    }

    static boolean conflict(List<Numbered> sameHalfDay) {
        return sameHalfDay.stream().map(row -> row.registration().code()).distinct().count() > 1;
    }

    static List<Refusal> errors(List<Numbered> sameHalfDay) {
        return sameHalfDay.stream()
                .map(row -> new Refusal(row.line(), new FieldError("code", Rejection.CONFLICT_IN_BATCH,
                        "lines " + lines(sameHalfDay) + " give different codes for the same pupil, date and half-day")))
                .toList();
    }

    private static String lines(List<Numbered> rows) {
        return rows.stream().map(row -> String.valueOf(row.line())).collect(Collectors.joining(", "));
    }
}
