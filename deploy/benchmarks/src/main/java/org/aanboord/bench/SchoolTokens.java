package org.aanboord.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aanboord.testsupport.TestTokens;

/**
 * The bearer token a school's software sends: ingestion lets it write for that school only. Tokens are reused and
 * renewed well before they expire, so a long run never sends an expired one.
 */
final class SchoolTokens {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private record Issued(String token, Instant at) {
    }

    private final Function<String, String> issue;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    private SchoolTokens(Function<String, String> issue) {
        this.issue = issue;
    }

    /** For a hub in this JVM: the test key its services trust (test-support's JWKS). */
    static SchoolTokens inJvm() {
        return new SchoolTokens(school -> TestTokens.token("SCHOOL_SOFTWARE", school));
    }

    /** For a hub in this JVM, as the school's staff: only they may send signals and enrolments. */
    static SchoolTokens inJvmStaff() {
        return new SchoolTokens(school -> TestTokens.token("SCHOOL_STAFF", school));
    }

    /** For a running {@code ./run-local.sh}: client credentials of the demo school's software at dev-auth. */
    static SchoolTokens devAuth(String issuer, String clientId, String secret) {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new SchoolTokens(school -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher token = ACCESS_TOKEN.matcher(response.body());
                if (response.statusCode() != 200 || !token.find()) {
                    throw new IllegalStateException("dev-auth answered " + response.statusCode() + ": " + response.body());
                }
                return token.group(1);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("dev-auth unreachable at " + issuer, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    String of(String schoolId) {
        return issued.compute(schoolId, (school, current) -> current != null
                && current.at().plus(RENEW_AFTER).isAfter(Instant.now()) ? current
                        : new Issued(issue.apply(school), Instant.now())).token();
    }
}
