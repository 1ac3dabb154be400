package org.samvad.admin.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.samvad.db.access.Role;

/**
 * Who may call a handler method. Every handler of the admin API carries one; the
 * {@link AccessInterceptor} refuses a handler without it (403), so a new endpoint is
 * closed until it says who may use it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Access {

    /** The roles whose tokens may call the handler. */
    Role[] roles();

    /** Whether the token's scope must cover a location named in the request. */
    Scope scope() default Scope.NONE;

    /**
     * For {@link Scope#LOCATION_PARAMETER}: the request parameters that may name the
     * location; a request gives exactly one of them.
     */
    String[] parameters() default {};

    /**
     * The action recorded in the audit trail for every call by a token (allowed or
     * refused), e.g. {@code summary}; empty for handlers that are not recorded.
     */
    String audit() default "";

    /** What of the request a token's scope must cover. */
    enum Scope {
        /** Nothing: the role decides. */
        NONE,
        /** The location in the {@code locationCode} path variable. */
        LOCATION_PATH_VARIABLE,
        /** The location in one of the request parameters named by {@link #parameters()}. */
        LOCATION_PARAMETER,
        /**
         * The location a {@link Located} request body names; checked when the body is
         * read, before the handler runs.
         */
        LOCATION_BODY,
        /**
         * The location of what the request names (e.g. an invitation's booth): the handler
         * finds it and checks it with {@link CurrentCaller#requireScope} before acting.
         */
        LOCATION_CHECKED_BY_HANDLER
    }
}
