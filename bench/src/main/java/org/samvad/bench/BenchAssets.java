package org.samvad.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samvad.bot.conversation.Assets;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * Assets held in memory, looked up by map as a warm cache would: Bihar with the
 * districts Buxar and Kaimur (in the order workers see them), Kaimur's assembly Bhabua (205) with three booths, and the
 * {@link SampleQuestionnaire}. The benchmark measures the engine, not the lookups.
 */
final class BenchAssets implements Assets {

    private final Map<String, List<Location>> children = new HashMap<>();
    private final Map<String, Location> byCode = new HashMap<>();
    private final Questionnaire questionnaire = SampleQuestionnaire.create();

    BenchAssets() {
        add(location("BR", LocationLevel.STATE, null, null, "Bihar", "बिहार"));
        add(location("BR-BUX", LocationLevel.DISTRICT, "BR", null, "Buxar", "बक्सर"));
        add(location("BR-KAI", LocationLevel.DISTRICT, "BR", null, "Kaimur", "कैमूर"));
        add(location("BR-KAI-205", LocationLevel.ASSEMBLY, "BR-KAI", 205, "Bhabua", "भभुआ"));
        for (int booth = 1; booth <= 3; booth++) {
            add(location("BR-KAI-205-00" + booth, LocationLevel.BOOTH, "BR-KAI-205", booth,
                    "Booth " + booth + ", Bhabua", "बूथ " + booth + ", भभुआ"));
        }
    }

    @Override
    public List<Location> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    @Override
    public Optional<Location> location(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<Questionnaire> questionnaire() {
        return Optional.of(questionnaire);
    }

    private void add(Location location) {
        byCode.put(location.code(), location);
        children.computeIfAbsent(location.parentCode(), parent -> new ArrayList<>()).add(location);
    }

    /** The one place a {@link Location} is constructed; its ancestors' codes follow from the code. */
    private static Location location(String code, LocationLevel level, String parent, Integer number, String en,
            String hi) {
        String[] parts = code.split("-");
        String district = parts.length > 1 ? parts[0] + "-" + parts[1] : null;
        String assembly = parts.length > 2 ? district + "-" + parts[2] : null;
        return new Location(code, level, parent, parts[0], district, assembly, number, en, hi);
    }
}
