package org.samvad.db.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of the day (India Standard Time, wall clock) during which a campaign's
 * messages wait: from {@code from} up to {@code until}, across midnight when
 * {@code until} comes before {@code from} (the default, 21:00 to 08:00).
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** Where quiet hours are read. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** 21:00 to 08:00 IST. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    /** @throws IllegalArgumentException when either end is missing or both are the same time */
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.equals(until)) {
            throw new IllegalArgumentException("Quiet hours start and end at different times");
        }
    }

    /**
     * Quiet hours written {@code HH:mm-HH:mm}, e.g. {@code 21:00-08:00}, or {@code none}.
     *
     * @return null for {@code none}
     * @throws IllegalArgumentException for anything else
     */
    public static QuietHours parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("none")) {
            return null;
        }
        String[] ends = trimmed.split("\\s*-\\s*");
        try {
            if (ends.length == 2) {
                return new QuietHours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException("Quiet hours are written like 21:00-08:00, or none");
    }

    /** Quiet hours as {@link #parse} reads them; {@code none} for null. */
    public static String format(QuietHours quiet) {
        return quiet == null ? "none" : quiet.from() + "-" + quiet.until();
    }

    /** Whether a moment falls in the quiet hours. */
    public boolean contains(Instant moment) {
        LocalTime time = moment.atZone(INDIA).toLocalTime();
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** The first moment at or after {@code moment} that is not quiet. */
    public Instant nextOpen(Instant moment) {
        if (!contains(moment)) {
            return moment;
        }
        ZonedDateTime at = moment.atZone(INDIA);
        ZonedDateTime end = at.with(until).withNano(0);
        return (end.isAfter(at) ? end : end.plusDays(1)).toInstant();
    }

    /** The next start of the quiet hours after {@code moment}. */
    public Instant nextQuiet(Instant moment) {
        ZonedDateTime at = moment.atZone(INDIA);
        ZonedDateTime start = at.with(from).withNano(0);
        return (start.isAfter(at) ? start : start.plusDays(1)).toInstant();
    }

    /**
     * When {@code work} of sending that starts at {@code start} is done, sending only
     * outside quiet hours.
     */
    public Instant finish(Instant start, Duration work) {
        Instant at = nextOpen(start);
        Duration left = work;
        for (int day = 0; day < 100_000; day++) {
            Instant quiet = nextQuiet(at);
            Duration open = Duration.between(at, quiet);
            if (left.compareTo(open) <= 0) {
                return at.plus(left);
            }
            left = left.minus(open);
            at = nextOpen(quiet);
        }
        throw new IllegalArgumentException("The work does not finish within 100,000 days");
    }
}
