package org.aanboord.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules per endpoint. Every API path must be named by some rule: whatever no rule names is
 * refused (deny by default). Tenancy (whose pupils) is checked in the service, inside its queries.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
