/**
 * Assistance to monitored households: contact persons, plans, measures and the visits (走访) that follow them up.
 */
package org.shouwang.assistance;
