package org.samvad.bot;

import java.util.List;
import java.util.Optional;
import org.samvad.bot.conversation.Assets;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * The engine's assets read from PostgreSQL: only places with booths are offered.
 * {@code questionnaire} is the version being answered, empty when none.
 */
public record DatabaseAssets(LocationRepository locations, Optional<Questionnaire> questionnaire)
        implements Assets {

    @Override
    public List<Location> childrenOf(String code) {
        return code == null ? locations.findStatesWithBooths() : locations.findChildrenWithBooths(code);
    }

    @Override
    public Optional<Location> location(String code) {
        return locations.findById(code);
    }
}
