package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 残疾类别 1-7 as on the 残疾人证 (DOMAIN.md 3.7); grade 1 is the most severe. */
public enum DisabilityCategory implements Labelled {
    VISUAL("视力残疾"),
    HEARING("听力残疾"),
    SPEECH("言语残疾"),
    PHYSICAL("肢体残疾"),
    INTELLECTUAL("智力残疾"),
    MENTAL("精神残疾"),
    MULTIPLE("多重残疾");

    private final String label;

    DisabilityCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
