package org.aanboord.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The authorisation matrix of one service: every endpoint is called by every caller (each role, for its own tenant
 * and for another) and must be refused with 403 exactly when the rule says so; an admitted caller may still get a
 * 4xx about the request itself, never 401 or 403. Every endpoint also refuses a missing, expired, wrongly signed
 * or wrong-audience token with 401. Table-driven, one Spring context: keep it fast.
 */
public final class AccessMatrix {

    /** A caller: a role acting for an organisation, named in failure messages by {@code label}. */
    public record Caller(String label, String role, String organisationId) {
    }

    /**
     * One endpoint, called with {@code body} (JSON) when it has one, who may use it, and who is answered 404
     * instead of 403 because the service does not even confirm that the resource exists to them.
     */
    public record Endpoint(HttpMethod method, String path, String body, Set<String> allowed, Set<String> hidden) {
    }

    private final MockMvc mvc;
    private final List<Caller> callers;
    private final List<Endpoint> endpoints = new ArrayList<>();

    public AccessMatrix(MockMvc mvc, List<Caller> callers) {
        this.mvc = mvc;
        this.callers = callers;
    }

    /** {@code allowed} names callers by label. */
    public AccessMatrix endpoint(HttpMethod method, String path, String body, String... allowed) {
        Set<String> labels = Set.of(allowed);
        assertThat(callers.stream().map(Caller::label).toList()).as("labels in the rule").containsAll(labels);
        endpoints.add(new Endpoint(method, path, body, labels, Set.of()));
        return this;
    }

    /** The callers (by label) the last endpoint answers 404 rather than 403: its query never finds the resource. */
    public AccessMatrix hiding(String... labels) {
        Endpoint last = endpoints.remove(endpoints.size() - 1);
        endpoints.add(new Endpoint(last.method(), last.path(), last.body(), last.allowed(), Set.of(labels)));
        return this;
    }

    /** Runs the whole table; reports every cell that disagrees, not just the first. */
    public void verify() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            String name = endpoint.method() + " " + endpoint.path();
            for (Caller caller : callers) {
                int status = call(endpoint, "Bearer " + TestTokens.token(caller.role(), caller.organisationId()));
                boolean allowed = endpoint.allowed().contains(caller.label());
                int refusal = endpoint.hidden().contains(caller.label()) ? 404 : 403;
                if (allowed ? status == 401 || status == 403 || status == 404 && !endpoint.hidden().isEmpty()
                        : status != refusal) {
                    wrong.put(name + " as " + caller.label(), (allowed ? "allowed" : "refused with " + refusal)
                            + " expected, got " + status);
                }
            }
            Caller any = callers.get(0);
            Map<String, String> invalid = new LinkedHashMap<>();
            invalid.put("no token", null);
            invalid.put("expired", TestTokens.expired(any.role(), any.organisationId()));
            invalid.put("wrongly signed", TestTokens.wronglySigned(any.role(), any.organisationId()));
            invalid.put("wrong audience", TestTokens.wrongAudience(any.role(), any.organisationId()));
            for (Map.Entry<String, String> token : invalid.entrySet()) {
                int status = call(endpoint, token.getValue() == null ? null : "Bearer " + token.getValue());
                if (status != 401) {
                    wrong.put(name + " with " + token.getKey() + " token", "401 expected, got " + status);
                }
            }
        }
        assertThat(wrong).as("cells of the authorisation matrix that disagree").isEmpty();
    }

    private int call(Endpoint endpoint, String authorization) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
