package org.aanboord.platform.security.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param audience       the {@code aud} every access token must carry
 * @param corsOrigins    browser origins allowed to call the API cross-origin; none by default (the console calls
 *                       the services from its server, not from the browser)
 * @param auditPaths     path patterns of pupil-level data whose every answered request is audited
 */
@ConfigurationProperties("aanboord.security")
public record SecurityProperties(@DefaultValue("aanboord") String audience,
        @DefaultValue List<String> corsOrigins, @DefaultValue List<String> auditPaths) {
}
