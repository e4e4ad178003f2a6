package org.muhojir.core.calibration;

/**
 * Where a figure sits in the project's copy of the input data ({@code data/}): the file, the JSON pointer of the
 * value (RFC 6901, for example {@code /series/remittances_usd_wdi/values/2017}) and the factor that turns the file's
 * number into the moment's unit (1e6 for US dollar millions, 0.01 for per cent). A test reads each cell from the
 * file and compares it with the catalogue's value.
 *
 * @param file    the file's name in {@code data/}, for example {@code calibration-years.json}
 * @param pointer the JSON pointer of the value in that file
 * @param scale   the moment's value is the file's number times this (1 when the value is text)
 */
public record DataCell(String file, String pointer, double scale) {
    /** The file of calibration-year figures. */
    public static final String CALIBRATION_YEARS_FILE = "calibration-years.json";
    /** The file of inputs and targets. */
    public static final String TAJIKISTAN_FILE = "tajikistan-calibration.json";

    /**
     * @throws IllegalArgumentException if the file or the pointer is null, the pointer is not under {@code /series/},
     *                                  or the scale is not more than 0
     */
    public DataCell {
        if (file == null || pointer == null || !pointer.startsWith("/series/")) {
            throw new IllegalArgumentException("a data cell needs a file and a pointer under /series/, was "
                    + file + " " + pointer);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("a data cell's scale must be more than 0, was " + scale);
        }
    }

    /** The series key the pointer names, for example {@code remittances_usd_wdi}. */
    public String seriesKey() {
        return pointer.split("/")[2];
    }

    /** {@code file#pointer}, for tables. */
    @Override
    public String toString() {
        return file + "#" + pointer;
    }
}
