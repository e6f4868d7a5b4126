/** Reporting: read models only (我的待办, deadline-compliance dashboards); it reads other modules' tables by SQL and never writes them. */
package org.shouwang.reporting;
