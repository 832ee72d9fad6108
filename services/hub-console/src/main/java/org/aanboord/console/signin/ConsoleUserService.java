package org.aanboord.console.signin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.console.config.ConsoleProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Signs a user in: after the ID token is checked, reads role and organisation from the access token (the contract
 * puts them there), after checking its signature, issuer and audience, and keeps them on the principal.
 */
@Component
public class ConsoleUserService extends OidcUserService {

    static final String AUDIENCE = "aanboord";

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
    private final String issuer;

    ConsoleUserService(ConsoleProperties properties) {
        this.issuer = properties.issuerUri().toString();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Jwt accessToken = decode(request.getClientRegistration(), request.getAccessToken().getTokenValue());
        List<String> roles = accessToken.getClaimAsStringList(ConsoleUser.ROLES);
        if (roles == null || roles.size() != 1 || !known(roles.get(0))) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "the access token must carry exactly one known role", null));
        }
        Map<String, Object> claims = new HashMap<>(user.getUserInfo() == null ? Map.of() : user.getUserInfo().getClaims());
        claims.put(ConsoleUser.SUBJECT, user.getSubject());
        claims.put(ConsoleUser.ROLES, roles);
        claims.put(ConsoleUser.ORGANISATION, accessToken.getClaimAsString(ConsoleUser.ORGANISATION));
        String name = accessToken.getClaimAsString(ConsoleUser.NAME);
        claims.put(ConsoleUser.NAME, name != null ? name : user.getFullName() != null ? user.getFullName() : user.getSubject());
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Role.valueOf(roles.get(0)).authority()));
        return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(claims), ConsoleUser.SUBJECT);
    }

    private Jwt decode(ClientRegistration registration, String token) {
        JwtDecoder decoder = decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder nimbus = NimbusJwtDecoder
                    .withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE))));
            return nimbus;
        });
        try {
            return decoder.decode(token);
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", e.getMessage(), null), e);
        }
    }

    private static boolean known(String role) {
        try {
            Role.valueOf(role);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
