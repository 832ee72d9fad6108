package org.aanboord.cases.adapter.in.web;

import java.util.List;

import org.aanboord.cases.domain.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static {
        // The actor comes from the access token, not from the request body or query: keep it out of the OpenAPI parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final RequestActorResolver actors;

    WebConfiguration(RequestActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actors);
    }
}
