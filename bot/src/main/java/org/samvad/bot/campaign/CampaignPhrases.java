package org.samvad.bot.campaign;

import org.samvad.db.Text;

/**
 * What the bot says about campaigns: to observers in {@code /survey}, always Hindi above
 * English (observers have no language setting), and to workers who press an
 * invitation's start button, in the worker's language. {@code %s} marks a value.
 */
final class CampaignPhrases {

    static final Text CHOOSE_QUESTIONNAIRE = new Text(
            "Which questionnaire should the workers be asked?",
            "कार्यकर्ताओं से कौन-सी प्रश्नावली पूछी जाए?");
    static final Text CHOOSE_DISTRICT = new Text("%s: which district's workers?", "%s: किस जिले के कार्यकर्ता?");
    static final Text CHOOSE_SCOPE = new Text(
            "%s: ask every worker there, or choose a part of it.",
            "%s: वहाँ के सभी कार्यकर्ताओं से पूछें, या उसका कोई भाग चुनें।");
    static final Text WHOLE = new Text("✅ All of %s", "✅ पूरा %s");
    static final Text PREFLIGHT = new Text(
            "Survey: %s\nArea: %s\nWorkers to invite: %s\nAt %s messages a second the last invitation should go "
                    + "out by %s.\nStart the survey?",
            "सर्वेक्षण: %s\nक्षेत्र: %s\nआमंत्रित होने वाले कार्यकर्ता: %s\n%s संदेश प्रति सेकंड की दर से अंतिम आमंत्रण "
                    + "%s तक चला जाना चाहिए।\nसर्वेक्षण शुरू करें?");
    static final Text NO_WORKERS = new Text(
            "No worker is registered in %s yet, so there is nobody to ask. No survey was started.",
            "%s में अभी कोई कार्यकर्ता पंजीकृत नहीं है, इसलिए पूछने के लिए कोई नहीं है। कोई सर्वेक्षण शुरू नहीं किया गया।");
    static final Text CONFIRM = new Text("✅ Start the survey", "✅ सर्वेक्षण शुरू करें");
    static final Text CANCEL = new Text("✖ Cancel", "✖ रद्द करें");
    static final Text LAUNCHED = new Text(
            "Survey campaign #%s has started: %s workers of %s are being invited. The last invitation should go "
                    + "out by %s.",
            "सर्वेक्षण अभियान #%s शुरू हो गया है: %s के %s कार्यकर्ताओं को आमंत्रण भेजे जा रहे हैं। अंतिम आमंत्रण "
                    + "%s तक चला जाना चाहिए।");
    static final Text CANCELLED = new Text("No survey was started.", "कोई सर्वेक्षण शुरू नहीं किया गया।");
    static final Text NOT_IN_DISTRICTS = new Text(
            "Sorry, that place is not in your districts. No survey was started.",
            "क्षमा करें, यह स्थान आपके जिलों में नहीं है। कोई सर्वेक्षण शुरू नहीं किया गया।");
    static final Text NO_LONGER_OBSERVER = new Text(
            "Sorry, you are no longer an observer. No survey was started.",
            "क्षमा करें, आप अब पर्यवेक्षक नहीं हैं। कोई सर्वेक्षण शुरू नहीं किया गया।");
    static final Text NO_QUESTIONNAIRE = new Text(
            "No questionnaire is published yet, so there is nothing to send.",
            "अभी कोई प्रश्नावली प्रकाशित नहीं है, इसलिए भेजने के लिए कुछ नहीं है।");
    static final Text QUESTIONNAIRE_GONE = new Text(
            "That questionnaire version is no longer published. Send /survey to choose again.",
            "प्रश्नावली का वह संस्करण अब प्रकाशित नहीं है। फिर से चुनने के लिए /survey भेजें।");
    static final Text STALE_BUTTON = new Text(
            "That button belongs to an earlier message. Send /survey to start again.",
            "वह बटन किसी पिछले संदेश का है। फिर से शुरू करने के लिए /survey भेजें।");
    static final Text PREVIOUS = new Text("◀ Previous", "◀ पिछले");
    static final Text NEXT = new Text("Next ▶", "अगले ▶");

    static final Text CLOSED = new Text(
            "Sorry, this survey is closed and can no longer be answered. Thank you!",
            "क्षमा करें, यह सर्वेक्षण बंद हो चुका है और अब इसका उत्तर नहीं दिया जा सकता। धन्यवाद!");
    static final Text ALREADY_ANSWERING = new Text(
            "You are already answering this questionnaire, thank you! Please carry on with the last question, "
                    + "or send /start to see it again.",
            "आप यह प्रश्नावली पहले से भर रहे हैं, धन्यवाद! कृपया पिछले प्रश्न से आगे बढ़ें, या उसे फिर से देखने के लिए "
                    + "/start भेजें।");
    static final Text ALREADY_DONE = new Text(
            "You have already answered this questionnaire, thank you! Nothing more is needed.",
            "आप यह प्रश्नावली पहले ही भर चुके हैं, धन्यवाद! और कुछ करने की ज़रूरत नहीं है।");
    static final Text OTHER_FIRST = new Text(
            "You are in the middle of another questionnaire. Please finish it first (send /start to carry on), "
                    + "then press Start again.",
            "आप अभी एक दूसरी प्रश्नावली भर रहे हैं। कृपया पहले उसे पूरा करें (जारी रखने के लिए /start भेजें), फिर "
                    + "दोबारा \"शुरू करें\" दबाएं।");
    static final Text NOT_VALID = new Text(
            "Sorry, that button is not valid.",
            "क्षमा करें, यह बटन मान्य नहीं है।");

    private CampaignPhrases() {
    }

    /** The Hindi text above the English one, each with the values filled in. */
    static String both(Text text, Text... values) {
        Object[] hindi = new Object[values.length];
        Object[] english = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            hindi[i] = values[i].hi();
            english[i] = values[i].en();
        }
        return text.hi().formatted(hindi) + "\n\n" + text.en().formatted(english);
    }

    /** A button label: Hindi, then English. */
    static String label(Text text, Text... values) {
        Object[] hindi = new Object[values.length];
        Object[] english = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            hindi[i] = values[i].hi();
            english[i] = values[i].en();
        }
        return text.hi().formatted(hindi) + " / " + text.en().formatted(english);
    }

    /** The same value in both languages (a number, a time). */
    static Text plain(Object value) {
        return new Text(String.valueOf(value), String.valueOf(value));
    }
}
