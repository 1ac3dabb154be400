package org.samvad.nlp;

import java.util.List;

/**
 * The themes Samvad finds in free-text answers; {@link TextAnalysis#themes()} holds these keys.
 *
 * <ul>
 *   <li>{@code organisation_strength}: booth committee, shakti kendra, page in-charges, active workers</li>
 *   <li>{@code training}: training camps, workshops, social media and booth management training</li>
 *   <li>{@code leadership}: district, mandal and booth presidents, MLAs, local leaders</li>
 *   <li>{@code communication_with_leaders}: being heard, contact with and replies from leaders and offices</li>
 *   <li>{@code inclusion}: participation of youth, women, SC/ST, OBC and minorities</li>
 *   <li>{@code roads}: village roads, lanes, bridges, potholes</li>
 *   <li>{@code water}: drinking water, hand pumps, tap water scheme, irrigation</li>
 *   <li>{@code electricity}: power supply and cuts, transformers, bills, street lights</li>
 *   <li>{@code jobs}: unemployment, MGNREGA, recruitment, wages</li>
 *   <li>{@code local_issues}: other village needs: schools, health centres, ration shops, drains, pensions</li>
 * </ul>
 */
public final class Themes {

    /** Every theme key, in a fixed order. */
    public static final List<String> KEYS = List.of("organisation_strength", "training", "leadership",
            "communication_with_leaders", "inclusion", "roads", "water", "electricity", "jobs", "local_issues");

    private Themes() {
    }
}
