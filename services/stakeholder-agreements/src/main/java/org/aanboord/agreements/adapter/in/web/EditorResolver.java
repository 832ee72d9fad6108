package org.aanboord.agreements.adapter.in.web;

import java.util.Set;

import org.aanboord.agreements.application.Editor;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, taken from the {@code X-Aanboord-Role} and {@code X-Aanboord-User} headers. A stand-in until
 * real authentication (issue 8) replaces this one class; until then only hub admins and the regisseur may edit.
 */
@Component
class EditorResolver {

    static final String ROLE_HEADER = "X-Aanboord-Role";
    static final String USER_HEADER = "X-Aanboord-User";
    private static final Set<String> EDITING_ROLES = Set.of("HUB_ADMIN", "REGISSEUR");

    /** @throws ForbiddenException when the caller may not edit agreements */
    Editor requireEditor(HttpServletRequest request) {
        String role = request.getHeader(ROLE_HEADER);
        if (role == null || !EDITING_ROLES.contains(role)) {
            throw new ForbiddenException("only a hub admin or the regisseur may change agreements; role "
                    + (role == null ? "(none)" : "'" + role + "'") + " may only read them");
        }
        String user = request.getHeader(USER_HEADER);
        return new Editor(user == null || user.isBlank() ? role.toLowerCase() : user, role);
    }

    /** The caller may not do this. */
    static class ForbiddenException extends RuntimeException {

        ForbiddenException(String message) {
            super(message);
        }
    }
}
