package org.samvad.db.roster;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indian mobile numbers in one form: ten digits starting with 6 to 9. Spaces, dashes,
 * dots and brackets are dropped, Devanagari digits read as digits, and a leading
 * {@code +91}, {@code 0091}, {@code 91} or {@code 0} taken off.
 */
public final class IndianMobile {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern MOBILE = Pattern.compile("[6-9][0-9]{9}");

    private IndianMobile() {
    }

    /** The ten-digit number, or empty when the text is not an Indian mobile number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder ascii = new StringBuilder(raw.length());
        SEPARATORS.matcher(raw).replaceAll("").codePoints()
                .map(c -> c >= '०' && c <= '९' ? '0' + (c - '०') : c)
                .forEach(ascii::appendCodePoint);
        String digits = withoutPrefix(ascii.toString());
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** A number as it may appear in logs: all but the last two digits hidden. */
    public static String masked(String phone) {
        return phone == null || phone.length() < 2 ? "**" : "*".repeat(phone.length() - 2)
                + phone.substring(phone.length() - 2);
    }

    private static String withoutPrefix(String digits) {
        if (digits.startsWith("+91")) {
            return digits.substring(3);
        }
        if (digits.startsWith("0091")) {
            return digits.substring(4);
        }
        if (digits.length() == 12 && digits.startsWith("91")) {
            return digits.substring(2);
        }
        if (digits.length() == 11 && digits.startsWith("0")) {
            return digits.substring(1);
        }
        return digits;
    }
}
