package org.samvad.admin.access;

/**
 * A request body that names the location it acts at, for handlers whose {@link Access}
 * scope is {@link Access.Scope#LOCATION_BODY}: the caller's token must cover it.
 */
public interface Located {

    /** The location's code; null when the body names none (refused for scoped tokens). */
    String locationCode();
}
