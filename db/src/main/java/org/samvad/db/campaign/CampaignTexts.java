package org.samvad.db.campaign;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.samvad.db.Language;
import org.samvad.db.Text;

/**
 * What a campaign's invitation and reminder say, in the worker's language (Hindi above
 * English for a worker without one), and the data of their start button,
 * {@code cmp:<campaign id>}. {@code %s} marks the questionnaire's title, then the expiry;
 * the templates are filled in Java and, with the same markers, by PostgreSQL's
 * {@code format()}.
 */
public final class CampaignTexts {

    /** The start button's data begins with this, followed by the campaign's id. */
    public static final String START_PREFIX = "cmp:";
    static final Text INVITATION = new Text(
            "📋 New survey: %s\n\nPlease press the button below to start the questionnaire. It is open until %s.",
            "📋 नया सर्वेक्षण: %s\n\nकृपया नीचे दिया बटन दबाकर प्रश्नावली शुरू करें। यह %s तक खुली है।");
    static final Text REMINDER = new Text(
            "🔔 Reminder: the survey \"%s\" is waiting for your answers. Press the button below to start. "
                    + "It is open until %s.",
            "🔔 याद दिलाना: सर्वेक्षण \"%s\" आपके उत्तरों की प्रतीक्षा में है। शुरू करने के लिए नीचे दिया बटन दबाएं। "
                    + "यह %s तक खुली है।");
    static final Text START = new Text("▶ Start", "▶ शुरू करें");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'IST'", Locale.ROOT)
            .withZone(QuietHours.INDIA);
    /** The same format as {@link #EXPIRY}, in PostgreSQL's {@code to_char}. */
    static final String SQL_EXPIRY = "to_char(c.expires_at at time zone 'Asia/Kolkata', 'DD-MM-YYYY HH24:MI') || ' IST'";

    private CampaignTexts() {
    }

    /** The start button's data for a campaign. */
    public static String startData(long campaignId) {
        return START_PREFIX + campaignId;
    }

    /** A moment as the bot shows expiries: {@code 25-11-2026 21:00 IST}. */
    public static String expiry(Instant moment) {
        return EXPIRY.format(moment);
    }

    /** A template in one language, or both (Hindi first) for null. */
    static String template(Text text, Language language) {
        return language == null ? text.hi() + "\n\n" + text.en() : text.in(language);
    }

    /** A button label in one language, or both (Hindi first) for null. */
    static String label(Language language) {
        return language == null ? START.hi() + " / " + START.en() : START.in(language);
    }
}
