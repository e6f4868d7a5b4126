package org.shouwang.intake.internal;

import java.security.SecureRandom;

/**
 * Random codes people read aloud or type from a screenshot: an alphabet of 32 letters and digits without the
 * look-alikes 0/O and 1/I, so each character carries 5 bits and a 10-character tracking code 50 bits.
 */
final class Tokens {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int TRACKING_LENGTH = 10;
    static final int QR_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Upper-cases and drops the blanks and dashes people add when copying; null when the text cannot be a token. */
    static String normalise(String text, int minLength, int maxLength) {
        if (text == null || text.length() > 64) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u3000') {
                continue;
            }
            char u = Character.toUpperCase(c);
            if (ALPHABET.indexOf(u) < 0) {
                return null;
            }
            b.append(u);
        }
        return b.length() >= minLength && b.length() <= maxLength ? b.toString() : null;
    }
}
