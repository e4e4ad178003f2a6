package org.muhojir.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.muhojir.core.calibration.CalibrationFigure;
import org.muhojir.core.calibration.DataCell;
import org.muhojir.core.calibration.HistoryTargets;
import org.muhojir.core.calibration.Target;
import org.muhojir.core.calibration.UnmodelledFigure;
import org.muhojir.core.calibration.UnmodelledFigures;

/**
 * The catalogue of the calibration years' figures against the data files, read here with a JSON parser: each
 * target's value is the file's number at its cell (times the cell's unit factor), or quotes the file's text; the
 * figure's year, read from the file, is a calibration year and is the target's year unless the target says which
 * year it uses; every unmodelled figure is the file's figure of its year.
 */
class HistoryCatalogueDataTest {
    private static final Path DATA = Path.of("..", "data");
    private static final Set<Integer> CALIBRATION_YEARS = Set.of(2010, 2011, 2012, 2013, 2017, 2018, 2019, 2023);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Map<String, JsonNode> FILES = new HashMap<>();

    @Test
    void everyTargetIsTheFilesFigure() {
        for (CalibrationFigure f : HistoryTargets.figures()) {
            Target t = f.target();
            JsonNode node = cell(f.data());
            assertFalse(node.isMissingNode(), t.id() + ": no value at " + f.data());
            if (node.isNumber()) {
                double expected = node.asDouble() * f.data().scale();
                // a cell whose factor is not a unit change (a count over a count) is a derived ratio, rounded
                double relative = isPowerOfTen(f.data().scale()) ? 1e-9 : 1e-3;
                assertEquals(expected, t.value(), Math.abs(expected) * relative, t.id() + " against " + f.data());
            } else {
                assertTrue(t.source().contains(node.asText()), t.id() + " should quote '" + node.asText() + "'");
            }
        }
    }

    @Test
    void everyFigureIsOfACalibrationYearAndOfItsTargetsYearOrSaysWhichYearItIs() {
        for (CalibrationFigure f : HistoryTargets.figures()) {
            Target t = f.target();
            OptionalInt dataYear = dataYear(f.data());
            if (dataYear.isEmpty()) {
                assertTrue(t.source().contains("year not stated"), t.id() + ": the file gives no year");
                continue;
            }
            int y = dataYear.getAsInt();
            assertTrue(CALIBRATION_YEARS.contains(y), t.id() + " reads a figure of " + y);
            assertTrue(y == t.year() || t.source().contains(String.valueOf(y)), t.id() + " is a " + y
                    + " figure used for " + t.year() + " without saying so");
        }
    }

    @Test
    void everyUnmodelledFigureIsInTheFilesForItsYear() {
        for (UnmodelledFigure u : UnmodelledFigures.all()) {
            JsonNode node = cell(u.data());
            assertFalse(node.isMissingNode(), u.id() + ": no value at " + u.data());
            if (node.isNumber()) {
                assertEquals(node.asDouble(), Double.parseDouble(u.value().split(" ")[0]), 0, u.id());
            } else {
                assertEquals(node.asText(), u.value(), u.id());
            }
            assertEquals(OptionalInt.of(u.year()), dataYear(u.data()), u.id());
        }
    }

    private static boolean isPowerOfTen(double x) {
        double e = Math.log10(x);
        return Math.abs(e - Math.rint(e)) < 1e-12;
    }

    private static JsonNode cell(DataCell c) {
        return file(c.file()).at(c.pointer());
    }

    /**
     * The year of a cell as the file states it: a key of the pointer that is a year (or starts with one), else the
     * {@code year}, {@code period} or {@code survey_year} of the observation (or series) that holds it.
     */
    private static OptionalInt dataYear(DataCell c) {
        String[] parts = c.pointer().split("/");
        for (int i = parts.length - 1; i > 2; i--) {
            if (parts[i].matches("(19|20)\\d\\d(_.*)?")) {
                return OptionalInt.of(Integer.parseInt(parts[i].substring(0, 4)));
            }
        }
        JsonNode root = file(c.file());
        for (int depth = parts.length - 1; depth >= 3; depth--) {
            String holder = String.join("/", java.util.Arrays.copyOfRange(parts, 0, depth));
            JsonNode h = root.at(holder);
            for (String field : new String[] {"year", "period", "survey_year"}) {
                if (h.has(field)) {
                    Matcher m = YEAR.matcher(h.get(field).asText());
                    return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }

    private static JsonNode file(String name) {
        return FILES.computeIfAbsent(name, n -> {
            try {
                return new ObjectMapper().readTree(DATA.resolve(n).toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + DATA.resolve(n).toAbsolutePath(), e);
            }
        });
    }
}
