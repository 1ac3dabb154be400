package org.samvad.admin.access;

import jakarta.servlet.http.HttpServletRequest;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.Role;
import org.samvad.db.location.Location;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The token of the request being handled, as the {@link AccessInterceptor} accepted it:
 * for handlers that record who acted, show less to some roles, or check the scope of a
 * location they find themselves ({@link Access.Scope#LOCATION_CHECKED_BY_HANDLER}).
 */
@Component
public class CurrentCaller {

    static final String ATTRIBUTE = CurrentCaller.class.getName() + ".token";

    /**
     * The caller's token.
     *
     * @throws IllegalStateException outside a request the interceptor accepted
     */
    public ApiToken token() {
        Object token = RequestContextHolder.currentRequestAttributes().getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (!(token instanceof ApiToken apiToken)) {
            throw new IllegalStateException("No caller: the request has not passed the access interceptor");
        }
        return apiToken;
    }

    public boolean isAdmin() {
        return token().role() == Role.ADMIN;
    }

    /** @throws org.springframework.web.ErrorResponseException 403 when the caller's token does not cover the location */
    public void requireScope(Location location) {
        ApiToken token = token();
        if (!token.covers(location)) {
            throw Forbidden.outOfScope(location.code(), token.scope());
        }
    }

    static void set(HttpServletRequest request, ApiToken token) {
        request.setAttribute(ATTRIBUTE, token);
    }
}
