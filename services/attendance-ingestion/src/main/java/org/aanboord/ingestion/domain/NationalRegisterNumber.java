package org.aanboord.ingestion.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Belgian national register number (rijksregisternummer, INSZ): YYMMDD, a 3-digit serial and a 2-digit check
 * of 97 - (first nine digits mod 97). For people born from 2000 on, the check is computed over "2" followed by the
 * nine digits. Dots, dashes and spaces as printed on documents are accepted and dropped.
 */
public final class NationalRegisterNumber {

    private static final Pattern PRINTED = Pattern.compile("[0-9][0-9 .-]{10,16}");

    private NationalRegisterNumber() {
    }

    /** The eleven digits when the number is well formed and its check digits hold. */
    public static Optional<String> digitsOf(String printed) {
        if (printed == null || !PRINTED.matcher(printed.trim()).matches()) {
            return Optional.empty();
        }
        String digits = printed.replaceAll("[ .-]", "");
        if (digits.length() != 11) {
            return Optional.empty();
        }
        long body = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        boolean before2000 = 97 - body % 97 == check;
        boolean from2000 = 97 - (2_000_000_000L + body) % 97 == check;
        return before2000 || from2000 ? Optional.of(digits) : Optional.empty();
    }
}
