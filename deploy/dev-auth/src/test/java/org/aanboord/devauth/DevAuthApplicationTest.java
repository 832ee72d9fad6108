package org.aanboord.devauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dev server issues tokens that carry the sign-in contract's claims. */
@SpringBootTest
@AutoConfigureMockMvc
class DevAuthApplicationTest {

    @Autowired
    MockMvc http;
    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void theSchoolSoftwareGetsAnAccessTokenForItsSchoolWithClientCredentials() throws Exception {
        Jwt token = jwtDecoder.decode(token(DemoDirectory.SOFTWARE_CLIENT, DemoDirectory.SOFTWARE_SECRET));

        assertThat(token.getIssuer().toString()).isEqualTo("http://localhost:9000");
        assertThat(token.getAudience()).containsExactly("aanboord");
        assertThat(token.getSubject()).isEqualTo("school-demo-1-software");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("SCHOOL_SOFTWARE");
        assertThat(token.getClaimAsString("org")).isEqualTo("school-demo-1");
    }

    @Test
    void everyDemoRoleHasAClientForScriptsAndAWrongSecretGetsNothing() throws Exception {
        Jwt clb = jwtDecoder.decode(token("dev-clb.worker", DemoDirectory.ROLE_CLIENT_SECRET));
        assertThat(clb.getClaimAsStringList("roles")).containsExactly("CLB_WORKER");
        assertThat(clb.getClaimAsString("org")).isEqualTo("clb-demo");
        Jwt dpo = jwtDecoder.decode(token("dev-dpo", DemoDirectory.ROLE_CLIENT_SECRET));
        assertThat(dpo.getClaimAsString("org")).isEqualTo("hub");

        http.perform(post("/oauth2/token").param("grant_type", "client_credentials")
                        .header("Authorization", basic("dev-dpo", "not-the-secret")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void discoveryJwksAndHealthAreOpen() throws Exception {
        http.perform(get("/.well-known/openid-configuration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value("http://localhost:9000"))
                .andExpect(jsonPath("$.jwks_uri").value("http://localhost:9000/oauth2/jwks"));
        http.perform(get("/oauth2/jwks")).andExpect(status().isOk()).andExpect(jsonPath("$.keys[0].kty").value("RSA"));
        http.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private String token(String clientId, String secret) throws Exception {
        String body = http.perform(post("/oauth2/token").param("grant_type", "client_credentials")
                        .header("Authorization", basic(clientId, secret)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode json = JsonMapper.builder().build().readTree(body);
        return json.get("access_token").asString();
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
