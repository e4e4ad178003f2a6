package org.muhojir.core.calibration;

/**
 * A moment in a given calendar year: an outcome of a sensitivity screening.
 *
 * @param moment the moment
 * @param year   the calendar year (simulated in full)
 */
public record YearMoment(Moment moment, int year) {
    /**
     * @throws IllegalArgumentException if the moment is null
     */
    public YearMoment {
        if (moment == null) {
            throw new IllegalArgumentException("a moment is required");
        }
    }

    /** The moment's name and year, for example {@code remittances_received_usd_2024}. */
    public String label() {
        return moment.name() + "_" + year;
    }
}
