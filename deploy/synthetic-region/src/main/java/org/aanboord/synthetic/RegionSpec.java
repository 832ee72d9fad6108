package org.aanboord.synthetic;

import java.time.LocalDate;

/**
 * What to generate. The same spec always yields the same region and the same attendance stream.
 *
 * @param pupils          pupils enrolled on the first day, spread over the schools (about 45 % primary)
 * @param pupilsPerSchool the mean school size; sizes vary ±40 % around it
 * @param from            first day of attendance to generate (inclusive)
 * @param until           last day of attendance to generate (inclusive); must not lie in the future for ingestion
 */
public record RegionSpec(long seed, int municipalities, int clbs, int pupils, int pupilsPerSchool, LocalDate from,
        LocalDate until) {

    public RegionSpec {
        if (municipalities < 1 || clbs < 1 || pupils < 1 || pupilsPerSchool < 10) {
            throw new IllegalArgumentException("a region needs at least one municipality, CLB and pupil, and schools of 10+");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " lies before from " + from);
        }
    }

    /** A region of about {@code pupils} pupils with Flemish proportions (~330 pupils a school, ~30 schools a CLB). */
    public static RegionSpec ofPupils(long seed, int pupils, LocalDate from, LocalDate until) {
        int schools = Math.max(2, pupils / 330);
        int municipalities = Math.max(1, schools / 8);
        int clbs = Math.max(1, schools / 30);
        return new RegionSpec(seed, municipalities, clbs, pupils, 330, from, until);
    }
}
