/**
 * Effective-dated policy: the thresholds, day counts, rules and labels officials may change; for now the working-day calendar.
 */
package org.shouwang.policy;
