package org.muhojir.core.calibration;

/**
 * A figure of the calibration years that no moment of the model measures (an event count, an input, another
 * concept): listed with its reason so that the fit table shows it rather than dropping it.
 *
 * @param id          short identifier, unique in the catalogue, for example {@code patents_jan_sep_2019}
 * @param year        the calendar year of the figure (a calibration year)
 * @param description what the figure is, with its value and unit as the file gives them
 * @param data        where the figure sits in {@code data/} (scale 1: the file's own number or text)
 * @param value       the figure as the file gives it, in its own unit (a number, then the unit if the series mixes
 *                    units), or its text
 * @param reason      why no moment measures it
 */
public record UnmodelledFigure(String id, int year, String description, DataCell data, String value,
                               String reason) {
    /**
     * @throws IllegalArgumentException if the id or reason is blank, or the data cell or value is null
     */
    public UnmodelledFigure {
        if (id == null || id.isBlank() || data == null || value == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unmodelled figure needs an id, a data cell and a reason: " + id);
        }
    }
}
