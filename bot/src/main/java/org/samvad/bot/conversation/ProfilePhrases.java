package org.samvad.bot.conversation;

import java.util.List;
import org.samvad.db.Text;

/** What the bot says in the optional profile ({@code /profile}), in English and Hindi. */
final class ProfilePhrases {

    static final Text INTRO = new Text(
            "A few optional questions about you. They are only counted in totals (how many youth, women, SC/ST, "
                    + "OBC and minority workers take part), never shown with your name. Press Skip for any of them.",
            "आपके बारे में कुछ वैकल्पिक प्रश्न। इन्हें केवल कुल संख्या में गिना जाता है (कितने युवा, महिलाएं, "
                    + "अनुसूचित जाति/जनजाति, अन्य पिछड़ा वर्ग और अल्पसंख्यक कार्यकर्ता भाग ले रहे हैं), आपके नाम के "
                    + "साथ कभी नहीं दिखाया जाता। कोई भी प्रश्न छोड़ने के लिए 'छोड़ें' दबाएं।");
    static final Text AGE = new Text("How old are you? Press a button or type your age.",
            "आपकी उम्र क्या है? बटन दबाएं या अपनी उम्र लिखें।");
    static final Text GENDER = new Text("Are you a woman, a man, or other?", "आप महिला हैं, पुरुष हैं, या अन्य?");
    static final Text CATEGORY = new Text("Which social category do you belong to?",
            "आप किस सामाजिक वर्ग से हैं?");
    static final Text MINORITY = new Text("Do you belong to a religious minority?",
            "क्या आप किसी धार्मिक अल्पसंख्यक समुदाय से हैं?");
    static final List<Text> QUESTIONS = List.of(AGE, GENDER, CATEGORY, MINORITY);

    static final Text YOUTH = new Text("18–35 (youth)", "18–35 (युवा)");
    static final Text MIDDLE = new Text("36–50", "36–50");
    static final Text OLDER = new Text("51 or over", "51 या अधिक");
    static final Text WOMAN = new Text("Woman", "महिला");
    static final Text MAN = new Text("Man", "पुरुष");
    static final Text OTHER = new Text("Other", "अन्य");
    static final Text SC = new Text("Scheduled Caste (SC)", "अनुसूचित जाति (SC)");
    static final Text ST = new Text("Scheduled Tribe (ST)", "अनुसूचित जनजाति (ST)");
    static final Text OBC = new Text("Other Backward Class (OBC)", "अन्य पिछड़ा वर्ग (OBC)");
    static final Text GENERAL = new Text("General", "सामान्य");
    static final Text YES = new Text("Yes", "हाँ");
    static final Text NO = new Text("No", "नहीं");
    static final Text SKIP = new Text("Skip ⏭", "छोड़ें ⏭");

    static final Text UNCLEAR = new Text(
            "Sorry, I did not understand that. Press a button, type its number, or press Skip.",
            "क्षमा करें, यह समझ नहीं आया। बटन दबाएं, उसकी संख्या लिखें, या 'छोड़ें' दबाएं।");
    static final Text AGE_UNCLEAR = new Text(
            "Please type your age in years (18 or over), press a button, or press Skip.",
            "कृपया अपनी उम्र वर्षों में लिखें (18 या अधिक), बटन दबाएं, या 'छोड़ें' दबाएं।");
    static final Text THANKS = new Text(
            "Thank you! It is saved, and counted only in totals. Send /profile any time to change it.",
            "धन्यवाद! यह सहेज लिया गया है और केवल कुल संख्या में गिना जाएगा। बदलने के लिए कभी भी /profile भेजें।");

    private ProfilePhrases() {
    }
}
