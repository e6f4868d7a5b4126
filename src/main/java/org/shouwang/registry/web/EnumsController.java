package org.shouwang.registry.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.Role;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.Education;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MedicalInsurance;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.shared.Department;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.Sex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Codes and Chinese labels of every enumeration, so the UI never hard-codes a label. */
@RestController
class EnumsController {

    record Option(String code, String label) {
    }

    @GetMapping("/api/enums")
    Map<String, List<Option>> enums() {
        Map<String, List<Option>> out = new LinkedHashMap<>();
        out.put("relation", options(Relation.values()));
        out.put("education", options(Education.values()));
        out.put("schoolStage", options(SchoolStage.values()));
        out.put("health", options(Health.values()));
        out.put("disabilityCategory", options(DisabilityCategory.values()));
        out.put("labourCapacity", options(LabourCapacity.values()));
        out.put("medicalInsurance", options(MedicalInsurance.values()));
        out.put("pensionInsurance", options(PensionInsurance.values()));
        out.put("householdType", options(HouseholdType.values()));
        out.put("monitoringCategory", options(MonitoringCategory.values()));
        out.put("monitoringStatus", options(MonitoringStatus.values()));
        out.put("sex", options(Sex.values()));
        out.put("role", options(Role.values()));
        out.put("department", options(Department.values()));
        return out;
    }

    private static List<Option> options(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.label())).toList();
    }
}
