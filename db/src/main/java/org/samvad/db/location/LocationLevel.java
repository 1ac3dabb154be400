package org.samvad.db.location;

import java.util.Optional;

/** The levels of the location hierarchy, from the widest to the smallest. */
public enum LocationLevel {
    STATE, DISTRICT, ASSEMBLY, BOOTH;

    /** The level below this one; empty for a booth. */
    public Optional<LocationLevel> child() {
        return this == BOOTH ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
