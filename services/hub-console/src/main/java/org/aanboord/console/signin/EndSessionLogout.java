package org.aanboord.console.signin;

import java.net.URI;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing out of the console signs out of the authorisation server too (OpenID Connect RP-initiated logout): the
 * browser goes to the server's end-session endpoint with the ID token and comes back to the console's start page.
 * Without it the server's own session signed the same user straight back in, so nobody could switch users. The
 * endpoint is configured, not discovered, like the others ({@code aanboord.console.end-session-uri}).
 */
public final class EndSessionLogout extends SimpleUrlLogoutSuccessHandler {

    private final URI endSession;

    public EndSessionLogout(URI endSession) {
        this.endSession = endSession;
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        String home = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/").replaceQuery(null).build().toUriString();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return home;
        }
        return UriComponentsBuilder.fromUri(endSession)
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", home)
                .encode().build().toUriString();
    }
}
