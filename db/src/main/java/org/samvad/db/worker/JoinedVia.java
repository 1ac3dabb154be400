package org.samvad.db.worker;

/**
 * How a worker was admitted: by an invitation's deep link, or by sharing their phone
 * number when it is on the roster. Workers who registered before admission existed
 * have none.
 */
public enum JoinedVia {
    INVITATION, CONTACT
}
