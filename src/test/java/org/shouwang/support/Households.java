package org.shouwang.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds request bodies for households and members the way the web form sends them. */
public final class Households {

    private Households() {
    }

    public static Map<String, Object> member(String name, String id, String relation) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("idNumber", id);
        m.put("relation", relation);
        m.put("ethnicity", "汉族");
        m.put("education", "JUNIOR");
        m.put("health", List.of("HEALTHY"));
        m.put("labourCapacity", "ORDINARY");
        m.put("medicalInsurance", "RESIDENT");
        m.put("pensionInsurance", "RESIDENT");
        return m;
    }

    public static Map<String, Object> household(String no, String village, List<Map<String, Object>> members) {
        Map<String, Object> h = new HashMap<>();
        h.put("householdNo", no);
        h.put("regionCode", village);
        h.put("householdType", "POVERTY_ALLEVIATED");
        h.put("address", "测试地址1号");
        h.put("phone", "13800001111");
        h.put("relocated", false);
        h.put("members", new ArrayList<>(members));
        return h;
    }

    /** Creates a two-person household (head and spouse) and returns its id. */
    public static long create(ApiClient client, String village, String headName) {
        String no = Ids.householdNo();
        ApiClient.Answer a = client.post("/api/households", household(no, village, List.of(
                member(headName, Ids.unique("1970-03-15", true), "HEAD"),
                member("李梅", Ids.unique("1972-06-20", false), "SPOUSE"))));
        if (a.status() != 201) {
            throw new IllegalStateException("create failed: " + a.body());
        }
        return ((Number) a.read("$.id")).longValue();
    }
}
