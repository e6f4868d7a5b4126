package org.shouwang.reporting;

/**
 * A compliance figure: {@code numerator} of {@code denominator} met their deadline; {@code pending} clocks are still
 * running and counted in neither; {@code rate} is null when nothing was due.
 */
public record Ratio(int numerator, int denominator, int pending, Double rate) {

    static Ratio of(int numerator, int denominator, int pending) {
        Double rate = denominator == 0 ? null : Math.round(10000.0 * numerator / denominator) / 10000.0;
        return new Ratio(numerator, denominator, pending, rate);
    }
}
