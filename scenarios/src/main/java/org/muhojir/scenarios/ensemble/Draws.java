package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.ParameterDraws;
import org.muhojir.core.calibration.ParameterUncertainty;
import org.muhojir.core.scenario.Scenario;

/**
 * Draws of parameters for an uncertainty ensemble: read from a file, or drawn from a multivariate normal
 * distribution given by its mean and covariance (the calibration's estimate and its uncertainty), keeping only draws
 * within every parameter's bounds (a normal truncated to the bounds, by rejection: core's {@link ParameterDraws},
 * draw k being the one replication k of {@code run --parameter-draws} would make around the same mean).
 *
 * <p>Files are CSV, UTF-8, with a header row of parameter names ({@link Factors}). A draws file has one draw a row.
 * A normal distribution's file has the columns {@code parameter,mean,NAME1,...,NAMEk}: one row per parameter, in the
 * order of the header's names, with its mean and its row of the covariance matrix.
 *
 * @param names  the parameters' names
 * @param values the draws, each a value per parameter
 */
public record Draws(List<String> names, double[][] values) {
    /** A problem with a draws or distribution file, with its place. */
    public static final class FileProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FileProblem(Path file, int line, String message) {
            super(file + (line > 0 ? ":" + line : "") + ": " + message);
        }
    }

    /** The first column of the {@code draws.csv} that {@code muhojir uncertainty} writes: the draw's number. */
    static final String DRAW_COLUMN = "draw";

    /**
     * Reads a file of draws; a first column named {@value #DRAW_COLUMN} (as in the {@code draws.csv} an uncertainty
     * run writes) is skipped, so a run's draws can be given to another run.
     */
    public static Draws read(Path file) throws FileProblem {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, and with {@code base} (null: unchecked), every name in the header one of its parameters
     * and every value within its parameter's bounds.
     *
     * @throws FileProblem with the line of the problem
     */
    public static Draws read(Path file, Scenario base) throws FileProblem {
        List<Row> rows = rows(file);
        String[] header = rows.get(0).cells();
        int from = header.length > 1 && header[0].equals(DRAW_COLUMN) ? 1 : 0;
        List<String> names = List.of(header).subList(from, header.length);
        for (int i = 0; i < names.size(); i++) {
            if (names.subList(0, i).contains(names.get(i))) {
                throw new FileProblem(file, rows.get(0).line(), "the header names '" + names.get(i) + "' twice");
            }
        }
        List<FreeParameter> factors = base == null ? null : factors(file, base, names);
        double[][] values = new double[rows.size() - 1][];
        for (int r = 1; r < rows.size(); r++) {
            values[r - 1] = numbers(file, rows.get(r), from, header.length);
            if (factors != null) {
                checkBounds(file, rows.get(r), values[r - 1], factors);
            }
        }
        if (values.length == 0) {
            throw new FileProblem(file, 0, "no draws after the header row");
        }
        return new Draws(names, values);
    }

    /** Refuses a draw with a value outside its parameter's bounds, naming the draw's line. */
    private static void checkBounds(Path file, Row row, double[] draw, List<FreeParameter> factors)
            throws FileProblem {
        for (int i = 0; i < factors.size(); i++) {
            String outside = Ensemble.outsideBounds(factors.get(i), draw[i]);
            if (outside != null) {
                throw new FileProblem(file, row.line(), outside);
            }
        }
    }

    /** {@code base}'s parameters named in {@code file}'s header. */
    private static List<FreeParameter> factors(Path file, Scenario base, List<String> names) throws FileProblem {
        try {
            return Factors.named(base, names);
        } catch (IllegalArgumentException e) {
            throw new FileProblem(file, 1, e.getMessage());
        }
    }

    /**
     * Draws {@code count} parameter vectors from the normal distribution of {@code file}, truncated to the
     * parameters' bounds, with a generator seeded by {@code seed}.
     *
     * @param base the scenario whose parameters ({@link Factors}) the file names
     */
    public static Draws normal(Path file, Scenario base, int count, long seed) throws FileProblem {
        List<Row> rows = rows(file);
        String[] header = rows.get(0).cells();
        if (header.length < 3 || !header[0].equals("parameter") || !header[1].equals("mean")) {
            throw new FileProblem(file, 1, "the header must be parameter,mean, then the parameters' names");
        }
        List<String> names = List.of(header).subList(2, header.length);
        int k = names.size();
        if (rows.size() != k + 1) {
            throw new FileProblem(file, 0, "expected " + k + " rows after the header (one per parameter), found "
                    + (rows.size() - 1));
        }
        double[] mean = new double[k];
        double[][] cov = new double[k][];
        for (int i = 0; i < k; i++) {
            Row row = rows.get(i + 1);
            if (!row.cells()[0].equals(names.get(i))) {
                throw new FileProblem(file, row.line(), "row " + (i + 1) + " must be parameter '" + names.get(i)
                        + "' (the rows follow the header's order), was '" + row.cells()[0] + "'");
            }
            double[] v = numbers(file, row, 1, k + 2);
            mean[i] = v[0];
            cov[i] = Arrays.copyOfRange(v, 1, k + 1);
        }
        List<FreeParameter> factors = factors(file, base, names);
        ParameterDraws draws;
        try {
            draws = new ParameterDraws(ParameterUncertainty.of(names, mean, cov, file.toString()), factors, seed);
        } catch (IllegalArgumentException e) {
            throw new FileProblem(file, 0, "the covariance matrix must be symmetric and positive semi-definite ("
                    + e.getMessage() + ")");
        }
        double[][] out = new double[count][];
        for (int d = 0; d < count; d++) {
            try {
                out[d] = draws.values(mean, d);
            } catch (IllegalArgumentException e) {
                throw new FileProblem(file, 0, e.getMessage() + "; check the mean and covariance");
            }
        }
        return new Draws(names, out);
    }

    /** A non-blank line of a CSV file: its number (from 1) and its cells. */
    private record Row(int line, String[] cells) {
    }

    /** The file's non-blank lines, split into cells. */
    private static List<Row> rows(Path file) throws FileProblem {
        List<String> lines = lines(file);
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1)); // a byte order mark, as spreadsheets write UTF-8 CSV
        }
        for (int i = 0; i < lines.size(); i++) {
            String header = lines.get(i); // the first line that is not blank
            if (!header.isBlank()) {
                if (header.contains(";") && !header.contains(",")) {
                    throw new FileProblem(file, i + 1, "the cells are separated by ';', as spreadsheets write CSV "
                            + "where a comma is the decimal mark: save the file with commas between cells and points "
                            + "in numbers (0.25)");
                }
                break;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                rows.add(new Row(i + 1, Arrays.stream(l.strip().split(",", -1)).map(String::strip)
                        .toArray(String[]::new)));
            }
        }
        if (rows.isEmpty()) {
            throw new FileProblem(file, 0, "the file is empty; it needs a header row of parameter names");
        }
        return rows;
    }

    /** The file's lines, or why they cannot be read, in words (not the system's exception). */
    private static List<String> lines(Path file) throws FileProblem {
        if (Files.isDirectory(file)) {
            throw new FileProblem(file, 0, "is a folder, not a CSV file; name a .csv file");
        }
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new FileProblem(file, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new FileProblem(file, 0, "not allowed to read it (check its permissions)");
        } catch (CharacterCodingException e) {
            throw new FileProblem(file, 0, "not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new FileProblem(file, 0, "cannot read it (" + e.getMessage() + ")");
        }
    }

    private static double[] numbers(Path file, Row r, int from, int to) throws FileProblem {
        String[] row = r.cells();
        int line = r.line();
        if (row.length != to) {
            throw new FileProblem(file, line, "expected " + to + " cells, found " + row.length);
        }
        double[] v = new double[to - from];
        for (int i = from; i < to; i++) {
            try {
                v[i - from] = Double.parseDouble(row[i]);
            } catch (NumberFormatException e) {
                throw new FileProblem(file, line, "cell " + (i + 1) + " is not a number: '" + row[i] + "'");
            }
            if (!Double.isFinite(v[i - from])) {
                throw new FileProblem(file, line, "cell " + (i + 1) + " is not finite");
            }
        }
        return v;
    }
}
