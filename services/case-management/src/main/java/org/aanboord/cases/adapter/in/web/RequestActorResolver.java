package org.aanboord.cases.adapter.in.web;

import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.Role;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.CallerArgumentResolver;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Who changes or reads a case, from the signed-in caller's token: the kind of organisation decides which notes
 * they see and is written into the case history.
 */
@Component
class RequestActorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return actor(CallerArgumentResolver.current());
    }

    static Actor actor(Caller caller) {
        Role role = switch (caller.role()) {
            case SCHOOL_STAFF -> Role.SCHOOL;
            case CLB_WORKER -> Role.CLB;
            case REGISSEUR -> Role.MUNICIPALITY;
            default -> throw new AccessRefusedException("role " + caller.role() + " takes no part in cases");
        };
        return new Actor(role, caller.organisationId());
    }
}
