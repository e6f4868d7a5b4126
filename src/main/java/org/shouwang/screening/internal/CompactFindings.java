package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.screening.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings as a run stores them: the texts of each rule the run used once per run ({@link Catalogue}, in
 * {@code screening_run.rules}), and per household only which rules fired, the values they saw and the fact behind a
 * department rule — {@code [[rule, [values…], factId, factSource, factRef], …]}. Storing every finding with its
 * Chinese name, description, clause and labels made the result rows ten times larger and was most of the cost of
 * storing a county's results. Runs stored before (no catalogue) keep their full findings and are read as they were.
 */
public final class CompactFindings {

    /** The rule texts a finding carries, the same for every household the rule flags. */
    public record RuleText(String code, int version, String name, String description, String clause, List<String> labels) {
    }

    /** The rules of one run, numbered as they first fire. Thread-safe: the parts of a batch add to it together. */
    static final class Catalogue {
        private final Map<RuleText, Integer> index = new HashMap<>();
        private final List<RuleText> texts = new ArrayList<>();
        private int written;

        int indexOf(Finding f) {
            return indexOf(new RuleText(f.ruleCode(), f.ruleVersion(), f.ruleName(), f.description(), f.clause(),
                    List.copyOf(f.evidence().keySet())));
        }

        synchronized int indexOf(RuleText t) {
            return index.computeIfAbsent(t, k -> {
                texts.add(k);
                return texts.size() - 1;
            });
        }

        /** The catalogue as JSON when rules were added since the last call, else null. */
        synchronized String changed(JsonMapper json) {
            if (texts.size() == written) {
                return null;
            }
            written = texts.size();
            return json.writeValueAsString(texts);
        }
    }

    private CompactFindings() {
    }

    /**
     * One household's findings, compact. Written by hand rather than through a list of lists for Jackson: a run
     * encodes tens of thousands of these, and the values are nearly always numbers and short strings.
     */
    static String encode(List<Finding> findings, Catalogue catalogue, JsonMapper json) {
        StringBuilder b = new StringBuilder(64 * findings.size() + 2).append('[');
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            b.append(i == 0 ? "[" : ",[").append(catalogue.indexOf(f)).append(",[");
            int n = 0;
            for (Object v : f.evidence().values()) {
                JsonText.value(v, b.append(n++ == 0 ? "" : ","), json);
            }
            b.append(']');
            if (f.factId() != null) {
                b.append(',').append(f.factId()).append(',');
                JsonText.value(f.factSource(), b, json);
                b.append(',');
                JsonText.value(f.factRef(), b, json);
            }
            b.append(']');
        }
        return b.append(']').toString();
    }

    /** Reads a run's catalogue; null (a run stored before catalogues) means its results hold full findings. */
    public static List<RuleText> catalogue(String rulesJson, JsonMapper json) {
        if (rulesJson == null) {
            return null;
        }
        return List.of(json.readValue(rulesJson, RuleText[].class));
    }

    /** The findings of one stored result, full again. */
    public static List<Finding> decode(String stored, List<RuleText> catalogue, JsonMapper json) {
        if (catalogue == null) {
            return List.of(json.readValue(stored, Finding[].class));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode row : json.readTree(stored)) {
            RuleText t = catalogue.get(row.get(0).asInt());
            Map<String, Object> evidence = new LinkedHashMap<>();
            JsonNode values = row.get(1);
            for (int i = 0; i < t.labels().size(); i++) {
                evidence.put(t.labels().get(i), json.treeToValue(values.get(i), Object.class));
            }
            boolean fromFact = row.size() > 2;
            findings.add(new Finding(t.code(), t.version(), t.name(), t.description(), t.clause(), evidence,
                    fromFact ? row.get(2).asLong() : null, fromFact ? text(row.get(3)) : null,
                    fromFact ? text(row.get(4)) : null));
        }
        return findings;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
