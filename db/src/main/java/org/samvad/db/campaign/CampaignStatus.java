package org.samvad.db.campaign;

/**
 * A campaign is planned until its invitations are queued (started), and closed when an
 * admin or its expiry ends it; a closed campaign's start button says the survey is closed.
 */
public enum CampaignStatus {
    PLANNED, STARTED, CLOSED
}
