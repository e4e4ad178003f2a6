package org.muhojir.scenarios.responses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.outcome.Metric;

/**
 * Reads expectations from text, one a line, columns separated by {@code |}:
 * {@code name | metric | group | year | scale | expected | reason | source}; blank lines and lines starting with
 * {@code #} are skipped. The standard battery is the resource {@code expectations.txt} beside this class, whose
 * header explains each column (and docs/responses.md).
 */
public final class ExpectationsFile {
    /** The resource holding the standard battery. */
    public static final String STANDARD = "expectations.txt";
    private static final int COLUMNS = 8;

    private ExpectationsFile() {
    }

    /** The standard battery. */
    public static List<Expectation> standard() {
        try (InputStream in = ExpectationsFile.class.getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD + " is missing from the class path");
            }
            return parse(STANDARD, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses {@code lines}.
     *
     * @param source what the lines come from, for messages
     * @throws IllegalArgumentException naming the source and line of the first malformed expectation
     */
    public static List<Expectation> parse(String source, List<String> lines) {
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                expectations.add(expectation(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return expectations;
    }

    private static Expectation expectation(String line) {
        String[] c = line.split("\\|", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns separated by |, found " + c.length);
        }
        for (int k = 0; k < c.length; k++) {
            c[k] = c[k].strip();
        }
        String name = c[0];
        int slash = name.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("a name is policy/what, was '" + name + "'");
        }
        Outcome outcome = new Outcome(Metric.byTidyName(c[1]), c[2], year(c[3]), scale(c[4]));
        return new Expectation(name, Policies.named(name.substring(0, slash)), outcome, expected(c[5]), c[6], c[7]);
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a year is a whole number such as 2024, was '" + text + "'");
        }
    }

    private static Outcome.Scale scale(String text) {
        return switch (text) {
            case "difference" -> Outcome.Scale.DIFFERENCE;
            case "relative" -> Outcome.Scale.RELATIVE;
            case "at-baseline-persons" -> Outcome.Scale.AT_BASELINE_PERSONS;
            default -> throw new IllegalArgumentException("a scale is difference, relative or at-baseline-persons, "
                    + "was '" + text + "'");
        };
    }

    private static Expected expected(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "up":
                return Expected.up();
            case "down":
                return Expected.down();
            default:
                String[] bounds = text.split(" to ");
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("expected is up, down or 'LOW to HIGH', was '" + text + "'");
                }
                try {
                    return Expected.between(Double.parseDouble(bounds[0]), Double.parseDouble(bounds[1]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("a range's bounds are numbers, was '" + text + "'");
                }
        }
    }
}
