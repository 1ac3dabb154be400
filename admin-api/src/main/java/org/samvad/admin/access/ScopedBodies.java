package org.samvad.admin.access;

import java.lang.reflect.Type;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.access.Access.Scope;
import org.samvad.db.location.LocationRepository;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks {@link Scope#LOCATION_BODY}: once a {@link Located} body is read, and before
 * its handler runs, the caller's token must cover the location it names (404 for an
 * unknown one, like a path variable). The {@link AccessInterceptor} refuses such a
 * handler without a {@code Located} body, so that the check is never skipped.
 */
@ControllerAdvice
class ScopedBodies extends RequestBodyAdviceAdapter {

    private final CurrentCaller caller;
    private final LocationRepository locations;

    ScopedBodies(CurrentCaller caller, LocationRepository locations) {
        this.caller = caller;
        this.locations = locations;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Access access = parameter.getMethodAnnotation(Access.class);
        return access != null && access.scope() == Scope.LOCATION_BODY
                && Located.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        if (caller.token().coversEverything()) {
            return body;
        }
        String code = ((Located) body).locationCode();
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("The request names no location.");
        }
        caller.requireScope(locations.findById(code)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + code + "'.")));
        return body;
    }
}
