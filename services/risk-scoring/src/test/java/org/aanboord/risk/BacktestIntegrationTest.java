package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.platform.calendar.SchoolDays;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.application.RunBacktest.BacktestReport;
import org.aanboord.risk.application.ScoringStore;
import org.aanboord.risk.application.ScoringStore.Change;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.mongodb.client.MongoClient;

/** The what-if API over a synthetic region of 10,000 pupils and a whole school year, stored directly. */
class BacktestIntegrationTest extends RiskScoringIntegrationSupport {

    private static final String SCHOOL_YEAR = "2030-2031";
    private static final int PUPILS = 10_000;
    private static final int SCHOOLS = 20;
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(SCHOOL_YEAR, LocalDate.of(2030, 9, 2),
            LocalDate.of(2031, 6, 30), List.of(
                    new Holiday("herfstvakantie", LocalDate.of(2030, 10, 28), LocalDate.of(2030, 11, 3)),
                    new Holiday("kerstvakantie", LocalDate.of(2030, 12, 23), LocalDate.of(2031, 1, 5)),
                    new Holiday("krokusvakantie", LocalDate.of(2031, 2, 24), LocalDate.of(2031, 3, 2)),
                    new Holiday("paasvakantie", LocalDate.of(2031, 4, 7), LocalDate.of(2031, 4, 20))));

    @Autowired
    ScoringStore store;
    @Autowired
    MongoClient mongo;

    @AfterEach
    void removeTheSyntheticRegion() {
        mongo.getDatabase(DATABASE).getCollection("pupil_years").deleteMany(new Document("schoolYear", SCHOOL_YEAR));
    }

    @Test
    void aDraftRuleSetIsReplayedOverAYearOfTenThousandPupilsAndComparedWithTheRulesInForce() throws Exception {
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            schools.add("synth-" + run + "-school-" + i);
        }
        publishRegionAgreement(schools);
        Map<String, Integer> problematicPerPupil = storeSyntheticYear(schools);
        long atLeastFive = problematicPerPupil.values().stream().filter(count -> count >= 5).count();

        long started = System.nanoTime();
        String body = http.perform(post("/api/backtests").with(TestTokens.as("REGISSEUR", "municipality-demo")).contentType(MediaType.APPLICATION_JSON).content("""
                {"schoolYear":"2030-2031","rules":[
                  {"ruleId":"year-5","description":"5 B in the school year","measure":"PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR",
                   "threshold":5,"attentionLevel":"TARGETED","opensCase":true,"recipients":[]},
                  {"ruleId":"window-4-in-10","description":"4 B in 10 school days","measure":"PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW",
                   "threshold":4,"windowSchoolDays":10,"attentionLevel":"TARGETED","opensCase":true,"recipients":[]}]}
                """))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long millis = (System.nanoTime() - started) / 1_000_000;
        BacktestReport report = json.read(body.getBytes(), BacktestReport.class);

        assertThat(report.pupilYears()).isEqualTo(PUPILS);
        assertThat(report.rules().get(0).pupils()).as("the draft's own 5-B rule").isEqualTo(atLeastFive);
        assertThat(report.comparedWithCurrentRules().flaggedByCurrentRules()).as("the 5-B rule in force").isEqualTo(atLeastFive);
        assertThat(report.rules()).allSatisfy(rule -> {
            assertThat(rule.perSchool().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rule.pupils());
            assertThat(rule.perWeek().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rule.pupils());
            assertThat(rule.perSchool().keySet()).isSubsetOf(schools);
        });
        assertThat(report.rules().get(1).pupils()).isPositive();
        assertThat(report.comparedWithCurrentRules().earlier()).as("a 4-in-10-days window flags some pupils earlier")
                .isPositive();
        assertThat(report.comparedWithCurrentRules().later()).as("the draft keeps the 5-B rule, so never later").isZero();
        System.out.println("Back-test of " + PUPILS + " pupils, " + report.halfDays() + " half-days: " + millis + " ms");
    }

    @Test
    void anUnknownMeasureIsRefusedNamingTheField() throws Exception {
        http.perform(post("/api/backtests").with(TestTokens.as("REGISSEUR", "municipality-demo")).contentType(MediaType.APPLICATION_JSON).content("""
                {"schoolYear":"2030-2031","rules":[{"ruleId":"x","measure":"ETHNICITY","threshold":1,"attentionLevel":"TARGETED","opensCase":false,"recipients":[]}]}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rules[0].measure"));
    }

    private void publishRegionAgreement(List<String> schools) {
        AgreementPublished agreement = new AgreementPublished("agreement-synth-" + run, 1, "Synthetic region",
                "region-synth", LocalDate.of(2030, 9, 1), Instant.parse("2030-08-20T08:00:00Z"), List.of(),
                schools.stream().map(id -> new School(id, id, "clb-synth", "municipality-synth")).toList(), List.of(),
                List.of(rule("clb-5", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, AttentionLevel.TARGETED, null),
                        rule("absent-30", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 30, AttentionLevel.INTENSIVE, null)),
                List.of(CALENDAR));
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        await().until(() -> agreements.version(agreement.agreementId(), 1).isPresent());
    }

    /**
     * Most pupils miss a few half-days; some drift into regular problematic absence, a few into long runs.
     *
     * @return B half-days per pupil, the oracle for the school-year rules
     */
    private Map<String, Integer> storeSyntheticYear(List<String> schools) {
        Random random = new Random(20301);
        SchoolDays schoolDays = new SchoolDays(List.of(CALENDAR));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = CALENDAR.firstDay(); !day.isAfter(CALENDAR.lastDay()); day = day.plusDays(1)) {
            if (schoolDays.isSchoolDay(day)) {
                days.add(day);
            }
        }
        Map<String, Integer> problematic = new HashMap<>();
        List<Change> batch = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            String pupil = "synth" + run + "p" + i + "abcdefgh";
            String school = schools.get(i % SCHOOLS);
            Map<String, HalfDayEntry> halfDays = new HashMap<>();
            int profile = random.nextInt(100);
            int sick = random.nextInt(8);
            int scattered = profile < 70 ? random.nextInt(4) : random.nextInt(10);
            int clustered = profile >= 85 ? 4 + random.nextInt(30) : 0;
            for (int k = 0; k < sick; k++) {
                put(halfDays, days.get(random.nextInt(days.size())), random.nextBoolean(), school, AttendanceCode.Z);
            }
            for (int k = 0; k < scattered; k++) {
                put(halfDays, days.get(random.nextInt(days.size())), random.nextBoolean(), school, AttendanceCode.B);
            }
            int start = random.nextInt(days.size() - clustered);
            for (int k = 0; k < clustered; k++) {
                put(halfDays, days.get(start + k / 2), k % 2 == 0, school, AttendanceCode.B);
            }
            problematic.put(pupil, (int) halfDays.values().stream().filter(entry -> entry.code() == AttendanceCode.B).count());
            batch.add(new Change(PupilYearState.empty(pupil, SCHOOL_YEAR),
                    new PupilYearState(pupil, SCHOOL_YEAR, halfDays, Map.of(), List.of(), AttentionLevel.UNIVERSAL,
                            0, null),
                    List.of(), List.of()));
            if (batch.size() == 1000) {
                store.saveAll(batch);
                batch.clear();
            }
        }
        store.saveAll(batch);
        return problematic;
    }

    private static void put(Map<String, HalfDayEntry> halfDays, LocalDate day, boolean morning, String school,
            AttendanceCode code) {
        if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY && !morning) {
            morning = true;
        }
        halfDays.put(day + "/" + (morning ? HalfDay.AM : HalfDay.PM), new HalfDayEntry(school, code, 1));
    }
}
