/** 集中排查: the yearly collective screening campaign, its phases, 包片 and screeners, progress, forms and summary. */
package org.shouwang.campaign;
