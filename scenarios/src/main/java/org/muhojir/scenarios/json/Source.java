package org.muhojir.scenarios.json;

/**
 * Where a value of a scenario comes from: a file (as the user named it), a line and a column (both from 1), or a
 * built-in origin such as the core model's defaults (then line and column are 0).
 *
 * @param file   the file as shown to the user, or a description of a built-in origin
 * @param line   line from 1, or 0 for a built-in origin
 * @param column column from 1, or 0 for a built-in origin
 * @param path   the JSON path of the value in its file (or in the built-in tree), such as {@code $.shocks[0]}
 */
public record Source(String file, int line, int column, String path) {
    /** What {@link #file} says for values from the core model's documented defaults. */
    public static final String CORE_DEFAULTS = "the core model's defaults";

    /** A value at {@code path} of a built-in origin such as the core defaults. */
    public static Source builtIn(String origin, String path) {
        return new Source(origin, 0, 0, path);
    }

    /** Whether this is a position in a file. */
    public boolean inFile() {
        return line > 0;
    }

    @Override
    public String toString() {
        return inFile() ? file + ":" + line + ":" + column : file;
    }
}
