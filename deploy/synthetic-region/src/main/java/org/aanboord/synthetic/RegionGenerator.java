package org.aanboord.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.Regisseur;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.platform.calendar.SchoolDays;

/** Builds a region from a spec. Deterministic: one random stream seeded by the spec, consumed in a fixed order. */
public final class RegionGenerator {

    static final String VDAB = "vdab-synthetic";
    private static final double PRIMARY_SHARE = 0.45;
    private static final double SCHOOL_CHANGE = 0.02;
    private static final double LONG_TAIL = 0.12;
    private static final double AT_RISK_PRIMARY = 0.01;
    private static final double AT_RISK_SECONDARY = 0.05;
    private static final double DROP_OUT_OF_AT_RISK_SECONDARY = 0.35;

    private RegionGenerator() {
    }

    public static Region generate(RegionSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<SyntheticSchool> schools = schools(spec, random);
        SchoolDays days = new SchoolDays(FlemishCalendars.ALL);
        List<Pupil> pupils = pupils(spec, schools, days, random);
        return new Region(spec, agreement(spec, schools), schools, pupils);
    }

    private static List<SyntheticSchool> schools(RegionSpec spec, SplittableRandom random) {
        int count = Math.max(2, Math.round((float) spec.pupils() / spec.pupilsPerSchool()));
        int primary = Math.max(1, (int) Math.round(count * 0.6));
        List<SyntheticSchool> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Level level = i < primary ? Level.PRIMARY : Level.SECONDARY;
            int municipality = random.nextInt(spec.municipalities());
            schools.add(new SyntheticSchool("%s-%05d".formatted(level.prefix, i + 1), level,
                    clbId(municipality % spec.clbs()), municipalityId(municipality)));
        }
        if (schools.stream().noneMatch(school -> school.level() == Level.SECONDARY)) {
            SyntheticSchool last = schools.remove(schools.size() - 1);
            schools.add(new SyntheticSchool("so-%05d".formatted(count), Level.SECONDARY, last.clbId(),
                    last.municipalityId()));
        }
        return List.copyOf(schools);
    }

    private static List<Pupil> pupils(RegionSpec spec, List<SyntheticSchool> schools, SchoolDays days,
            SplittableRandom random) {
        List<SyntheticSchool> primary = schools.stream().filter(school -> school.level() == Level.PRIMARY).toList();
        List<SyntheticSchool> secondary = schools.stream().filter(school -> school.level() == Level.SECONDARY).toList();
        List<Pupil> pupils = new ArrayList<>(spec.pupils());
        for (int n = 0; n < spec.pupils(); n++) {
            boolean young = random.nextDouble() < PRIMARY_SHARE;
            Level level = young ? Level.PRIMARY : Level.SECONDARY;
            List<SyntheticSchool> ofLevel = young ? primary : secondary;
            pupils.add(pupil(spec, n, level, ofLevel, days, random));
        }
        return List.copyOf(pupils);
    }

    private static Pupil pupil(RegionSpec spec, int n, Level level, List<SyntheticSchool> ofLevel, SchoolDays days,
            SplittableRandom random) {
        // A skewed school choice gives schools of uneven size, as in reality.
        SyntheticSchool school = ofLevel.get((int) (Math.pow(random.nextDouble(), 1.4) * ofLevel.size()));
        LocalDate birth = spec.from().minusYears(level.youngestAge + random.nextInt(level.oldestAge - level.youngestAge))
                .minusDays(random.nextInt(365));
        String nationalNumber = NationalNumbers.forBirthDate(birth, random);
        double draw = random.nextDouble();
        double atRisk = level == Level.PRIMARY ? AT_RISK_PRIMARY : AT_RISK_SECONDARY;
        Profile profile = draw < atRisk ? Profile.AT_RISK : draw < atRisk + LONG_TAIL ? Profile.LONG_TAIL : Profile.REGULAR;
        long span = spec.until().toEpochDay() - spec.from().toEpochDay();
        LocalDate onset = profile == Profile.AT_RISK ? spec.from().plusDays((long) (random.nextDouble() * span * 0.6)) : null;
        int leavesAfter = profile == Profile.AT_RISK && level == Level.SECONDARY
                && random.nextDouble() < DROP_OUT_OF_AT_RISK_SECONDARY ? 20 + random.nextInt(30) : 0;
        List<Enrolment> enrolments = new ArrayList<>();
        if (ofLevel.size() > 1 && span > 10 && random.nextDouble() < SCHOOL_CHANGE) {
            LocalDate lastDay = spec.from().plusDays(1 + random.nextInt((int) span - 1));
            SyntheticSchool next = ofLevel.get(random.nextInt(ofLevel.size()));
            if (next.equals(school)) {
                next = ofLevel.get((ofLevel.indexOf(school) + 1) % ofLevel.size());
            }
            enrolments.add(new Enrolment(school.id(), spec.from(), lastDay));
            enrolments.add(new Enrolment(next.id(), days.plusSchoolDays(lastDay, 1), spec.until()));
        } else {
            enrolments.add(new Enrolment(school.id(), spec.from(), spec.until()));
        }
        return new Pupil("p-%d-%07d".formatted(spec.seed(), n), nationalNumber, level, profile, List.copyOf(enrolments),
                onset, leavesAfter);
    }

    private static AgreementPublished agreement(RegionSpec spec, List<SyntheticSchool> schools) {
        List<Organisation> organisations = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (int m = 0; m < spec.municipalities(); m++) {
            String id = municipalityId(m);
            organisations.add(new Organisation(id, OrganisationType.LOKAAL_BESTUUR, "Gemeente Synthetisch " + (m + 1)));
            contacts.add(contact(id, "Regisseur vroegtijdig schoolverlaten", RecipientParty.MUNICIPALITY));
        }
        for (int c = 0; c < spec.clbs(); c++) {
            String id = clbId(c);
            organisations.add(new Organisation(id, OrganisationType.CLB, "CLB Synthetisch " + (c + 1)));
            contacts.add(contact(id, "Trajectbegeleider leerplicht", RecipientParty.CLB));
        }
        organisations.add(new Organisation(VDAB, OrganisationType.VDAB, "VDAB Synthetisch"));
        contacts.add(contact(VDAB, "Jeugdconsulent", RecipientParty.VDAB));
        List<School> listed = new ArrayList<>();
        for (SyntheticSchool school : schools) {
            listed.add(new School(school.id(), (school.level() == Level.PRIMARY ? "Basisschool " : "Secundaire school ")
                    + school.id(), school.clbId(), school.municipalityId()));
            contacts.add(contact(school.id(), "Zorgcoördinator", RecipientParty.SCHOOL));
        }
        return new AgreementPublished("agreement-synthetic-" + spec.seed(), 1,
                "Synthetische regio (seed " + spec.seed() + ")", "region-synthetic-" + spec.seed(),
                LocalDate.of(2025, 9, 1), Instant.parse("2025-08-25T08:00:00Z"), List.copyOf(organisations),
                List.copyOf(listed), List.copyOf(contacts), SyntheticRules.ALL, FlemishCalendars.ALL,
                new Regisseur(municipalityId(0), "contact-" + municipalityId(0)));
    }

    private static Contact contact(String organisationId, String role, RecipientParty party) {
        return new Contact("contact-" + organisationId, organisationId, "Contact " + organisationId, role, party,
                organisationId + "@synthetic.example", null, null);
    }

    private static String municipalityId(int index) {
        return "muni-%03d".formatted(index + 1);
    }

    private static String clbId(int index) {
        return "clb-%03d".formatted(index + 1);
    }
}
