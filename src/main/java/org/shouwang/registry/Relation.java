package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 与户主关系 (DOMAIN.md 3.7). Exactly one 户主 and at most one 配偶 per household. */
public enum Relation implements Labelled {
    HEAD("户主"),
    SPOUSE("配偶"),
    SON("之子"),
    DAUGHTER("之女"),
    DAUGHTER_IN_LAW("之儿媳"),
    SON_IN_LAW("之女婿"),
    GRANDCHILD("之孙子女"),
    MATERNAL_GRANDCHILD("之外孙子女"),
    GREAT_GRANDCHILD("之曾孙子女"),
    PARENT("之父母"),
    PARENT_IN_LAW("之岳父母或公婆"),
    GRANDPARENT("之祖父母或外祖父母"),
    SIBLING("之兄弟姐妹"),
    SIBLING_IN_LAW("之兄弟媳妇"),
    NEPHEW_NIECE("之侄儿女"),
    UNCLE("之叔伯"),
    OTHER("其他");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
