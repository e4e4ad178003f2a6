package org.muhojir.core.outcome;

/**
 * One number of a month's outcome in tidy (long) form.
 *
 * @param name  metric name, saying its unit (for example {@code remittances_usd}, {@code poverty_fgt0})
 * @param group what it is for: {@code all}, a destination, a region, {@code national}, {@code urban} or
 *              {@code rural}
 * @param value the value
 */
public record Metric(String name, String group, double value) {
}
