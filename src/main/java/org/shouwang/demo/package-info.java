/**
 * The synthetic 守望县 (code 341599): a deterministic generator of regions, households, members and income
 * statements in the documented import file formats, for the demo profile, tests and benchmarks.
 * Nothing here is real data; every person, ID number and phone number is invented from a seed.
 */
package org.shouwang.demo;
