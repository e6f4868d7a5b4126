/**
 * 集中排查: the yearly collective screening campaign — scope, phases, 包片 and screeners, the 排查表 per household,
 * progress, summary — and the 问题台账 of problems found by campaigns, cross-checks and inspections.
 */
package org.shouwang.campaign;
