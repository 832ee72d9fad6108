package org.aanboord.console.signin;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Who is signed in, from the claims of their access token (copied onto the principal at sign-in by
 * {@link ConsoleUserService}): never from anything the browser sends.
 *
 * @param userName       the token's {@code sub}
 * @param organisationId the token's {@code org}: the school, CLB or municipality the user works for
 */
public record ConsoleUser(String userName, String displayName, Role role, String organisationId) {

    public static final String ROLES = "roles";
    public static final String ORGANISATION = "org";
    public static final String NAME = "name";
    public static final String SUBJECT = "sub";

    public static ConsoleUser of(OAuth2User principal) {
        Map<String, Object> claims = principal.getAttributes();
        Object roles = claims.get(ROLES);
        String role = roles instanceof Collection<?> list && list.size() == 1 ? String.valueOf(list.iterator().next())
                : null;
        if (role == null) {
            throw new IllegalStateException("the access token must carry exactly one role");
        }
        String userName = String.valueOf(claims.getOrDefault(SUBJECT, principal.getName()));
        Object name = claims.get(NAME);
        return new ConsoleUser(userName, name == null ? userName : name.toString(), Role.valueOf(role),
                (String) claims.get(ORGANISATION));
    }

    public boolean is(Role other) {
        return role == other;
    }
}
