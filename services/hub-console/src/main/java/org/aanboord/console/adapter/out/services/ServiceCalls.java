package org.aanboord.console.adapter.out.services;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a service's 4xx problem+json into a {@link ServiceProblem}; shared by every client. */
final class ServiceCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceCalls() {
    }

    static RestClient.ResponseSpec refusalsAsProblems(RestClient.ResponseSpec spec) {
        return spec.onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
            throw problemOf(response);
        });
    }

    private static ServiceProblem problemOf(ClientHttpResponse response) throws java.io.IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            JsonNode problem = JSON.readTree(body);
            List<ServiceProblem.FieldProblem> fields = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                String message = error.hasNonNull("message") ? error.path("message").asString()
                        : error.path("reason").asString();
                fields.add(new ServiceProblem.FieldProblem(error.path("field").asString(), message,
                        error.path("rule").asString(null)));
            }
            String detail = problem.hasNonNull("detail") ? problem.path("detail").asString()
                    : problem.path("title").asString("HTTP " + status);
            return new ServiceProblem(status, detail, fields);
        } catch (RuntimeException notJson) {
            return new ServiceProblem(status, "HTTP " + status, List.of());
        }
    }
}
