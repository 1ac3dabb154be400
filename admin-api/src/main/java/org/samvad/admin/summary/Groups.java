package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samvad.admin.summary.Summary.GroupParticipation;
import org.samvad.admin.summary.SummarySource.GroupCount;
import org.samvad.db.Text;

/**
 * The participation groups of the worker profile, their values in a fixed order with
 * the glossary's labels, and their figures: each group's roster and respondents are
 * tables with complementary suppression (a roster count of one would show one worker's
 * profile). Pure.
 */
final class Groups {

    static final String UNKNOWN = "unknown";

    /** The roll-ups' dimension of each group, by its name in the API. */
    private static final Map<String, String> DIMENSIONS = Map.of("ageBand", "age_band", "gender", "gender",
            "socialCategory", "social_category", "minority", "minority");

    /** Group name, then value to label; every group also has {@link #UNKNOWN}. */
    static final Map<String, Map<String, Text>> LABELS = labels();

    private Groups() {
    }

    static List<GroupParticipation> participation(List<GroupCount> counts, SmallCells cells) {
        List<GroupParticipation> rows = new ArrayList<>();
        LABELS.forEach((group, values) -> {
            List<String> keys = new ArrayList<>(values.keySet());
            List<Long> roster = new ArrayList<>();
            List<Long> respondents = new ArrayList<>();
            for (String value : keys) {
                GroupCount count = counts.stream()
                        .filter(c -> c.dimension().equals(DIMENSIONS.get(group)) && c.value().equals(value))
                        .findFirst().orElse(new GroupCount(group, value, 0, 0));
                roster.add(count.roster());
                respondents.add(count.respondents());
            }
            List<Boolean> rosterOut = cells.suppress(roster);
            List<Boolean> respondentsOut = cells.suppress(respondents);
            for (int i = 0; i < keys.size(); i++) {
                Text label = values.get(keys.get(i));
                boolean out = rosterOut.get(i) || respondentsOut.get(i);
                rows.add(new GroupParticipation(group, keys.get(i), label.en(), label.hi(),
                        Cell.of(roster.get(i), rosterOut.get(i)), Cell.of(respondents.get(i), respondentsOut.get(i)),
                        Cell.ratio(respondents.get(i), roster.get(i), out)));
            }
        });
        return rows;
    }

    private static Map<String, Map<String, Text>> labels() {
        Text unknown = new Text("Not told", "नहीं बताया");
        Map<String, Map<String, Text>> labels = new LinkedHashMap<>();
        labels.put("ageBand", ordered("18-35", new Text("Youth (18–35)", "युवा (18–35)"),
                "36-50", new Text("36–50", "36–50"), "51+", new Text("51 and over", "51 या अधिक"), UNKNOWN, unknown));
        labels.put("gender", ordered("FEMALE", new Text("Women", "महिलाएं"), "MALE", new Text("Men", "पुरुष"),
                "OTHER", new Text("Other", "अन्य"), UNKNOWN, unknown));
        Map<String, Text> social = ordered("SC", new Text("Scheduled Castes", "अनुसूचित जाति"),
                "ST", new Text("Scheduled Tribes", "अनुसूचित जनजाति"),
                "OBC", new Text("Other Backward Classes", "अन्य पिछड़ा वर्ग"), "GENERAL", new Text("General", "सामान्य"));
        social.put(UNKNOWN, unknown);
        labels.put("socialCategory", social);
        labels.put("minority", ordered("yes", new Text("Minorities", "अल्पसंख्यक"),
                "no", new Text("Not a minority", "अल्पसंख्यक नहीं"), UNKNOWN, unknown, null, null));
        return labels;
    }

    private static Map<String, Text> ordered(String k1, Text v1, String k2, Text v2, String k3, Text v3, String k4,
            Text v4) {
        Map<String, Text> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        if (k4 != null) {
            map.put(k4, v4);
        }
        return map;
    }
}
