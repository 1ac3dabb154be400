package org.samvad.db.invitation;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores invitations by their code. */
public interface InvitationRepository extends ListCrudRepository<Invitation, String> {

    /** The invitations to a booth, newest first. */
    List<Invitation> findByBoothCodeOrderByCreatedAtDesc(String boothCode);

    /** The invitations to every booth within a location (a state, district, assembly or booth), newest first. */
    @Query("""
            select i.* from invitation i join location b on b.code = i.booth_code
            where :locationCode in (b.code, b.assembly_code, b.district_code, b.state_code)
            order by i.created_at desc, i.code""")
    List<Invitation> findWithin(String locationCode);
}
