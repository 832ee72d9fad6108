package org.aanboord.console.config;

import org.aanboord.console.signin.ConsoleUserService;
import org.aanboord.console.signin.EndSessionLogout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;

/** Sign-in with the region's authorisation server; each area of the console is for the roles that work there. */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain console(HttpSecurity http, ConsoleUserService users,
            ClientRegistrationRepository registrations, ConsoleProperties properties) throws Exception {
        // The contract's client uses PKCE even though it also has a secret.
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/school/**").hasRole("SCHOOL_STAFF")
                        .requestMatchers("/cases/**").hasRole("CLB_WORKER")
                        .requestMatchers("/pupils/**").hasAnyRole("SCHOOL_STAFF", "CLB_WORKER")
                        .requestMatchers("/inbox/**").hasAnyRole("SCHOOL_STAFF", "CLB_WORKER", "REGISSEUR")
                        .requestMatchers("/region/**", "/agreements/**").hasAnyRole("REGISSEUR", "HUB_ADMIN")
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(info -> info.oidcUserService(users)))
                .logout(out -> out.logoutSuccessHandler(new EndSessionLogout(properties.endSessionUri())));
        return http.build();
    }
}
