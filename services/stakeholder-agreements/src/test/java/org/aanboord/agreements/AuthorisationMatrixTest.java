package org.aanboord.agreements;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;

import org.aanboord.testsupport.AccessMatrix;
import org.aanboord.testsupport.AccessMatrix.Caller;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint × every role, for the demo region and for another: agreements are readable to every signed-in
 * person but not to school software; only the hub admin and the regisseur who holds the regie change them.
 */
@SpringBootTest(properties = "spring.config.name=stakeholder-agreements")
@AutoConfigureMockMvc
class AuthorisationMatrixTest {

    static final List<Caller> CALLERS = List.of(
            new Caller("school", "SCHOOL_STAFF", "school-demo-1"),
            new Caller("school-other", "SCHOOL_STAFF", "school-elsewhere"),
            new Caller("software", "SCHOOL_SOFTWARE", "school-demo-1"),
            new Caller("clb", "CLB_WORKER", "clb-demo"),
            new Caller("clb-other", "CLB_WORKER", "clb-elsewhere"),
            new Caller("regisseur", "REGISSEUR", "municipality-demo"),
            new Caller("regisseur-other", "REGISSEUR", "municipality-elsewhere"),
            new Caller("admin", "HUB_ADMIN", "hub"),
            new Caller("dpo", "DPO", "hub"));
    private static final String[] READERS = {"school", "school-other", "clb", "clb-other", "regisseur",
            "regisseur-other", "admin", "dpo"};
    /**
     * The published demo version itself: publishing it again changes nothing, as a draft it cannot be published
     * (its effective date is not after the version in force), and the draft is discarded at the end.
     */
    private static final String DRAFT = DemoAgreement.json().toString();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "agreements-matrix");
    }

    @Autowired
    MockMvc http;

    @Test
    void everyEndpointAdmitsExactlyItsRolesAndTenantsAndRefusesBadTokens() throws Exception {
        new AccessMatrix(http, CALLERS)
                .endpoint(GET, "/api/agreements", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/versions", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/versions/1", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/versions/1/export", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/versions/1/document", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/diff?from=1&to=1", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/audit", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/indicators", null, READERS)
                .endpoint(PUT, "/api/agreements/agreement-demo/draft", DRAFT, "regisseur", "admin")
                .endpoint(GET, "/api/agreements/agreement-demo/draft", null, READERS)
                .endpoint(GET, "/api/agreements/agreement-demo/draft/document", null, READERS)
                .endpoint(POST, "/api/agreements/agreement-demo/draft/publish", null, "regisseur", "admin")
                .endpoint(POST, "/api/agreements", DRAFT, "regisseur", "admin")
                .endpoint(POST, "/api/agreements/import", DRAFT, "regisseur", "admin")
                .endpoint(PUT, "/api/agreements/agreement-demo/versions/1", DRAFT, "regisseur", "admin")
                .endpoint(DELETE, "/api/agreements/agreement-demo/draft", null, "regisseur", "admin")
                .endpoint(GET, "/api/audit", null, "dpo")
                .endpoint(GET, "/api/audit/verification", null, "dpo")
                .verify();
    }
}
