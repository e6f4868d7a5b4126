/**
 * Data coming in: household and income files imported as resumable jobs, and department early-warning feeds (file or
 * API push) matched to members as facts; every row not stored comes back in an error report.
 */
package org.shouwang.intake;
