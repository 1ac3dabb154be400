package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.samvad.db.Text;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;

/** Bihar with two districts, Kaimur with two assemblies of three booths, and a four-question questionnaire. */
final class TestAssets implements Assets {

    private final List<Location> locations = new ArrayList<>();
    private final Questionnaire questionnaire;

    TestAssets(boolean withQuestionnaire) {
        this(withQuestionnaire ? sample() : null);
    }

    TestAssets(Questionnaire questionnaire) {
        locations.add(new Location("BR", LocationLevel.STATE, null, "BR", null, null, null, "Bihar", "बिहार"));
        locations.add(district("BR-KAI", "Kaimur", "कैमूर"));
        locations.add(district("BR-BUX", "Buxar", "बक्सर"));
        assembly("BR-KAI-203", 203, "Ramgarh", "रामगढ़");
        assembly("BR-KAI-205", 205, "Bhabua", "भभुआ");
        assembly("BR-BUX-199", 199, "Buxar", "बक्सर");
        this.questionnaire = questionnaire;
    }

    static Questionnaire sample() {
        return new Questionnaire(1L, "sample", 1, QuestionnaireStatus.PUBLISHED,
                new Text("Title", "शीर्षक"), new Text("Intro", "परिचय"), new Text("Thanks", "धन्यवाद"), null, null,
                null, null, List.of(
                        question("committee_active", QuestionType.YES_NO, "Is it active?", "सक्रिय है?", null, null,
                                List.of()),
                        question("active_workers", QuestionType.NUMBER, "How many?", "कितने?", 0, 1000, List.of()),
                        question("training_needed", QuestionType.SINGLE_CHOICE, "Which training?", "कौन सा प्रशिक्षण?",
                                null, null, List.of(
                                        new QuestionOption("booth_management",
                                                new Text("Booth management", "बूथ प्रबंधन")),
                                        new QuestionOption("public_contact", new Text("Public contact", "जन-संपर्क")))),
                        question("suggestion", QuestionType.TEXT, "Suggestion?", "सुझाव?", null, null, List.of())));
    }

    private static Question question(String key, QuestionType type, String en, String hi, Integer min, Integer max,
            List<QuestionOption> options) {
        return new Question(null, key, type, new Text(en, hi), null, true, min, max,
                type == QuestionType.TEXT ? 200 : null, null, null, options);
    }

    private static Location district(String code, String en, String hi) {
        return new Location(code, LocationLevel.DISTRICT, "BR", "BR", code, null, null, en, hi);
    }

    private void assembly(String code, int number, String en, String hi) {
        String district = code.substring(0, 6);
        locations.add(new Location(code, LocationLevel.ASSEMBLY, district, "BR", district, code, number, en, hi));
        for (int booth = 1; booth <= 3; booth++) {
            locations.add(new Location(code + "-00" + booth, LocationLevel.BOOTH, code, "BR", district, code, booth,
                    "Booth " + booth + ", " + en, "बूथ " + booth + ", " + hi));
        }
    }

    @Override
    public List<Location> childrenOf(String code) {
        return locations.stream()
                .filter(l -> Objects.equals(l.parentCode(), code))
                .sorted(Comparator.comparing(Location::nameEn))
                .toList();
    }

    @Override
    public Optional<Location> location(String code) {
        return locations.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Questionnaire> questionnaire() {
        return Optional.ofNullable(questionnaire);
    }
}
