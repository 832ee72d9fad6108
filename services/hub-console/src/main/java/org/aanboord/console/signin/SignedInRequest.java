package org.aanboord.console.signin;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user and their current access token for the request being handled, put there by
 * {@code SignedInUserAdvice} before any controller runs, read by the service clients.
 */
public record SignedInRequest(ConsoleUser user, String accessToken) {

    private static final String ATTRIBUTE = SignedInRequest.class.getName();

    public void bind() {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
    }

    public static Optional<SignedInRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((SignedInRequest) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
