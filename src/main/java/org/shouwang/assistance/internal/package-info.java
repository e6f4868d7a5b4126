/** Storage, input checks and the plain-Java rules of assistance (contact persons, plans, measures). */
package org.shouwang.assistance.internal;
