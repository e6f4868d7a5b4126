package org.shouwang.shared;


/** 性别, derived from the ID number's sequence digit (odd male, even female). */
public enum Sex implements Labelled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
