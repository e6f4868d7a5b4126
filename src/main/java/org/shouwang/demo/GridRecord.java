package org.shouwang.demo;

/** A 网格 of a village (at most 100 households) with its grid worker. */
public record GridRecord(String villageCode, String name, String workerName, String workerPhone) {
}
