package org.samvad.bot.conversation;

import java.util.List;
import java.util.Optional;
import org.samvad.db.location.Location;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * The read-only data a conversation runs against: the location hierarchy and the
 * questionnaire workers are asked now.
 */
public interface Assets {

    /** The children of a location, in the order workers see them; the states for null. */
    List<Location> childrenOf(String code);

    Optional<Location> location(String code);

    /** The questionnaire open to workers now; empty when none is published. */
    Optional<Questionnaire> questionnaire();
}
