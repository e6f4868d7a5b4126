package org.shouwang.screening.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Finding;

/**
 * Turns a rule finding into a clue signal. The dedup key holds the rule version, the household, the fact and the
 * values the rule saw: the same finding raised again (a re-run, a re-sent feed) is recognised; changed values (a new
 * income statement) make a new signal the village sees.
 */
public final class Signals {

    private Signals() {
    }

    public static ClueSignal of(HouseholdData h, Finding f, LocalDate on, String runLabel) {
        return of(h.id(), h.regionCode(), f, on, runLabel);
    }

    static ClueSignal of(long householdId, String regionCode, Finding f, LocalDate on, String runLabel) {
        boolean fromFact = f.factId() != null;
        Map<String, Object> values = new LinkedHashMap<>(f.evidence());
        String dedup = "rule:" + f.ruleCode() + ":v" + f.ruleVersion() + ":h" + householdId
                + (fromFact ? ":f" + f.factId() : "") + ":" + hash(String.valueOf(f.evidence()));
        String source = fromFact ? f.factSource() : runLabel + " · 规则 " + f.ruleCode();
        String ref = fromFact ? f.factRef() : null;
        return new ClueSignal(regionCode, householdId, null, null, fromFact ? Channel.DEPARTMENT : Channel.SCREENING_RUN,
                source, ref, f.ruleCode(), f.reason(), values, on, dedup);
    }

    /** One digest per thread: looking the algorithm up for each of a run's tens of thousands of signals showed. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String hash(String text) {
        byte[] d = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }
}
