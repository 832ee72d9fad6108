package org.aanboord.platform.security.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.CallerClaims;
import org.aanboord.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Appends every answered request to a pupil-level path ({@code aanboord.security.audit.paths}) to the audit trail:
 * the caller from the token, READ for GET and WRITE otherwise, the endpoint, the ids it named, the status and the
 * purpose the caller stated in {@value #PURPOSE} (else the role's standing purpose).
 */
public class AuditInterceptor implements HandlerInterceptor {

    public static final String PURPOSE = "X-Aanboord-Purpose";
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);
    private static final int MAX_PURPOSE = 200;

    private final AuditTrail trail;
    private final List<PathPattern> paths;

    public AuditInterceptor(AuditTrail trail, List<String> paths) {
        this.trail = trail;
        this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)
                || !audited(request)) {
            return;
        }
        Caller caller = CallerClaims.caller(token.getToken());
        try {
            trail.append(caller, "GET".equals(request.getMethod()) ? "READ" : "WRITE",
                    request.getMethod() + " " + endpoint(request), subject(request), response.getStatus(),
                    purpose(request, caller.role()));
        } catch (RuntimeException failure) {
            // The answer is already on its way; make the gap loud for the operators (alert on this log line).
            log.error("AUDIT TRAIL WRITE FAILED for {} {} by {}", request.getMethod(), request.getRequestURI(),
                    caller, failure);
        }
    }

    private boolean audited(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return paths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? request.getRequestURI() : pattern.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> subject(HttpServletRequest request) {
        Map<String, String> subject = new LinkedHashMap<>();
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            subject.putAll((Map<String, String>) map);
        }
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                subject.putIfAbsent(name, String.join(",", values));
            }
        });
        return subject;
    }

    private static String purpose(HttpServletRequest request, Role role) {
        String stated = request.getHeader(PURPOSE);
        if (stated != null && !stated.isBlank()) {
            return stated.length() > MAX_PURPOSE ? stated.substring(0, MAX_PURPOSE) : stated.strip();
        }
        return switch (role) {
            case SCHOOL_STAFF -> "pupil care at school (zorgbeleid)";
            case SCHOOL_SOFTWARE -> "attendance registration";
            case CLB_WORKER -> "CLB pupil guidance (leerlingbegeleiding)";
            case REGISSEUR -> "compensation follow-up of a pupil without a school (regie)";
            case HUB_ADMIN -> "hub operation";
            case DPO -> "data-protection supervision";
        };
    }
}
