package org.samvad.admin.summary;

import org.samvad.db.location.LocationLevel;

/**
 * Where a summary is for: a stored location, or India ({@code IN}, above the states).
 * {@code level} is the location's level, null for India; {@code stateCode} its state's
 * code, null for India.
 */
record Place(String code, LocationLevel level, String stateCode, String nameEn, String nameHi) {

    static final String INDIA = "IN";

    static Place india() {
        return new Place(INDIA, null, null, "India", "भारत");
    }

    boolean isIndia() {
        return level == null;
    }

    /** The level of this place's children; null for a booth. */
    LocationLevel childLevel() {
        return isIndia() ? LocationLevel.STATE : level.child().orElse(null);
    }

    String levelName() {
        return isIndia() ? "COUNTRY" : level.name();
    }

    Summary.Area area() {
        return new Summary.Area(code, levelName(), nameEn, nameHi);
    }

    /** The column of a row's ancestor codes that holds a code of this place's level; null for India. */
    String column() {
        return isIndia() ? null : column(level);
    }

    static String column(LocationLevel level) {
        return switch (level) {
            case STATE -> "state_code";
            case DISTRICT -> "district_code";
            case ASSEMBLY -> "assembly_code";
            case BOOTH -> "booth_code";
        };
    }

    /** A SQL condition that keeps the rows of {@code alias} inside this place (binds {@code :code}). */
    String within(String alias) {
        return isIndia() ? "cast(:code as varchar) = 'IN'" : alias + "." + column() + " = :code";
    }
}
