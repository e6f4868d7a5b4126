/**
 * Users, their one role and region scope, login with lockout, and the audit of sensitive reads.
 */
package org.shouwang.access;
