package org.shouwang.assistance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.shared.Labelled;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which measure categories answer which risk type (风险类型 → 可对应的帮扶措施类别), for the check "every risk has a
 * matching measure" (issue 4, point 6). The defaults ship as data in {@code assistance/measure-matches.json}; a county
 * changes one row through its policy profile's labels, key {@code measureMatch.<RISK_TYPE>}, value the category codes
 * or Chinese names separated by commas or 、 (e.g. {@code measureMatch.ILLNESS = HEALTH,SOCIAL_PROTECTION,SOCIAL}).
 */
public final class MeasureMatches {

    public static final String LABEL_PREFIX = "measureMatch.";
    private static final Map<String, Set<MeasureCategory>> DEFAULTS = load();

    private final Map<String, Set<MeasureCategory>> table;

    private MeasureMatches(Map<String, Set<MeasureCategory>> table) {
        this.table = table;
    }

    /** The shipped table with the profile's overrides; entries that name no known category are left at the default. */
    public static MeasureMatches withOverrides(Map<String, String> labels) {
        Map<String, Set<MeasureCategory>> t = new LinkedHashMap<>(DEFAULTS);
        if (labels != null) {
            labels.forEach((key, value) -> {
                if (key.startsWith(LABEL_PREFIX) && value != null) {
                    Set<MeasureCategory> parsed = parse(value);
                    if (!parsed.isEmpty()) {
                        t.put(key.substring(LABEL_PREFIX.length()), parsed);
                    }
                }
            });
        }
        return new MeasureMatches(t);
    }

    public static MeasureMatches defaults() {
        return new MeasureMatches(DEFAULTS);
    }

    /** The acceptable categories for a risk type, empty when the table has no row for it. */
    public Optional<Set<MeasureCategory>> acceptable(String riskType) {
        return Optional.ofNullable(table.get(riskType)).map(Collections::unmodifiableSet);
    }

    static Set<MeasureCategory> parse(String text) {
        Set<MeasureCategory> out = EnumSet.noneOf(MeasureCategory.class);
        for (String token : text.split("[,，、\\s]+")) {
            Labelled.fromLabel(MeasureCategory.class, token).ifPresent(out::add);
        }
        return out;
    }

    private static Map<String, Set<MeasureCategory>> load() {
        try (InputStream in = MeasureMatches.class.getResourceAsStream("/assistance/measure-matches.json")) {
            Map<String, List<String>> raw = JsonMapper.builder().build().readValue(in,
                    new TypeReference<LinkedHashMap<String, List<String>>>() { });
            Map<String, Set<MeasureCategory>> out = new LinkedHashMap<>();
            raw.forEach((risk, codes) -> {
                Set<MeasureCategory> s = EnumSet.noneOf(MeasureCategory.class);
                codes.forEach(c -> s.add(MeasureCategory.valueOf(c)));
                out.put(risk, s);
            });
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> labels(Set<MeasureCategory> categories) {
        return Arrays.stream(MeasureCategory.values()).filter(categories::contains).map(MeasureCategory::label).toList();
    }
}
