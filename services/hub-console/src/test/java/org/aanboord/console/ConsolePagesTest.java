package org.aanboord.console;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role's pages over the five real, secured services (in this JVM), signed in with {@code oauth2Login()} carrying
 * the contract's claims and a signed access token: what the role sees, what it may not open, and the CSV report.
 */
@SpringBootTest(classes = HubConsoleApplication.class,
        properties = {"spring.config.name=hub-console", ConsoleTestSupport.CONSOLE_EXCLUSIONS})
@AutoConfigureMockMvc
@ExtendWith({RunningPlatform.class, OutputCaptureExtension.class})
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String argument : RunningPlatform.serviceProperties()) {
            String property = argument.substring(2);
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    @Test
    void healthProbesAndMetricsAnswerWithoutASignInWhilePagesAskForOne() throws Exception {
        for (String health : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            mvc.perform(get(health))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"status\":\"UP\"")));
        }
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("application=\"hub-console\"")));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCareCoordinatorGetsTheUploadReportWithLineFieldAndReasonForEveryRefusedRow() throws Exception {
        String pupil = "lln-mvc-" + System.nanoTime();
        String csv = String.join("\n", List.of("Schoolnummer;Leerling;Rijksregisternummer;Datum;Dagdeel;Code",
                ConsoleTestSupport.registration(pupil, "05/10/2026", "B"),
                ConsoleTestSupport.registration(pupil, "06/10/2026", "Q"),
                ConsoleTestSupport.registration(pupil, "31/02/2026", "B"))) + "\n";
        mvc.perform(multipart("/school/upload")
                        .file(new MockMultipartFile("file", "afwezigheden.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("HX-Request", "true").with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("afwezigheden.csv")))
                .andExpect(content().string(containsString("onbekende code")))
                .andExpect(content().string(containsString("geen bestaande datum")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>4</td>")))
                .andExpect(content().string(not(containsString("<html"))));

        String pseudonym = RunningPlatform.get().ingestion.getBean(Pseudonymizer.class).ofLocalId("school-demo-1", pupil);
        await("risk-scoring counted the accepted row").until(() -> mvc.perform(get("/pupils/" + pseudonym)
                .with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1"))).andReturn().getResponse().getStatus() == 200);
        mvc.perform(get("/pupils/" + pseudonym).with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aandacht en waarom")));
        mvc.perform(get("/pupils/" + pseudonym).with(as("zorg.school2", "SCHOOL_STAFF", "school-demo-2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSchoolPageIsDutchByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/school").with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"nl-BE\"")))
                .andExpect(content().string(containsString("Afwezigheden opladen")))
                .andExpect(content().string(containsString("Naar de inhoud")));
        mvc.perform(get("/school").param("lang", "en").with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Upload absences")));
    }

    @Test
    void eachRoleStartsWhereItsWorkIsAndCannotOpenTheOthers() throws Exception {
        mvc.perform(get("/").with(as("clb.worker", "CLB_WORKER", "clb-demo"))).andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/").with(as("regisseur", "REGISSEUR", "municipality-demo"))).andExpect(redirectedUrl("/region"));
        mvc.perform(get("/cases").with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1"))).andExpect(status().isForbidden());
        mvc.perform(get("/region").with(as("clb.worker", "CLB_WORKER", "clb-demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/agreements").with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1"))).andExpect(status().isForbidden());
        mvc.perform(get("/school")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theClbWorkerSeesInboxAndCasesAndTheRegisseurTheRegionAndTheAgreement() throws Exception {
        mvc.perform(get("/inbox").with(as("clb.worker", "CLB_WORKER", "clb-demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sse-connect=\"/inbox/stream\"")));
        mvc.perform(get("/cases").with(as("clb.worker", "CLB_WORKER", "clb-demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mijn dossiers")));
        mvc.perform(get("/region").with(as("regisseur", "REGISSEUR", "municipality-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossiers per status")))
                .andExpect(content().string(containsString("Resultaatsindicatoren")));
        mvc.perform(get("/agreements/agreement-demo").with(as("regisseur", "REGISSEUR", "municipality-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("clb-demo")));
    }

    @Test
    void theCareCoordinatorIdentifiesTheSchoolsPupilForAPurposeOnAPageNothingKeepsWhileOthersGetAClearRefusal(
            CapturedOutput output) throws Exception {
        String nationalNumber = ConsoleTestSupport.nationalNumber();
        String pupil = "lln-id-" + System.nanoTime();
        assertThat(RunningPlatform.get().post(RunningPlatform.get().ingestion, "/api/registrations", """
                {"schoolId":"school-demo-1","pupilId":"%s","nationalNumber":"%s","date":"2026-10-05","halfDay":"VM","code":"B"}"""
                .formatted(pupil, nationalNumber)).statusCode()).isEqualTo(202);
        String pseudonym = RunningPlatform.get().ingestion.getBean(Pseudonymizer.class).ofNationalNumber(nationalNumber);
        String identity = "/pupils/" + pseudonym + "/identity";
        String printed = nationalNumber.replaceFirst("(\\d{2})(\\d{2})(\\d{2})(\\d{3})(\\d{2})", "$1.$2.$3-$4.$5");

        mvc.perform(get(identity).with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"reason\">Doel</label>")))
                .andExpect(content().string(containsString("gelogd voor de functionaris voor gegevensbescherming")));
        mvc.perform(post(identity).param("reason", "CONTACT_FAMILY").param("details", "Gesprek op vrijdag")
                        .with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(printed)))
                .andExpect(content().string(containsString(pupil)))
                .andExpect(content().string(containsString("Contact opnemen met de leerling en de ouders na een "
                        + "melding van problematische afwezigheid: Gesprek op vrijdag")));
        assertThat(output.getAll()).doesNotContain(nationalNumber).doesNotContain(printed);

        mvc.perform(post(identity).param("reason", "OTHER").param("details", "even kijken")
                        .with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("minstens drie woorden en 20 tekens")))
                .andExpect(content().string(not(containsString(printed))));
        mvc.perform(post(identity).param("reason", "LINK_FILE").param("lang", "en")
                        .with(as("zorg.school2", "SCHOOL_STAFF", "school-demo-2")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No pupil of your school")));
        await("the pupil page offers the action once risk-scoring counted the row").until(() -> mvc.perform(
                get("/pupils/" + pseudonym).with(as("zorg.school1", "SCHOOL_STAFF", "school-demo-1")))
                .andReturn().getResponse().getContentAsString().contains("Leerling identificeren"));
        mvc.perform(get(identity).with(as("regisseur", "REGISSEUR", "municipality-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/region").with(as("regisseur", "REGISSEUR", "municipality-demo")))
                .andExpect(content().string(not(containsString("/identity"))));
    }

    /**
     * Signed in as a demo user: the claims the console copies from the access token at sign-in, and as the user's
     * authorised client a real signed access token, which the console relays and the services check.
     */
    private RequestPostProcessor as(String user, String role, String organisation) {
        ClientRegistration registration = registrations.findByRegistrationId("aanboord");
        Instant now = Instant.now();
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                TestTokens.token(role, organisation, user), now, now.plus(Duration.ofMinutes(10)));
        RequestPostProcessor login = oauth2Login().clientRegistration(registration)
                .authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .attributes(claims -> {
                    claims.put("sub", user);
                    claims.put("roles", List.of(role));
                    claims.put("org", organisation);
                    claims.put("name", user);
                });
        // After the login: it replaces the placeholder token oauth2Login() gives the authorised client.
        RequestPostProcessor client = oauth2Client(registration.getRegistrationId()).clientRegistration(registration)
                .principalName(user).accessToken(token);
        return request -> client.postProcessRequest(login.postProcessRequest(request));
    }
}
