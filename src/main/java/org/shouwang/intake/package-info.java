/**
 * Data coming in: household and income files imported as resumable jobs, with an error report for every row not stored.
 */
package org.shouwang.intake;
