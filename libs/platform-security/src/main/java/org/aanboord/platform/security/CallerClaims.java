package org.aanboord.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims of the sign-in contract (docs/adr/0007): {@code sub}, {@code roles} with exactly one known role and
 * {@code org}. A token without them is invalid (401), never a caller with default rights.
 */
public final class CallerClaims implements OAuth2TokenValidator<Jwt> {

    public static final String ROLES = "roles";
    public static final String ORGANISATION = "org";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return invalid("the token has no sub");
        }
        if (role(jwt).isEmpty()) {
            return invalid("the token's roles claim must hold exactly one of " + List.of(Role.values()));
        }
        String organisation = jwt.getClaimAsString(ORGANISATION);
        if (organisation == null || organisation.isBlank()) {
            return invalid("the token has no org claim");
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** The caller of a token that passed {@link #validate}. */
    public static Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), role(jwt).orElseThrow(), jwt.getClaimAsString(ORGANISATION));
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return role(jwt).<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .map(List::of).orElse(List.of());
    }

    private static Optional<Role> role(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES);
        return roles == null || roles.size() != 1 ? Optional.empty() : Role.fromClaim(roles.get(0));
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
