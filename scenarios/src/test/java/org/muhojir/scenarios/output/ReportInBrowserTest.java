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

    private void opensAndShowsItsCharts(String... args) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "Chromium is not installed, so the report is not opened in a browser "
                + "(install it with: apt-get install -y chromium)");
        Path out = dir.resolve("report");
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString(), "--sample", "0.002",
                "--months", "15", "--replications", "2", "--quiet")).toArray(String[]::new);
        Cli r = Cli.run(all);
        assertEquals(0, r.code(), r.toString());
        Path page = out.resolve("report.html");
        String html = Files.readString(page);
        assertFalse(html.contains("<script src") || html.contains("<link "), "self-contained: nothing to fetch");
        String dom = dom(browser.get(), page);
        Matcher bodyTag = Pattern.compile("<body[^>]*>").matcher(dom);
        assertTrue(bodyTag.find(), "no body in the page");
        String body = bodyTag.group();
        assertFalse(body.contains("data-report-errors"), "script errors: " + body);
        int expected = attribute(body, "data-charts-expected");
        assertTrue(expected >= 8, "a report has at least 8 charts, had " + expected);
        assertEquals(expected, attribute(body, "data-charts-rendered"), "every chart drew its lines");
        long svgs = Pattern.compile("<svg").matcher(dom).results().count();
        assertTrue(svgs >= expected, "one SVG per chart at least, found " + svgs);
        assertTrue(dom.contains("Headline outcomes"));
    }

    @Test
    void theRunReportOpensWithoutErrorsAndDrawsItsCharts() throws Exception {
        opensAndShowsItsCharts("run", "baseline");
    }

    @Test
    void theComparisonReportOpensWithoutErrorsAndDrawsItsCharts() throws Exception {
        opensAndShowsItsCharts("compare", "baseline", "cheaper-transfers");
    }
}
