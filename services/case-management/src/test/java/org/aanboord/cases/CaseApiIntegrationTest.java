package org.aanboord.cases;

import static org.aanboord.cases.CaseFixtures.agreementWithCalendar;
import static org.aanboord.cases.CaseFixtures.crossing;
import static org.aanboord.cases.CaseFixtures.pupil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseSignalling;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The console's REST API on a case opened from a crossing: lifecycle, locking, notes, actions, lists. */
class CaseApiIntegrationTest extends CaseServiceSupport {

    private static final String MONDAY = "2026-11-23T08:00:00Z";
    private static final String TOTAL_COUNT = "X-Total-Count";

    @Autowired
    MockMvc http;
    @Autowired
    AgreementDirectory agreements;
    @Autowired
    CaseSignalling signalling;
    @Autowired
    CaseQueries cases;

    private String agreementId;
    private String schoolWest;

    @BeforeEach
    void agreement() {
        agreementId = "agreement-api-" + UUID.randomUUID();
        schoolWest = agreementId + "-school-west";
        agreements.record(agreementWithCalendar(agreementId));
    }

    @Test
    void theLifecycleOverRestRefusesIllegalMovesNamingTheAllowedStatesAndRecordsEveryChange() throws Exception {
        String pupil = pupil();
        String caseId = open(pupil, schoolWest);

        transition(caseId, null, "{\"to\":\"CLB_GUIDANCE\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.currentState").value("SIGNALLED"))
                .andExpect(jsonPath("$.allowedNextStates").value(contains("TRIAGE", "ON_HOLD")));
        transition(caseId, null, "{\"to\":\"TRIAGE\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
        transition(caseId, null, "{\"to\":\"FORGOTTEN\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));

        transition(caseId, "\"0\"", "{\"to\":\"TRIAGE\",\"ownerId\":\"clb-west/an\",\"reason\":\"intake\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("TRIAGE"))
                .andExpect(jsonPath("$.ownerId").value("clb-west/an"));
        transition(caseId, "\"0\"", "{\"to\":\"CLB_GUIDANCE\"}")
                .andExpect(status().isConflict())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        transition(caseId, "\"1\"", "{\"to\":\"CLB_GUIDANCE\",\"reason\":\"5 B half-days\"}")
                .andExpect(status().isOk());
        transition(caseId, null, "{\"to\":\"ON_HOLD\",\"reason\":\"long illness\",\"onHoldUntil\":\"2026-12-18\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hold.until").value("2026-12-18"))
                .andExpect(jsonPath("$.allowedNextStates").value(contains("CLB_GUIDANCE")));
        transition(caseId, null, "{\"to\":\"CLOSED\",\"outcome\":\"RE_ENGAGED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedNextStates").value(contains("CLB_GUIDANCE")));
        transition(caseId, null, "{\"to\":\"CLB_GUIDANCE\",\"reason\":\"back at school\"}").andExpect(status().isOk());
        transition(caseId, null, "{\"to\":\"AFTERCARE\",\"reason\":\"attends again\"}").andExpect(status().isOk());
        transition(caseId, null, "{\"to\":\"CLOSED\",\"reason\":\"stable\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        transition(caseId, null, "{\"to\":\"CLOSED\",\"reason\":\"stable\",\"outcome\":\"RE_ENGAGED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closure.outcome").value("RE_ENGAGED"))
                .andExpect(jsonPath("$.allowedNextStates.length()").value(0));

        http.perform(get("/api/cases/{caseId}/history", caseId).with(TestTokens.as("CLB_WORKER", "clb-west")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].what").value(containsString("case opened")))
                .andExpect(jsonPath("$[0].actorRole").value("SYSTEM"))
                .andExpect(jsonPath("$[1].what").value("status SIGNALLED → TRIAGE"))
                .andExpect(jsonPath("$[1].actorRole").value("CLB"))
                .andExpect(jsonPath("$[1].actorOrganisationId").value("clb-west"))
                .andExpect(jsonPath("$[1].why").value("intake"))
                .andExpect(jsonPath("$[*].what").value(hasItem("status AFTERCARE → CLOSED with outcome RE_ENGAGED")))
                .andExpect(jsonPath("$.length()").value(7));
    }

    @Test
    void closingFreesThePupilsOpenCaseSoTheNextCrossingOpensANewCaseThatPointsBack() throws Exception {
        String pupil = pupil();
        RiskAssessmentChanged first = crossing(agreementId, pupil, schoolWest, FRIDAY);
        signalling.assessmentChanged(first);
        String closedId = casesOf(pupil).get(0).caseId();
        transition(closedId, null, "{\"to\":\"TRIAGE\",\"ownerId\":\"zorg-1\"}").andExpect(status().isOk());
        transition(closedId, null, "{\"to\":\"CLOSED\",\"outcome\":\"NO_CONCERN\",\"reason\":\"sick notes arrived\"}")
                .andExpect(status().isOk());

        signalling.assessmentChanged(first);
        assertThat(casesOf(pupil)).as("a replay of the crossing that opened the closed case opens nothing").hasSize(1);
        signalling.assessmentChanged(crossing(agreementId, pupil, schoolWest, FRIDAY));

        List<CaseFile> both = casesOf(pupil);
        assertThat(both).hasSize(2);
        CaseFile reopened = both.stream().filter(file -> !file.caseId().equals(closedId)).findFirst().orElseThrow();
        assertThat(reopened.reopenedFromCaseId()).isEqualTo(closedId);
        assertThat(reopened.status().name()).isEqualTo("SIGNALLED");
    }

    @Test
    void concurrentEditsNeverLoseAnUpdateAndAStaleVersionIsRefused() throws Exception {
        String caseId = open(pupil(), schoolWest);
        int perWriter = 5;

        List<Integer> unversioned = concurrently(2, writer -> {
            int ok = 0;
            for (int i = 0; i < perWriter; i++) {
                ok += note(caseId, null, "CLB", "clb-west", "{\"text\":\"writer " + writer + " note " + i + "\"}")
                        .andReturn().getResponse().getStatus() == 200 ? 1 : 0;
            }
            return ok;
        });
        assertThat(unversioned).containsExactly(perWriter, perWriter);
        asReader(get("/api/cases/{caseId}/notes", caseId), "CLB", "clb-west")
                .andExpect(jsonPath("$.length()").value(2 * perWriter));
        http.perform(get("/api/cases/{caseId}", caseId).with(TestTokens.as("CLB_WORKER", "clb-west"))).andExpect(header().string("ETag", "\"" + 2 * perWriter + "\""));

        String sameVersion = "\"" + 2 * perWriter + "\"";
        List<Integer> statuses = concurrently(2, writer ->
                note(caseId, sameVersion, "SCHOOL", schoolWest, "{\"text\":\"same base " + writer + "\"}")
                        .andReturn().getResponse().getStatus());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        asReader(get("/api/cases/{caseId}/notes", caseId), "CLB", "clb-west")
                .andExpect(jsonPath("$.length()").value(2 * perWriter + 1));
    }

    @Test
    void aClbRestrictedNoteIsNeverReturnedToASchoolOrMunicipalityReader() throws Exception {
        String caseId = open(pupil(), schoolWest);
        note(caseId, null, "CLB", "clb-west",
                "{\"text\":\"Thuissituatie: zie CLB-dossier\",\"confidentiality\":\"CLB_RESTRICTED\"}")
                .andExpect(status().isOk());
        note(caseId, null, "SCHOOL", schoolWest, "{\"text\":\"Gesprek met ouders gepland\"}").andExpect(status().isOk());

        asReader(get("/api/cases/{caseId}/notes", caseId), "SCHOOL", schoolWest)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].text").value("Gesprek met ouders gepland"))
                .andExpect(content().string(not(containsString("Thuissituatie"))));
        asReader(get("/api/cases/{caseId}/history", caseId), "SCHOOL", schoolWest)
                .andExpect(content().string(not(containsString("Thuissituatie"))));
        asReader(get("/api/cases/{caseId}", caseId), "SCHOOL", schoolWest)
                .andExpect(content().string(not(containsString("Thuissituatie"))));
        for (String[] outsider : List.of(new String[] {"MUNICIPALITY", "municipality-cal"},
                new String[] {"CLB", "clb-oost"}, new String[] {"SCHOOL", "school-elsewhere"})) {
            for (String path : List.of("/api/cases/{caseId}/notes", "/api/cases/{caseId}/history", "/api/cases/{caseId}")) {
                asReader(get(path, caseId), outsider[0], outsider[1])
                        .andExpect(status().isForbidden())
                        .andExpect(content().string(not(containsString("Thuissituatie"))));
            }
        }
        http.perform(get("/api/cases/{caseId}/notes", caseId)).andExpect(status().isUnauthorized());
        asReader(get("/api/cases/{caseId}/notes", caseId), "CLB", "clb-west")
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].confidentiality").value("CLB_RESTRICTED"))
                .andExpect(jsonPath("$[0].text").value("Thuissituatie: zie CLB-dossier"));
    }

    @Test
    void actionsCountSchoolDaysAndTheConsoleListsMyCasesOverdueFirstInPages() throws Exception {
        String owner = "clb-west/worker-" + UUID.randomUUID();
        String mine = open(pupil(), schoolWest);
        clock.set(Instant.parse(MONDAY));
        String later = open(pupil(), schoolWest);
        http.perform(post("/api/cases/{caseId}/assignment", mine).with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerId\":\"" + owner + "\",\"reason\":\"caseload\"}")).andExpect(status().isOk());

        // Monday 23 November + 5 school days, Wednesday 25 being free: Tuesday 1 December.
        http.perform(post("/api/cases/{caseId}/actions", mine).with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"A10\",\"responsible\":\"" + schoolWest + "\",\"withinSchoolDays\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[1].actionId").value("a2"))
                .andExpect(jsonPath("$.actions[1].type").value("PARENT_CONTACT"))
                .andExpect(jsonPath("$.actions[1].dueDate").value("2026-12-01"));
        http.perform(post("/api/cases/{caseId}/actions", mine).with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"A99\",\"responsible\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        http.perform(post("/api/cases/{caseId}/actions/{actionId}/completion", mine, "a1").with(TestTokens.as("CLB_WORKER", "clb-west"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"parents reached\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].status").value("DONE"))
                .andExpect(jsonPath("$.nextDueDate").value("2026-12-01"));

        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        // "later" was opened Monday 23: its A40 is due Tuesday 1 December too, "mine" was opened Friday 20 and its
        // A40 is done; on 1 December nothing is overdue yet.
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("schoolId", schoolWest).param("overdue", "true"))
                .andExpect(jsonPath("$.length()").value(0));
        clock.set(Instant.parse("2026-12-02T08:00:00Z"));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("schoolId", schoolWest).param("overdue", "true"))
                .andExpect(header().string(TOTAL_COUNT, "2"));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("ownerId", owner))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].caseId").value(mine))
                .andExpect(jsonPath("$[0].overdue").value(true));

        String third = open(pupil(), schoolWest);
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("schoolId", schoolWest).param("sort", "DUE_DATE").param("size", "2"))
                .andExpect(header().string(TOTAL_COUNT, "3"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].caseId").value(not(hasItem(third))));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("schoolId", schoolWest).param("sort", "DUE_DATE").param("size", "2")
                .param("page", "1"))
                .andExpect(jsonPath("$[0].caseId").value(third));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-west")).param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        assertThat(later).isNotEqualTo(mine);
    }

    @Test
    void theCaseKeepsPlanContactsConferencesReferralsAndAnAcknowledgedTransitionRecord() throws Exception {
        String caseId = open(pupil(), schoolWest);
        String[][] steps = {
                {"PUT", "/support-plan", "{\"goals\":[{\"description\":\"Attend every morning\",\"measure\":\"B half-days\","
                        + "\"target\":\"0 per month\",\"dueDate\":\"2027-01-31\",\"status\":\"OPEN\"}],"
                        + "\"adaptations\":[\"late start on Mondays\"],\"strengths\":[\"loves football\"],"
                        + "\"reviewDates\":[\"2027-01-15\"]}"},
                {"POST", "/contacts", "{\"with\":\"parent\",\"channel\":\"phone\",\"language\":\"nl\","
                        + "\"interpreterUsed\":false,\"result\":\"meeting agreed\"}"},
                {"POST", "/conferences", "{\"date\":\"2026-11-27\",\"participants\":[\"school\",\"clb\",\"naft\"],"
                        + "\"decisions\":[\"refer to NAFT\"],\"nextReview\":\"2027-01-15\"}"},
                {"POST", "/team", "{\"role\":\"MENTOR\",\"ref\":\"mentor-7\"}"},
                {"POST", "/referrals", "{\"kind\":\"REFERRAL\",\"toOrganisationId\":\"naft-1\",\"service\":\"NAFT\","
                        + "\"reason\":\"time-out\"}"},
                {"POST", "/referrals/r1/feedback", "{\"status\":\"WAITLISTED\",\"comment\":\"start in January\"}"},
                {"PUT", "/transition-record", "{\"toSchoolId\":\"school-elders\",\"reason\":\"moved\","
                        + "\"effectiveDate\":\"2027-01-04\",\"supportSummary\":\"mentor works\"}"},
                {"POST", "/transition-record/acknowledgement", "{\"acknowledgedBy\":\"school-elders\"}"}};
        for (String[] step : steps) {
            MockHttpServletRequestBuilder request = "PUT".equals(step[0])
                    ? put("/api/cases/" + caseId + step[1]) : post("/api/cases/" + caseId + step[1]);
            http.perform(request.with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON)
                    .content(step[2])).andExpect(status().isOk());
        }

        http.perform(get("/api/cases/{caseId}", caseId).with(TestTokens.as("CLB_WORKER", "clb-west")))
                .andExpect(jsonPath("$.supportPlan.goals[0].description").value("Attend every morning"))
                .andExpect(jsonPath("$.supportPlan.strengths[0]").value("loves football"))
                .andExpect(jsonPath("$.contacts[0].channel").value("phone"))
                .andExpect(jsonPath("$.contacts[0].at").exists())
                .andExpect(jsonPath("$.conferences[0].decisions[0]").value("refer to NAFT"))
                .andExpect(jsonPath("$.team[*].ref").value(hasItem("mentor-7")))
                .andExpect(jsonPath("$.referrals[0].status").value("WAITLISTED"))
                .andExpect(jsonPath("$.referrals[0].feedback[0].comment").value("start in January"))
                .andExpect(jsonPath("$.transitionRecord.acknowledgedBy").value("school-elders"))
                .andExpect(header().string("ETag", "\"" + steps.length + "\""));
        http.perform(post("/api/cases/{caseId}/referrals/r9/feedback", caseId).with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("referralId"));
        http.perform(get("/api/cases/{caseId}/history", caseId).with(TestTokens.as("CLB_WORKER", "clb-west")))
                .andExpect(jsonPath("$.length()").value(1 + steps.length));
    }

    private String open(String pupil, String schoolId) {
        signalling.assessmentChanged(crossing(agreementId, pupil, schoolId, clock.instant()));
        return casesOf(pupil).get(0).caseId();
    }

    private List<CaseFile> casesOf(String pupil) {
        return cases.find(new CaseFilter(null, null, null, null, null, null, 0, 200), CaseScope.EVERYTHING).cases().stream()
                .filter(file -> file.pupilPseudonym().equals(pupil))
                .toList();
    }

    private ResultActions transition(String caseId, String ifMatch, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/cases/{caseId}/transitions", caseId)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return asReader(request, "CLB", "clb-west");
    }

    private ResultActions note(String caseId, String ifMatch, String role, String organisation, String body)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/api/cases/{caseId}/notes", caseId)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return asReader(request, role, organisation);
    }

    private ResultActions asReader(MockHttpServletRequestBuilder request, String role, String organisation)
            throws Exception {
        String tokenRole = switch (role) {
            case "SCHOOL" -> "SCHOOL_STAFF";
            case "CLB" -> "CLB_WORKER";
            case "MUNICIPALITY" -> "REGISSEUR";
            default -> role;
        };
        return http.perform(request.with(TestTokens.as(tokenRole, organisation)));
    }

    @FunctionalInterface
    private interface Writer<T> {
        T write(int writer) throws Exception;
    }

    /** Starts the writers at the same moment and returns what each returned. */
    private static <T> List<T> concurrently(int writers, Writer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<T> task = () -> {
                    start.await();
                    return work.write(writer);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
