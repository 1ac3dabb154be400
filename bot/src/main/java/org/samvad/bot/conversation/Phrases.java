package org.samvad.bot.conversation;

import org.samvad.db.Text;

/** Everything the bot says, in English and Hindi. {@code %s} marks a value filled in. */
final class Phrases {

    static final String WELCOME = """
            नमस्ते! संवाद में आपका स्वागत है। कृपया अपनी भाषा चुनें।
            Welcome to Samvad! Please choose your language.""";
    static final String LANGUAGE_HINDI = "हिन्दी";
    static final String LANGUAGE_ENGLISH = "English";

    static final Text ASK_NAME = new Text(
            "What is your name?",
            "आपका नाम क्या है?");
    static final Text NAME_UNCLEAR = new Text(
            "Please type your name in letters, up to %s characters, for example: Ramesh Kumar.",
            "कृपया अपना नाम अक्षरों में लिखें, अधिकतम %s अक्षर, जैसे: रमेश कुमार।");
    static final Text ASK_STATE = new Text("Choose your state.", "अपना राज्य चुनें।");
    static final Text ASK_DISTRICT = new Text(
            "Choose your district (जिला): press a button or type its name.",
            "अपना जिला चुनें: बटन दबाएं या जिले का नाम लिखें।");
    static final Text ASK_ASSEMBLY = new Text(
            "Choose your assembly constituency: press a button or type its name or number.",
            "अपना विधानसभा क्षेत्र चुनें: बटन दबाएं या उसका नाम या संख्या लिखें।");
    static final Text ASK_BOOTH = new Text(
            "Choose your booth: press a button or type the booth number.",
            "अपना बूथ चुनें: बटन दबाएं या बूथ संख्या लिखें।");
    static final Text LOCATION_UNCLEAR = new Text(
            "I could not find \"%s\" here.",
            "\"%s\" यहाँ नहीं मिला।");
    static final Text REGISTERED = new Text(
            "Thank you, %s. You are registered at %s.",
            "धन्यवाद, %s। आप %s पर पंजीकृत हैं।");
    static final Text NO_QUESTIONNAIRE = new Text(
            "There is no questionnaire for you right now. We will message you when there is one.",
            "अभी आपके लिए कोई प्रश्नावली नहीं है। प्रश्नावली आने पर हम आपको संदेश भेजेंगे।");
    static final Text PROGRESS = new Text("Question %s of %s", "प्रश्न %s/%s");
    static final Text HINT_CHOICE = new Text(
            "Press a button or type the option's number.",
            "बटन दबाएं या विकल्प की संख्या लिखें।");
    static final Text HINT_YES_NO = new Text(
            "Press a button, or type yes or no.",
            "बटन दबाएं, या हाँ या नहीं लिखें।");
    static final Text HINT_NUMBER = new Text(
            "Type a number from %s to %s, for example 12.",
            "%s से %s तक की संख्या लिखें, जैसे 12।");
    static final Text HINT_TEXT = new Text(
            "Type your answer in a few words.",
            "अपना उत्तर कुछ शब्दों में लिखें।");
    static final Text DID_NOT_UNDERSTAND = new Text(
            "Sorry, I did not understand that answer.",
            "क्षमा करें, यह उत्तर समझ नहीं आया।");
    static final Text TEXT_TOO_LONG = new Text(
            "Your answer has %s characters; please keep it within %s.",
            "आपके उत्तर में %s अक्षर हैं; कृपया इसे %s अक्षरों के भीतर रखें।");
    static final Text EMPTY_ANSWER = new Text(
            "The answer is empty.",
            "उत्तर खाली है।");
    static final Text ALREADY_DONE = new Text(
            "You have answered every question. Thank you! We will message you when there is a new questionnaire.",
            "आपने सभी प्रश्नों के उत्तर दे दिए हैं। धन्यवाद! नई प्रश्नावली आने पर हम आपको संदेश भेजेंगे।");
    static final Text WELCOME_BACK = new Text(
            "Welcome back! Let us continue where you left off.",
            "फिर से स्वागत है! जहाँ आप रुके थे, वहीं से आगे बढ़ते हैं।");
    static final Text UNREADABLE = new Text(
            "I can read only text and button presses, not this message.",
            "मैं केवल लिखा हुआ संदेश और बटन पढ़ सकता हूँ, यह संदेश नहीं।");
    static final Text EDIT_IGNORED = new Text(
            "I do not read edited messages; your earlier answer stays as it was.",
            "मैं बदले गए संदेश नहीं पढ़ता; आपका पिछला उत्तर वैसा ही रहेगा।");
    static final Text STALE_BUTTON = new Text(
            "That button belongs to an earlier message.",
            "वह बटन किसी पिछले संदेश का है।");
    static final Text UNKNOWN_COMMAND = new Text(
            "I do not know that command. I understand /start, /help and /lang.",
            "यह कमांड मुझे नहीं पता। मैं /start, /help और /lang समझता हूँ।");
    static final Text HELP = new Text("""
            Samvad asks you a few questions about your booth. Each answer is saved as soon as you send it.
            /start – continue where you left off
            /lang – change the language
            /help – this message""", """
            संवाद आपसे आपके बूथ के बारे में कुछ प्रश्न पूछता है। हर उत्तर भेजते ही सहेज लिया जाता है।
            /start – जहाँ रुके थे वहीं से आगे बढ़ें
            /lang – भाषा बदलें
            /help – यह संदेश""");

    private Phrases() {
    }
}
