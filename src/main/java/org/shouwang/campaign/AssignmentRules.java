package org.shouwang.campaign;

/**
 * Plan 003's rule for who screens a household, in order: 脱贫户 and monitored households go to their contact person
 * (who knows them best); households with a declared, department-warned or petition clue still open, or flagged by
 * the latest screening run, go to the work team; the rest to the village's cadres and grid workers.
 * The campaign start applies the same rule set-based in SQL ({@code CampaignStart}); this is its statement.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /**
     * @param householdType    POVERTY_ALLEVIATED or ORDINARY
     * @param monitoringStatus the household's monitoring status code
     * @param channelClue      an open clue from SELF_DECLARATION, DEPARTMENT or PETITION
     * @param flaggedByRun     flagged in the latest screening run of the scope
     */
    public static AssignRule ruleFor(String householdType, String monitoringStatus, boolean channelClue,
            boolean flaggedByRun) {
        if ("POVERTY_ALLEVIATED".equals(householdType)
                || (monitoringStatus != null && !"NOT_MONITORED".equals(monitoringStatus))) {
            return AssignRule.CONTACT_PERSON;
        }
        if (channelClue || flaggedByRun) {
            return AssignRule.WORK_TEAM;
        }
        return AssignRule.VILLAGE;
    }
}
