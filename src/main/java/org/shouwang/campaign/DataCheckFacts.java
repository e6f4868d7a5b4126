package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.registry.SchoolStage;

/**
 * What the data checks read about one household after the form's corrections.
 *
 * @param windowPerCapita    人均纯收入 of the statement covering the campaign's income window; null when there is none
 * @param lastIncomeEnd      the end of the latest income statement or registration, null when there is none
 * @param incomeEveryMonths  how often the profile wants this household's income registered; null when not followed
 */
record DataCheckFacts(LocalDate today, HouseholdType type, MonitoringCategory category, MonitoringStatus status,
        BigDecimal threshold, BigDecimal windowPerCapita, List<Person> members, List<String> risks,
        LocalDate lastIncomeEnd, Integer incomeEveryMonths) {

    record Person(String name, LocalDate birthDate, Set<Health> health, SchoolStage schoolStage,
            LabourCapacity labour, String workPlace, Integer workMonths) {

        boolean works() {
            return workPlace != null && !workPlace.isBlank() && workMonths != null && workMonths > 0;
        }
    }
}
