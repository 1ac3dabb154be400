package org.samvad.db.invitation;

/** An invitation was used although it no longer admits; {@link #refusal()} says why. */
public class InvitationRefusedException extends IllegalStateException {

    private final Invitation.Refusal refusal;

    public InvitationRefusedException(Invitation.Refusal refusal) {
        super("The invitation does not admit: " + refusal);
        this.refusal = refusal;
    }

    public Invitation.Refusal refusal() {
        return refusal;
    }
}
