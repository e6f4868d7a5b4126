/**
 * The household ledger (农户台账): regions, groups and grids, households, members, income statements and their history.
 */
package org.shouwang.registry;
