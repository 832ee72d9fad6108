package org.aanboord.console.adapter.in.web;

import org.aanboord.console.signin.ConsoleUser;
import org.aanboord.console.signin.SignedInRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Before every page: who is signed in (for the templates and the {@code user} argument of handlers) and their access
 * token, refreshed when it expired, for the service calls of this request. Only for the console's own pages: the
 * actuator's endpoints go through the same handler adapter, and health must answer without a sign-in.
 */
@ControllerAdvice(basePackageClasses = SignedInUserAdvice.class)
class SignedInUserAdvice {

    static final String REGISTRATION = "aanboord";

    @ModelAttribute("user")
    ConsoleUser user(@AuthenticationPrincipal OAuth2User principal,
            @RegisteredOAuth2AuthorizedClient(REGISTRATION) OAuth2AuthorizedClient client) {
        ConsoleUser user = ConsoleUser.of(principal);
        new SignedInRequest(user, client.getAccessToken().getTokenValue()).bind();
        return user;
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return Formats.INSTANCE;
    }
}
