package org.samvad.bot.conversation;

import org.samvad.db.Language;
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
    static final Text HINT_CHOICES = new Text(
            "Tick every option that fits, then press Done; or type their numbers, like 1, 3.",
            "जो भी विकल्प सही हों उन्हें चुनें, फिर 'हो गया' दबाएं; या उनकी संख्या लिखें, जैसे 1, 3।");
    static final Text HINT_RATING = new Text(
            "Press a button or type a number from %s to %s, for example %s.",
            "बटन दबाएं या %s से %s तक की संख्या लिखें, जैसे %s।");
    static final Text HINT_NOMINATION = new Text(
            "Type the person's name; add their mobile number if you like.",
            "व्यक्ति का नाम लिखें; चाहें तो उनका मोबाइल नंबर भी लिखें।");
    static final Text HINT_YES_NO = new Text(
            "Press a button, or type yes or no.",
            "बटन दबाएं, या हाँ या नहीं लिखें।");
    static final Text HINT_NUMBER = new Text(
            "Type a number from %s to %s, for example 12.",
            "%s से %s तक की संख्या लिखें, जैसे 12।");
    static final Text HINT_TEXT = new Text(
            "Type your answer in a few words, for example: more meetings at the booth.",
            "अपना उत्तर कुछ शब्दों में लिखें, जैसे: बूथ पर और बैठकें हों।");
    static final Text WHICH_ONE = new Text(
            "Did you mean %s? Please type its number.",
            "क्या आपका मतलब %s है? कृपया उसकी संख्या लिखें।");
    static final Text OR = new Text("or", "या");
    static final Text CHOICE_UNCLEAR = new Text(
            "Sorry, I did not understand that answer. Type the option's number or its name, for example: 1 or %s.",
            "क्षमा करें, यह उत्तर समझ नहीं आया। विकल्प की संख्या या उसका नाम लिखें, जैसे: 1 या %s।");
    static final Text YES_NO_UNCLEAR = new Text(
            "Sorry, I did not understand that answer. Please type yes or no, for example: yes, haan, no or nahi.",
            "क्षमा करें, यह उत्तर समझ नहीं आया। कृपया हाँ या नहीं लिखें, जैसे: हाँ, जी हाँ, नहीं।");
    static final Text DID_NOT_UNDERSTAND = new Text(
            "Sorry, I did not understand that answer.",
            "क्षमा करें, यह उत्तर समझ नहीं आया।");
    static final Text TEXT_TOO_LONG = new Text(
            "Your answer has %s characters; please keep it within %s.",
            "आपके उत्तर में %s अक्षर हैं; कृपया इसे %s अक्षरों के भीतर रखें।");
    static final Text CHOOSE_AT_LEAST_ONE = new Text(
            "Please choose at least one option.",
            "कृपया कम से कम एक विकल्प चुनें।");
    static final Text TOO_MANY_CHOICES = new Text(
            "Please choose at most %s options.",
            "कृपया अधिकतम %s विकल्प चुनें।");
    static final Text NOMINATION_UNCLEAR = new Text(
            "Please type the person's name, and their mobile number if you like, for example: Ramesh Kumar 9876543210.",
            "कृपया व्यक्ति का नाम लिखें, चाहें तो मोबाइल नंबर भी, जैसे: रमेश कुमार 9876543210।");
    static final Text EMPTY_ANSWER = new Text(
            "The answer is empty.",
            "उत्तर खाली है।");
    static final Text ALREADY_DONE = new Text(
            "You have answered every question. Thank you! We will message you when there is a new questionnaire. "
                    + "If you like, send /profile to tell us a little about yourself (optional).",
            "आपने सभी प्रश्नों के उत्तर दे दिए हैं। धन्यवाद! नई प्रश्नावली आने पर हम आपको संदेश भेजेंगे। "
                    + "चाहें तो /profile भेजकर अपने बारे में थोड़ा बताएं (वैकल्पिक)।");
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
            "I do not know that command. I understand /start, /back, /skip, /status, /lang and /help.",
            "यह कमांड मुझे नहीं पता। मैं /start, /back, /skip, /status, /lang और /help समझता हूँ।");
    static final Text HELP = new Text("""
            Samvad asks you a few questions about your booth. Each answer is saved as soon as you send it.
            /start – continue where you left off
            /back – go back to the previous question and change its answer
            /skip – skip a question that is optional
            /status – how many questions are left
            /lang – change the language
            /profile – tell us your age group, gender, social category (optional, counted only in totals)
            /forget – erase your name, phone number and Telegram identity
            /help – this message""", """
            संवाद आपसे आपके बूथ के बारे में कुछ प्रश्न पूछता है। हर उत्तर भेजते ही सहेज लिया जाता है।
            /start – जहाँ रुके थे वहीं से आगे बढ़ें
            /back – पिछले प्रश्न पर जाएं और उसका उत्तर बदलें
            /skip – वैकल्पिक प्रश्न छोड़ें
            /status – कितने प्रश्न बाकी हैं
            /lang – भाषा बदलें
            /profile – अपना आयु वर्ग, लिंग, सामाजिक वर्ग बताएं (वैकल्पिक, केवल कुल संख्या में गिना जाता है)
            /forget – अपना नाम, मोबाइल नंबर और Telegram पहचान मिटाएं
            /help – यह संदेश""");
    static final Text OPTIONAL = new Text("(Optional: /skip to leave it out.)", "(वैकल्पिक: छोड़ने के लिए /skip भेजें।)");
    static final Text CURRENT_ANSWER = new Text("Your answer now: %s", "आपका अभी का उत्तर: %s");
    static final Text DONE = new Text("Done ✓", "हो गया ✓");
    static final Text CANNOT_SKIP = new Text(
            "This question cannot be skipped.",
            "यह प्रश्न छोड़ा नहीं जा सकता।");
    static final Text NOTHING_TO_SKIP = new Text(
            "There is no question to skip right now.",
            "अभी छोड़ने के लिए कोई प्रश्न नहीं है।");
    static final Text FIRST_QUESTION = new Text(
            "This is the first question.",
            "यह पहला प्रश्न है।");
    static final Text NOTHING_TO_GO_BACK_TO = new Text(
            "There is no question to go back to right now.",
            "अभी वापस जाने के लिए कोई प्रश्न नहीं है।");
    static final Text STATUS = new Text(
            "You have answered %s of %s questions; %s to go.",
            "आपने %2$s में से %1$s प्रश्नों के उत्तर दिए हैं; %3$s बाकी हैं।");
    static final Text STATUS_REVIEW = new Text(
            "All questions are answered; please confirm your answers.",
            "सभी प्रश्नों के उत्तर दे दिए गए हैं; कृपया अपने उत्तरों की पुष्टि करें।");
    static final Text REVIEW = new Text(
            "Please check your answers:",
            "कृपया अपने उत्तर जाँच लें:");
    static final Text SKIPPED = new Text("(skipped)", "(छोड़ा गया)");
    static final Text CONFIRM = new Text("✅ Confirm", "✅ पुष्टि करें");
    static final Text CHANGE = new Text("✏️ Change an answer", "✏️ कोई उत्तर बदलें");
    static final Text CONFIRM_OR_CHANGE = new Text(
            "Press Confirm, or Change an answer.",
            "'पुष्टि करें' दबाएं, या 'कोई उत्तर बदलें'।");
    static final Text WHICH_TO_CHANGE = new Text(
            "Which answer do you want to change?",
            "आप कौन सा उत्तर बदलना चाहते हैं?");
    static final Text REMINDER = new Text(
            "A reminder: your questionnaire is not finished yet. Your answers so far are saved.",
            "याद दिलाना: आपकी प्रश्नावली अभी पूरी नहीं हुई है। अब तक के आपके उत्तर सहेजे गए हैं।");
    static final Text EXPIRED = new Text(
            "The time for this questionnaire is over. Your answers so far are kept. Thank you!",
            "इस प्रश्नावली का समय समाप्त हो गया है। अब तक के आपके उत्तर सुरक्षित हैं। धन्यवाद!");

    static final Text INVITATION_ONLY = new Text(
            "Samvad is open only to invited workers.",
            "संवाद में केवल आमंत्रित कार्यकर्ता ही भाग ले सकते हैं।");
    static final Text HOW_TO_JOIN = new Text(
            "Please ask your observer for your invitation link and open it, or press the button below to share "
                    + "your phone number so that we can find you on the roster.",
            "कृपया अपने पर्यवेक्षक से अपना आमंत्रण लिंक माँगें और उसे खोलें, या नीचे दिया बटन दबाकर अपना मोबाइल नंबर "
                    + "भेजें ताकि हम आपको कार्यकर्ता सूची में ढूँढ सकें।");
    static final Text UNKNOWN_INVITATION = new Text(
            "Sorry, this invitation link is not valid.",
            "क्षमा करें, यह आमंत्रण लिंक मान्य नहीं है।");
    static final Text EXPIRED_INVITATION = new Text(
            "Sorry, this invitation link has expired.",
            "क्षमा करें, इस आमंत्रण लिंक की समय-सीमा समाप्त हो चुकी है।");
    static final Text REVOKED_INVITATION = new Text(
            "Sorry, this invitation link has been withdrawn.",
            "क्षमा करें, यह आमंत्रण लिंक वापस ले लिया गया है।");
    static final Text USED_INVITATION = new Text(
            "Sorry, this invitation link has already been used.",
            "क्षमा करें, यह आमंत्रण लिंक पहले ही इस्तेमाल हो चुका है।");
    static final Text ASK_FOR_NEW_LINK = new Text(
            "Please ask your observer for a new link, or press the button below to share your phone number.",
            "कृपया अपने पर्यवेक्षक से नया लिंक माँगें, या नीचे दिया बटन दबाकर अपना मोबाइल नंबर भेजें।");
    static final Text NOT_ON_ROSTER = new Text(
            "Sorry, your phone number is not on the roster.",
            "क्षमा करें, आपका मोबाइल नंबर कार्यकर्ता सूची में नहीं है।");
    static final Text NOT_OWN_CONTACT = new Text(
            "Sorry, this is not your own phone number.",
            "क्षमा करें, यह आपका अपना मोबाइल नंबर नहीं है।");
    static final Text SHARE_OWN_CONTACT = new Text(
            "Please share your own number, with the button below.",
            "कृपया नीचे दिए बटन से अपना ही नंबर भेजें।");
    static final Text PHONE_TAKEN = new Text(
            "Sorry, this phone number has already joined from another Telegram account.",
            "क्षमा करें, यह मोबाइल नंबर किसी दूसरे Telegram खाते से पहले ही जुड़ चुका है।");
    static final Text ASK_OBSERVER = new Text(
            "Please ask your observer for your invitation link.",
            "कृपया अपने पर्यवेक्षक से अपना आमंत्रण लिंक माँगें।");
    static final Text JOINED_AT = new Text(
            "You have joined Samvad as a worker at %s.",
            "आप %s पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।");
    static final Text JOINED = new Text(
            "You have joined Samvad.",
            "आप संवाद से जुड़ गए हैं।");
    static final Text SLOW_DOWN = new Text(
            "You are sending messages very quickly. Please wait a little; the messages you send meanwhile are not read.",
            "आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। कृपया थोड़ी देर रुकें; इस बीच भेजे गए संदेश पढ़े नहीं जाएंगे।");
    static final Text FORGET_ASK = new Text(
            "Do you want Samvad to forget you? Your name, phone number and Telegram identity will be erased. "
                    + "Your answers stay, counted without your name at your booth. To take part again you will need "
                    + "a new invitation.",
            "क्या आप चाहते हैं कि संवाद आपको भूल जाए? आपका नाम, मोबाइल नंबर और Telegram पहचान मिटा दी जाएगी। आपके उत्तर "
                    + "बने रहेंगे और बिना नाम के आपके बूथ की गिनती में जुड़े रहेंगे। दोबारा भाग लेने के लिए आपको नया आमंत्रण "
                    + "चाहिए होगा।");
    static final Text FORGET_YES = new Text("🗑 Yes, erase my data", "🗑 हाँ, मेरी जानकारी मिटाएं");
    static final Text FORGET_NO = new Text("No, keep it", "नहीं, रहने दें");
    static final Text FORGET_KEPT = new Text(
            "Nothing has been erased.",
            "कुछ भी नहीं मिटाया गया।");
    static final Text FORGOTTEN = new Text(
            "Your name, phone number and Telegram identity have been erased. Your answers stay, counted without "
                    + "your name at your booth. Thank you for taking part in Samvad. Goodbye!",
            "आपका नाम, मोबाइल नंबर और Telegram पहचान मिटा दी गई है। आपके उत्तर बिना नाम के आपके बूथ की गिनती में बने "
                    + "रहेंगे। संवाद में भाग लेने के लिए धन्यवाद। नमस्ते!");

    private Phrases() {
    }

    /** A text in the worker's language; in Hindi and English, one after the other, before they have chosen. */
    static String said(Text text, Language language) {
        return language == null ? text.hi() + "\n\n" + text.en() : text.in(language);
    }

    /** A button's label in the worker's language; both, side by side, before they have chosen. */
    static String label(Text text, Language language) {
        return language == null ? text.hi() + " / " + text.en() : text.in(language);
    }

    /** Two texts said one after the other, in the worker's language or in both. */
    static String said(Text first, Text then, Language language) {
        return language == null
                ? first.hi() + " " + then.hi() + "\n\n" + first.en() + " " + then.en()
                : first.in(language) + " " + then.in(language);
    }
}
