package org.aanboord.ingestion.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.aanboord.platform.calendar.DateDigits;

/** Parses the dates school software writes (ISO, or Belgian day-first) strictly: 30 February is refused. */
public final class SchoolDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private SchoolDates() {
    }

    /** A past or present date, or the reason it is refused added to {@code errors}. */
    public static Optional<LocalDate> parse(String field, String value, LocalDate today, List<FieldError> errors) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, Rejection.REQUIRED, "is required"));
            return Optional.empty();
        }
        String text = value.trim();
        try {
            LocalDate fixed = fixedWidth(text);
            LocalDate date = fixed != null ? fixed : LocalDate.parse(text, formatOf(text));
            if (date.isAfter(today)) {
                errors.add(new FieldError(field, Rejection.FUTURE_DATE, "lies in the future"));
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            // reported below
        }
        errors.add(new FieldError(field, Rejection.IMPOSSIBLE_DATE,
                "must be a real date as YYYY-MM-DD or DD/MM/YYYY" + notValue(value)));
        return Optional.empty();
    }

    /**
     * The four accepted forms when written with all their digits ({@code 2026-11-16}, {@code 16/11/2026},
     * {@code 16-11-2026}, {@code 16.11.2026}), read by hand: the formatters were a twelfth of a batch's work. A day
     * the month does not have throws, as the strict formatters do; any other text is left to the formatters (null).
     */
    private static LocalDate fixedWidth(String text) {
        if (text.length() != 10) {
            return null;
        }
        if (text.charAt(4) == '-' && text.charAt(7) == '-') {
            return date(DateDigits.number(text, 0, 4), DateDigits.number(text, 5, 7), DateDigits.number(text, 8, 10));
        }
        char separator = text.charAt(2);
        if ((separator == '/' || separator == '-' || separator == '.') && text.charAt(5) == separator) {
            return date(DateDigits.number(text, 6, 10), DateDigits.number(text, 3, 5), DateDigits.number(text, 0, 2));
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /** Chosen by the first separator, so a batch of day-first dates does not pay for a failed ISO parse each. */
    private static DateTimeFormatter formatOf(String text) {
        if (text.length() > 4 && text.charAt(4) == '-') {
            return FORMATS.get(0);
        }
        char separator = text.length() > 2 ? text.charAt(2) : '/';
        return separator == '-' ? FORMATS.get(2) : separator == '.' ? FORMATS.get(3) : FORMATS.get(1);
    }

    private static String notValue(String value) {
        String quoted = Text.quoted(value);
        return quoted.isEmpty() ? "" : ", not" + quoted;
    }
}
