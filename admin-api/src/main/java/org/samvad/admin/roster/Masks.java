package org.samvad.admin.roster;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Personal data as shown to coordinators and observers: a phone with its first two and
 * last two digits ({@code 98******10}), a name by its initials ({@code R… K…}).
 */
final class Masks {

    private Masks() {
    }

    static String phone(String phone) {
        if (phone == null || phone.length() < 5) {
            return "**";
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 2);
    }

    /** Null for null. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(name.strip().split("\\s+"))
                .map(word -> new String(Character.toChars(word.codePointAt(0))) + "…")
                .collect(Collectors.joining(" "));
    }
}
