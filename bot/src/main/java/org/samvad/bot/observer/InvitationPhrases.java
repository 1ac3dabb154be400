package org.samvad.bot.observer;

import org.samvad.db.Text;

/**
 * What the bot says to an observer. Observers have no language setting, so every
 * message is in Hindi first, then English. {@code %s} marks a value filled in.
 */
final class InvitationPhrases {

    static final Text CHOOSE_ASSEMBLY = new Text(
            "Which booth is the invitation link for? Choose the assembly constituency.",
            "आमंत्रण लिंक किस बूथ के लिए है? विधानसभा क्षेत्र चुनें।");
    static final Text CHOOSE_BOOTH = new Text("%s: choose the booth.", "%s: बूथ चुनें।");
    static final Text CHOOSE_KIND = new Text(
            "%s: which invitation link?",
            "%s: कौन-सा आमंत्रण लिंक?");
    static final Text WHOLE_BOOTH = new Text("Link for the whole booth", "पूरे बूथ के लिए लिंक");
    static final Text ONE_WORKER = new Text("Link for one worker", "एक कार्यकर्ता के लिए लिंक");
    static final Text ISSUED_WHOLE_BOOTH = new Text(
            "Invitation link for every worker of %s, valid until %s:",
            "%s के सभी कार्यकर्ताओं के लिए आमंत्रण लिंक, %s तक मान्य:");
    static final Text ISSUED_ONE_WORKER = new Text(
            "Invitation link for one worker of %s (it admits once), valid until %s:",
            "%s के एक कार्यकर्ता के लिए आमंत्रण लिंक (केवल एक बार), %s तक मान्य:");
    static final Text NOT_IN_DISTRICTS = new Text(
            "Sorry, that place is not in your districts. No link was made.",
            "क्षमा करें, यह स्थान आपके जिलों में नहीं है। कोई लिंक नहीं बनाया गया।");
    static final Text NO_LONGER_OBSERVER = new Text(
            "Sorry, you are no longer an observer. No link was made.",
            "क्षमा करें, आप अब पर्यवेक्षक नहीं हैं। कोई लिंक नहीं बनाया गया।");
    static final Text STALE_BUTTON = new Text(
            "That button belongs to an earlier message. Send /invite to make a new link.",
            "वह बटन किसी पिछले संदेश का है। नया लिंक बनाने के लिए /invite भेजें।");
    static final Text NO_BOOTHS = new Text(
            "There are no booths in your districts yet.",
            "आपके जिलों में अभी कोई बूथ नहीं है।");
    static final Text PREVIOUS = new Text("◀ Previous", "◀ पिछले");
    static final Text NEXT = new Text("Next ▶", "अगले ▶");
    static final Text ASSEMBLIES = new Text("↩ Assembly constituencies", "↩ विधानसभा क्षेत्र");

    private InvitationPhrases() {
    }

    /** The Hindi text above the English one, each with the values filled in. */
    static String both(Text text, Text... values) {
        return text.hi().formatted((Object[]) hindi(values)) + "\n" + text.en().formatted((Object[]) english(values));
    }

    /** A button label: Hindi, then English. */
    static String label(Text text) {
        return text.hi() + " / " + text.en();
    }

    private static String[] hindi(Text[] values) {
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = values[i].hi();
        }
        return texts;
    }

    private static String[] english(Text[] values) {
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = values[i].en();
        }
        return texts;
    }
}
