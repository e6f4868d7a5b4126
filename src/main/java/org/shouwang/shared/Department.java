package org.shouwang.shared;

/** The departments that send early-warning data (DOMAIN.md section 0, [004]); OTHER takes any further one. */
public enum Department implements Labelled {
    MEDICAL_INSURANCE("医保"),
    EDUCATION("教育"),
    HOUSING("住建"),
    WATER("农水"),
    AGRICULTURE("农业农村"),
    CIVIL_AFFAIRS("民政"),
    DISABLED_FEDERATION("残联"),
    HUMAN_RESOURCES("人社"),
    PETITION("信访"),
    OTHER("其他");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
