/**
 * Risk discovery: the rules of the profile in force evaluated over households (batch runs and one household at a
 * time), department facts, and the clue inbox where every channel's signals about a household meet and are decided.
 */
package org.shouwang.screening;
