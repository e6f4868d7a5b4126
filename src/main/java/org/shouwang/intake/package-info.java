/**
 * Data coming in: household and income files imported as resumable jobs, department early-warning feeds (file or
 * API push) matched to members as facts, and 农户自主申报 from the public page behind each village's and household's
 * QR code (一户一码); every row not stored comes back in an error report.
 */
package org.shouwang.intake;
