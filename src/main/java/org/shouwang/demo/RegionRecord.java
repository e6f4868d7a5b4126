package org.shouwang.demo;

/** A region of the demo county: 12-digit 统计用区划代码, level 1 省 … 5 村, parent code (null for the province). */
public record RegionRecord(String code, String name, int level, String parentCode) {
}
