package org.samvad.db.campaign;

import org.springframework.data.repository.ListCrudRepository;

/** Stores campaigns. */
public interface CampaignRepository extends ListCrudRepository<Campaign, Long> {
}
