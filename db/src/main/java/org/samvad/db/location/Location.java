package org.samvad.db.location;

import org.samvad.db.Language;
import org.springframework.data.annotation.Id;

/**
 * A place in the hierarchy state &gt; district &gt; assembly constituency &gt; booth.
 * Codes are hierarchical ({@code BR}, {@code BR-KAI}, {@code BR-KAI-203},
 * {@code BR-KAI-203-001}); each location also carries its ancestors' codes, null
 * above its own level. {@code number} is the assembly or booth number, null for
 * states and districts.
 */
public record Location(
        @Id String code,
        LocationLevel level,
        String parentCode,
        String stateCode,
        String districtCode,
        String assemblyCode,
        Integer number,
        String nameEn,
        String nameHi) {

    /** The name in the given language. */
    public String name(Language language) {
        return language == Language.HI ? nameHi : nameEn;
    }

    public boolean isBooth() {
        return level == LocationLevel.BOOTH;
    }
}
