package org.aanboord.console.adapter.out.services;

import java.io.IOException;
import java.util.function.Function;

import org.aanboord.console.signin.ConsoleUser;
import org.aanboord.console.signin.Role;
import org.aanboord.console.signin.SignedInRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Token relay: every call to a service carries the signed-in user's access token as {@code Authorization: Bearer}.
 *
 * <p>TEMPORARY, delete {@link #legacyRole} and the three {@code X-Aanboord-*} headers when the security branch
 * (JWT resource servers) is merged: until then the services still read who is asking from those headers. They are
 * derived here, in this one place, from the claims of the user's token, never from anything the browser sent.
 */
public final class ServiceCallHeaders implements ClientHttpRequestInterceptor {

    private final Function<Role, String> legacyRole;

    private ServiceCallHeaders(Function<Role, String> legacyRole) {
        this.legacyRole = legacyRole;
    }

    /** case-management's roles: SCHOOL, CLB, MUNICIPALITY, PARTNER. */
    public static ServiceCallHeaders forCases() {
        return new ServiceCallHeaders(role -> switch (role) {
            case SCHOOL_STAFF, SCHOOL_SOFTWARE -> "SCHOOL";
            case CLB_WORKER -> "CLB";
            case REGISSEUR -> "MUNICIPALITY";
            case HUB_ADMIN, DPO -> null;
        });
    }

    /** stakeholder-agreements reads the contract's role names (HUB_ADMIN and REGISSEUR may edit). */
    public static ServiceCallHeaders withContractRoles() {
        return new ServiceCallHeaders(Role::name);
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        SignedInRequest.current().ifPresent(signedIn -> {
            HttpHeaders headers = request.getHeaders();
            headers.setBearerAuth(signedIn.accessToken());
            ConsoleUser user = signedIn.user();
            String role = legacyRole.apply(user.role());
            if (role != null) {
                headers.set("X-Aanboord-Role", role);
            }
            if (user.organisationId() != null) {
                headers.set("X-Aanboord-Organisation", user.organisationId());
            }
            headers.set("X-Aanboord-User", user.userName());
        });
        return execution.execute(request, body);
    }
}
