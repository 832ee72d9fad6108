package org.aanboord.console.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the authorisation server and the five services.
 *
 * @param issuerUri     the authorisation server (the sign-in contract's issuer)
 * @param endSessionUri its OpenID Connect end-session (logout) endpoint
 */
@ConfigurationProperties("aanboord.console")
public record ConsoleProperties(URI issuerUri, URI endSessionUri, Services services) {

    /** Base URLs of the services' REST APIs. */
    public record Services(URI agreements, URI ingestion, URI risk, URI cases, URI notifications) {
    }
}
