/** Yearly collective screening campaigns (集中排查): scope, phases, assignments, screening forms, progress and the problem ledger. */
package org.shouwang.campaign;
