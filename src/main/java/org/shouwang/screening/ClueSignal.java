package org.shouwang.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One report that a household may be at risk, from any channel. Signals about the same household are merged into one
 * open clue; a signal whose {@code dedupKey} was seen before is ignored, which is what makes re-sending a feed or
 * re-running a screening create nothing new.
 *
 * @param regionCode  the village the signal concerns (for a self-declaration not matched to a household, the
 *                    village of the QR code)
 * @param householdId the household, when the signal could be matched to one
 * @param subjectName the person named, for signals that could not be matched (shown to the village, never public)
 * @param subjectIdNumber the 18-digit ID number named, when known
 * @param source      human-readable origin in Chinese, e.g. "医保局 · 2026年10月住院.xlsx · 第12行"
 * @param sourceRef   stable machine reference to the origin, e.g. "feed-row:123", "declaration:7F3K9Q", "visit:55";
 *                    it is handed back in {@link ClueDecided} so the channel can tell its sender the outcome
 * @param ruleCode    the policy rule that fired, if any
 * @param reason      the explanation in Chinese that the village will read
 * @param values      the values the rule saw (amounts, ratios, thresholds), shown beside the reason
 * @param dedupKey    unique per distinct signal
 */
public record ClueSignal(String regionCode, Long householdId, String subjectName, String subjectIdNumber,
        Channel channel, String source, String sourceRef, String ruleCode, String reason, Map<String, Object> values,
        LocalDate raisedOn, String dedupKey) {

    public ClueSignal {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(dedupKey, "dedupKey");
        // in the order the rule lists them, which is the order the village reads them in
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
