package org.aanboord.console;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicLong;

/** Small helpers shared by the console's tests. */
public final class ConsoleTestSupport {

    /** For the services: not the authorisation server that is on this test classpath for the browser test. */
    public static final String SERVICE_EXCLUSIONS = "spring.autoconfigure.exclude="
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration";

    /**
     * For the console: neither that nor the services' resource-server set-up (libs/platform-security), which this
     * shared test classpath also holds; the console is an OAuth2 client with its own security.
     */
    public static final String CONSOLE_EXCLUSIONS = SERVICE_EXCLUSIONS
            + ",org.aanboord.platform.security.config.PlatformSecurityAutoConfiguration";

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 300_000);

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

    /** A valid national register number of a pupil born in 2012 (the from-2000 check rule), new at every call. */
    public static String nationalNumber() {
        long n = SERIAL.incrementAndGet();
        long birthDay = 120_000 + (1 + n / 1000 % 12) * 100 + 1 + n / 12_000 % 28;
        long body = birthDay * 1000 + n % 998 + 1;
        return String.format("%09d%02d", body, 97 - (2_000_000_000L + body) % 97);
    }
}
