package org.shouwang.policy.rules;

/** One field of the household view that rules read: its name, its CEL type as written in docs, and what it means. */
public record ViewField(String name, String type, String label) {
}
