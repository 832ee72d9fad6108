package org.aanboord.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Made-up but well-formed Belgian national register numbers (YYMMDD, serial, 97-check; 2000+ rule). */
final class NationalNumbers {

    private NationalNumbers() {
    }

    static String forBirthDate(LocalDate birth, SplittableRandom random) {
        int serial = 1 + random.nextInt(997);
        long body = Long.parseLong("%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial));
        long checked = birth.getYear() >= 2000 ? 2_000_000_000L + body : body;
        return "%09d%02d".formatted(body, 97 - checked % 97);
    }
}
