package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.cli.Cli;

/**
 * The report opens in a real browser (headless Chromium) without script errors and draws every chart. Skipped, with
 * a message, only where Chromium is not installed; CI installs it (apt-get install -y chromium).
 */
class ReportInBrowserTest {
    @TempDir
    Path dir;

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private String dom(Path browser, Path page) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), name + " not set: the charts' script did not run to its end");
        return Integer.parseInt(m.group(1));
    }

    private String opensAndShowsItsCharts(String months, String... args) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "Chromium is not installed, so the report is not opened in a browser "
                + "(install it with: apt-get install -y chromium)");
        Path out = dir.resolve("report");
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString(), "--sample", "0.002",
                "--months", months, "--replications", "2", "--quiet")).toArray(String[]::new);
        Cli r = Cli.run(all);
        assertEquals(0, r.code(), r.toString());
        String dom = opensWithEveryChartDrawn(browser.get(), out.resolve("report.html"), 8);
        assertTrue(dom.contains("Headline outcomes"));
        return dom;
    }

    /** The page's DOM once its script has run, after checking it has no errors and drew its charts (at least n). */
    private String opensWithEveryChartDrawn(Path browser, Path page, int atLeast) throws Exception {
        String html = Files.readString(page);
        assertFalse(html.contains("<script src") || html.contains("<link "), "self-contained: nothing to fetch");
        String dom = dom(browser, page);
        Matcher bodyTag = Pattern.compile("<body[^>]*>").matcher(dom);
        assertTrue(bodyTag.find(), "no body in the page");
        String body = bodyTag.group();
        assertFalse(body.contains("data-report-errors"), "script errors: " + body);
        int expected = attribute(body, "data-charts-expected");
        assertTrue(expected >= atLeast, page.getFileName() + " has at least " + atLeast + " charts, had " + expected);
        assertEquals(expected, attribute(body, "data-charts-rendered"), "every chart drew its lines");
        long svgs = Pattern.compile("<svg").matcher(dom).results().count();
        assertTrue(svgs >= expected, "one SVG per chart at least, found " + svgs);
        return dom;
    }

    /**
     * The history's page (2010 to 2014): a chart a moment, each an SVG, the held-out years shaded with their label
     * and the observed figures drawn.
     */
    @Test
    void theHistoryPageOpensWithoutErrorsAndDrawsAChartAMoment() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "Chromium is not installed, so the history page is not opened in a browser");
        Path out = dir.resolve("history");
        Cli r = Cli.run("history", "baseline-2010", "--months", "60", "--sample", "0.002", "--replications", "2",
                "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        String dom = opensWithEveryChartDrawn(browser.get(), out.resolve("history-fit.html"), 10);
        assertTrue(dom.contains(">held out: not used<"), "the held-out years are labelled in the charts");
        assertTrue(dom.contains("Every calibration figure") && dom.contains("Figures no moment measures"));
    }

    @Test
    void theRunReportOpensWithoutErrorsAndDrawsItsCharts() throws Exception {
        opensAndShowsItsCharts("15", "run", "baseline");
    }

    /**
     * Cheaper transfers from January 2024 put more of each remittance in households' hands: the summary says by how
     * much in words (in dollars only: the somoni's rate does not move, so in somoni would say it again), and the
     * table colours that rise green (better), not merely "higher".
     */
    @Test
    void theComparisonReportOpensWithoutErrorsAndDrawsItsCharts() throws Exception {
        String dom = opensAndShowsItsCharts("24", "compare", "baseline", "cheaper-transfers");
        Matcher summary = Pattern.compile("In 2024 remittances received in dollars are ([0-9.]+)% higher \\(([0-9.]+) to "
                + "([0-9.]+)%\\), the poverty headcount is ")
                .matcher(dom);
        assertTrue(summary.find(), "the summary in words: " + dom.substring(dom.indexOf("In brief"),
                dom.indexOf("In brief") + 600));
        double mean = Double.parseDouble(summary.group(1));
        // fees fall from about 2% (3% on some corridors) to 1%: received remittances rise by about 1 to 2%
        assertTrue(mean > 0.5 && mean < 2.5, "remittances received up by " + mean + "%");
        assertTrue(Double.parseDouble(summary.group(2)) <= mean && mean <= Double.parseDouble(summary.group(3)));
        Matcher remittances = Pattern.compile("<td>Remittances received \\(after fees\\)</td>(.*?)</tr>")
                .matcher(dom);
        assertTrue(remittances.find());
        assertTrue(remittances.group(1).contains("class=\"diff better\""), "more remittances are better, coloured "
                + "so: " + remittances.group(1));
        assertTrue(dom.contains("when better for households and migrants"), "the legend explains the colours");
        assertTrue(dom.contains("percentage points"), "differences of shares are in percentage points");
    }
}
