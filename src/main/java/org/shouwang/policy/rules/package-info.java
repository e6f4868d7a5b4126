/**
 * Rules as data: CEL conditions over the documented household view, type-checked when saved and compiled for
 * screening. Plain Java, no Spring.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.shouwang.policy.rules;
