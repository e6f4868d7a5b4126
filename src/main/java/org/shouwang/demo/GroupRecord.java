package org.shouwang.demo;

/** A 村民小组 of a village, e.g. 第一组. */
public record GroupRecord(String villageCode, String name) {
}
