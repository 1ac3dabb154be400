package org.samvad.db.invitation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stores invitations by their code. */
public interface InvitationRepository extends ListCrudRepository<Invitation, String> {

    /** The invitations to a booth, newest first. */
    List<Invitation> findByBoothCodeOrderByCreatedAtDesc(String boothCode);
}
