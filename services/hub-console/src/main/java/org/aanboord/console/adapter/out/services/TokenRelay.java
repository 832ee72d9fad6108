package org.aanboord.console.adapter.out.services;

import java.io.IOException;

import org.aanboord.console.signin.SignedInRequest;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Token relay: every call to a service carries the signed-in user's access token as {@code Authorization: Bearer};
 * the services take who is asking from that token alone.
 */
public final class TokenRelay implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        SignedInRequest.current().ifPresent(signedIn -> request.getHeaders().setBearerAuth(signedIn.accessToken()));
        return execution.execute(request, body);
    }
}
