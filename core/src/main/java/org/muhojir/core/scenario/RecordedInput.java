package org.muhojir.core.scenario;

/** A recorded input series of {@code data/exogenous-inputs.json}, as a report names where a value comes from. */
public interface RecordedInput {
    /** The series' key in {@code data/exogenous-inputs.json} (cited as {@code data:KEY}). */
    String key();

    /** The first year the series has a value for. */
    int firstYear();

    /** The last year the series has a value for. */
    int lastYear();

    /**
     * What the data says of the value of {@code period} ("2013", or "2024-01") beyond its sources, as it says it (for
     * example "IMF estimate (unconfirmed vs national data)" or "from memory, unconfirmed"); an empty string if nothing.
     */
    String flag(String period);
}
