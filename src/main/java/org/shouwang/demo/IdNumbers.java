package org.shouwang.demo;

import java.time.LocalDate;

/**
 * Hands out unique 18-digit 公民身份号码 (GB 11643-1999) for the demo county: address code, birth date,
 * a 3-digit sequence whose parity gives the sex (odd male, even female) and the ISO 7064 MOD 11-2 check character.
 * Uniqueness comes from a counter per birth date and sex; the counter is scrambled so sequences look random.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Sequences per birth date and sex: odd 001..999 for men, even 002..998 for women. */
    private static final int SLOTS = 499;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final int DAYS = 48_000;

    private final String addressCode;
    private final short[][] used = new short[2][DAYS];

    IdNumbers(String addressCode) {
        if (addressCode.length() != 6) {
            throw new IllegalArgumentException("address code must have 6 digits: " + addressCode);
        }
        this.addressCode = addressCode;
    }

    /** A new number for someone born on {@code birth} (or a day later when that date is full). */
    String next(LocalDate birth, boolean male) {
        int day = (int) (birth.toEpochDay() - FIRST_DAY.toEpochDay());
        short[] counters = used[male ? 0 : 1];
        while (counters[day] >= SLOTS) {
            day++;
        }
        int n = counters[day]++;
        int slot = (n * 211 + day * 37) % SLOTS; // 211 is prime to 499: a permutation of the slots
        int sequence = male ? 2 * slot + 1 : 2 * slot + 2;
        LocalDate date = FIRST_DAY.plusDays(day);
        String body = addressCode + String.format("%04d%02d%02d%03d",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), sequence);
        return body + checkChar(body);
    }

    /** ISO 7064 MOD 11-2 check character for the first 17 digits. */
    static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date an ID number encodes. */
    static LocalDate birthDate(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
    }
}
