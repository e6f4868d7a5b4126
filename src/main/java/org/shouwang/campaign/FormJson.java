package org.shouwang.campaign;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON columns of campaign_form back. */
final class FormJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormJson() {
    }

    /** The stored answers with the form's current version, so a re-submission from them is not stale. */
    static FormInput input(String data, int version) {
        FormInput f = JSON.readValue(data, FormInput.class);
        return new FormInput(version, f.visitMode(), f.members(), f.income(), f.guaranteeGaps(), f.risks(), f.difficulties(),
                f.declared(), f.departmentWarned(), f.incomeFall(), f.lookBack(), f.override());
    }

    static List<FormReason> reasons(String json) {
        return JSON.readValue(json, new TypeReference<List<FormReason>>() { });
    }

    static List<FormCheck> checks(String json) {
        return JSON.readValue(json, new TypeReference<List<FormCheck>>() { });
    }
}
