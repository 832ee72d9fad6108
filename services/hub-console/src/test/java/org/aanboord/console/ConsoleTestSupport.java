package org.aanboord.console;

import java.io.IOException;
import java.net.ServerSocket;

/** Small helpers shared by the console's tests. */
public final class ConsoleTestSupport {

    /** Without these the console would also configure the authorisation server that is on the test classpath. */
    public static final String NO_AUTHORIZATION_SERVER = "spring.autoconfigure.exclude="
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration";

    /** The services do not secure their APIs yet (the security branch does); Boot's default login would refuse. */
    public static final String SERVICES_WITHOUT_SECURITY = "spring.autoconfigure.exclude="
            + "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration";

    private ConsoleTestSupport() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV line for school-demo-1 on a past school day (the week of 5 October 2026). */
    public static String registration(String pupil, String date, String code) {
        return "school-demo-1;" + pupil + ";;" + date + ";VM;" + code;
    }
}
