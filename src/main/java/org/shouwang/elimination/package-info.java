/** Risk elimination (风险消除): eligibility with reasons, the elimination procedure, rollback and removal of households. */
package org.shouwang.elimination;
