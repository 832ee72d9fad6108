package org.aanboord.cases.adapter.in.web;

import java.util.Locale;

import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.Role;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Who is asking, until real authentication exists (issue 8 replaces this class): the role and organisation the
 * console sends in {@value #ROLE} and {@value #ORGANISATION}. Without them the reader is UNKNOWN and sees only
 * what the whole case team may see.
 */
@Component
class RequestActorResolver implements HandlerMethodArgumentResolver {

    static final String ROLE = "X-Aanboord-Role";
    static final String ORGANISATION = "X-Aanboord-Organisation";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String role = request.getHeader(ROLE);
        String organisation = request.getHeader(ORGANISATION);
        if (role == null || role.isBlank()) {
            return new Actor(Role.UNKNOWN, organisation);
        }
        try {
            Role parsed = Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
            if (parsed == Role.SYSTEM) {
                throw new IllegalArgumentException("SYSTEM is the service itself");
            }
            return new Actor(parsed, organisation);
        } catch (IllegalArgumentException e) {
            throw new InvalidHeaderException(ROLE, "'" + role + "' is not a role (SCHOOL, CLB, MUNICIPALITY, PARTNER)");
        }
    }
}
