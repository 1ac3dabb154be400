package org.samvad.admin.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.access.Access.Scope;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.AuditEvent;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link Access} on every request, failing closed: without a known, unrevoked
 * bearer token 401; a handler without {@code @Access}, a role it does not name or a
 * location outside the token's scope 403. Calls to audited handlers are recorded in
 * the {@link AuditTrail}: the event is written with the token's lookup, before anything
 * is checked or answered, and gets its outcome (the status, or the refusal) at the end.
 * The token's value is only hashed, never kept or logged.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private static final String EVENT = AccessInterceptor.class.getName() + ".event";
    private static final String BEARER = "Bearer ";
    /** The code of all of India in summaries, above the states; no stored location. */
    private static final String INDIA = "IN";

    private final Callers callers;
    private final LocationRepository locations;
    private final AuditTrail audit;

    AccessInterceptor(Callers callers, LocationRepository locations, AuditTrail audit) {
        this.callers = callers;
        this.locations = locations;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // rendering the error of a request that was checked already
        }
        Access access = handler instanceof HandlerMethod method ? method.getMethodAnnotation(Access.class) : null;
        String action = access == null || access.audit().isEmpty() ? null : access.audit();
        Callers.Caller caller = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION), action,
                action == null ? null : AuditTargets.of(request));
        if (!(handler instanceof HandlerMethod method)) {
            return true; // no endpoint matched: a static resource or 404
        }
        if (access == null) {
            throw Forbidden.noRule();
        }
        try {
            authorise(caller.token(), access, request, method);
        } catch (Forbidden | NotFoundException | IllegalArgumentException refusal) {
            if (caller.event() != null) {
                audit.end(caller.event(), refusal instanceof Forbidden ? 403
                        : refusal instanceof NotFoundException ? 404 : 400, null);
            }
            throw refusal;
        }
        CurrentCaller.set(request, caller.token());
        if (caller.event() != null) {
            request.setAttribute(EVENT, caller.event());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getAttribute(EVENT) instanceof AuditEvent event) {
            audit.endSoon(event, response.getStatus(), response.getHeader(HttpHeaders.LOCATION));
        }
    }

    /** The caller, with the audit event of the call begun when {@code action} is not null. */
    private Callers.Caller authenticate(String authorization, String action, String target) {
        if (authorization == null || authorization.isBlank()) {
            throw Unauthenticated.missing();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw Unauthenticated.malformed();
        }
        String value = authorization.substring(BEARER.length()).strip();
        if (!ApiToken.isWellFormed(value)) {
            throw Unauthenticated.malformed();
        }
        return callers.find(ApiToken.hash(value), action, target).orElseThrow(Unauthenticated::invalid);
    }

    private void authorise(ApiToken caller, Access access, HttpServletRequest request, HandlerMethod method) {
        if (!Arrays.asList(access.roles()).contains(caller.role())) {
            throw Forbidden.role(caller.role(), access.roles());
        }
        if (access.scope() == Scope.LOCATION_BODY && !hasLocatedBody(method)) {
            throw Forbidden.noRule(); // the rule names a location the body cannot hold
        }
        if (caller.coversEverything()) {
            return;
        }
        if (access.scope() == Scope.LOCATION_PATH_VARIABLE) {
            String code = pathVariables(request).get("locationCode");
            if (code == null) {
                throw Forbidden.noRule(); // the rule names a location the path does not have
            }
            requireCovered(caller, code);
        } else if (access.scope() == Scope.LOCATION_PARAMETER) {
            requireCovered(caller, parameter(request, access.parameters()));
        }
    }

    private void requireCovered(ApiToken caller, String code) {
        if (INDIA.equals(code)) {
            throw Forbidden.outOfScope(code, caller.scope()); // all of India: only tokens without a scope
        }
        Location location = locations.findByCode(code)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + code + "'."));
        if (!caller.covers(location)) {
            throw Forbidden.outOfScope(code, caller.scope());
        }
    }

    /** The value of the one parameter given among {@code names}. */
    private static String parameter(HttpServletRequest request, String[] names) {
        if (names.length == 0) {
            throw Forbidden.noRule(); // the rule names no parameter to find the location in
        }
        List<String> given = Arrays.stream(names).filter(name -> request.getParameter(name) != null).toList();
        if (given.size() != 1) {
            throw new IllegalArgumentException("Give exactly one of " + Arrays.stream(names)
                    .map(name -> "'" + name + "'").collect(Collectors.joining(", ")) + ".");
        }
        return request.getParameter(given.get(0));
    }

    private static boolean hasLocatedBody(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(parameter ->
                parameter.hasParameterAnnotation(RequestBody.class)
                        && Located.class.isAssignableFrom(parameter.getParameterType()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
