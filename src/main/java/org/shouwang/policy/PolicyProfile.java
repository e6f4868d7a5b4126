package org.shouwang.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The policy in force for one region on one date: the profiles of the region and the regions above it that are in
 * force that day, merged from the top (national) down, a lower profile's value replacing a higher one's.
 *
 * @param chain      the contributing profiles, top first
 * @param parameters the merged parameters
 * @param origins    for each parameter (top-level name, or name.key for maps) the profile that set it
 * @param rules      the published rules in force, merged by code (a lower profile's rule replaces or switches off
 *                   the higher one's)
 */
public record PolicyProfile(String regionCode, LocalDate date, List<ProfileRef> chain, ProfileParameters parameters,
        Map<String, String> origins, List<PolicyRule> rules) {

    public record ProfileRef(long id, String regionCode, String name, LocalDate effectiveFrom, LocalDate effectiveTo,
            String sourceDoc) {
    }

    /** The threshold in force, or null when no profile in the chain states one (screening refuses then). */
    public BigDecimal threshold() {
        return parameters.threshold() == null ? null : parameters.threshold().amount();
    }

    public String label(String key, String fallback) {
        Map<String, String> labels = parameters.labels();
        return labels == null ? fallback : labels.getOrDefault(key, fallback);
    }

    /** The window of income that counts on {@link #date()}: fixed dates, else the rolling months before it (12). */
    public LocalDate[] incomeWindow() {
        var w = parameters.incomeWindow();
        if (w != null && w.from() != null && w.to() != null) {
            return new LocalDate[] {w.from(), w.to()};
        }
        int months = w != null && w.rollingMonths() != null ? w.rollingMonths() : 12;
        LocalDate end = date.withDayOfMonth(1).minusDays(1);
        return new LocalDate[] {end.plusDays(1).minusMonths(months), end};
    }

    /** A step deadline; {@code fallback} when no profile states one. */
    public ProfileParameters.Deadline step(String code, ProfileParameters.Deadline fallback) {
        var steps = parameters.steps();
        ProfileParameters.Deadline d = steps == null ? null : steps.get(code);
        return d == null || d.days() == null ? fallback : d;
    }
}
