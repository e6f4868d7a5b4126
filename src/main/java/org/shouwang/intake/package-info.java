/**
 * Data coming in: household and income files imported as resumable jobs with an error report for every row not
 * stored, and 农户自主申报 from the public page behind each village's and household's QR code (一户一码).
 */
package org.shouwang.intake;
