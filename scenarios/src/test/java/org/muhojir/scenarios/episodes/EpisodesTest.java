package org.muhojir.scenarios.episodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.RecordedInputs;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.cli.Cli;
import org.muhojir.scenarios.load.ScenarioLoader;

/** The backcasting episodes, windows of the baseline's one world from 2010; {@code muhojir backcast}. */
class EpisodesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> names() {
        return Catalogue.episodes().names();
    }

    private static ScenarioLoader loader() {
        return new ScenarioLoader(Catalogue.episodes(), Path.of("").toAbsolutePath());
    }

    @Test
    void theIndexListsExactlyTheFilesInTheVisibleFolder() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("episodes"))) {
            List<String> files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertEquals(files, names().stream().sorted().toList());
        }
        assertEquals(4, names().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void loadsSaysWhatItUsesAndRunsAShortHorizon(String name) throws Exception {
        Scenario s = loader().load(name).scenario();
        assertEquals(name, s.name(), "the name inside the file is its file name");
        assertTrue(s.description().split(" ").length >= 60, "a paragraph saying what it replays and from what");
        // every event an episode replays is the world's (the defaults' dated events); no episode adds shocks
        assertEquals(List.of(), s.shocks(), name);
        assertEquals(TajikistanDefaults.events(), s.events(), name);
        // 24 months reach the first policy shock of each episode (2014-09 from 2013-01, 2024-04 from 2023-01);
        // 0.002 of 1.3 to 1.65 million households is about 2,600 to 3,300
        Scenario quick = s.withSampleFraction(0.002).withPeriod(s.start(), 24);
        RunResult r = Muhojir.run(quick, RunOptions.seed(3));
        assertEquals(s.start().plusMonths(23), r.last().month());
        assertTrue(r.last().abroadTotal() > 0);
        assertTrue(r.last().remittancesReceivedUsd() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void noEpisodeWritesItsOwnInputPaths(String name) throws IOException {
        JsonNode file = MAPPER.readTree(Path.of("episodes", name + ".json").toFile());
        for (JsonNode shock : file.path("shocks")) {
            assertNotEquals("exchangeRatePath", shock.get("type").asText(), name + ": the recorded rates are inputs");
        }
        assertTrue(file.path("destinations").isMissingNode(), name + ": the recorded prices and fees are inputs");
        assertTrue(file.path("macro").isMissingNode(), name);
    }

    @Test
    void theRouble2014EpisodeRunsOnTheCentralBanksMonthlyRates() throws Exception {
        Scenario s = loader().load("rouble-collapse-2014").scenario();
        MonthlySeries rub = s.destination(Destination.RUSSIA).localPerUsd();
        // data/exogenous-inputs.json rub_per_usd_monthly: 2014-12 averaged 55.77 RUB per USD, 2015-01 65.15
        assertEquals(RecordedInputs.RUB_PER_USD_MONTHLY.byMonth().get(YearMonth.of(2014, 12)),
                rub.at(YearMonth.of(2014, 12)), 1e-9);
        assertEquals(RecordedInputs.RUB_PER_USD_MONTHLY.byMonth().get(YearMonth.of(2015, 1)),
                rub.at(YearMonth.of(2015, 1)), 1e-9);
    }

    @Test
    void episodesBefore2023ReportFromJanuary2013AndReachTheirEpisode() throws Exception {
        for (String name : List.of("rouble-collapse-2014", "covid-closure-2020", "year-2022")) {
            assertEquals(YearMonth.of(2013, 1), loader().load(name).scenario().start(), name);
        }
        assertEquals(YearMonth.of(2021, 12), loader().load("covid-closure-2020").scenario().end());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyEpisodeIsTheBaselinesWorldWithOnlyItsEventsAdded(String name) throws Exception {
        Scenario s = loader().load(name).scenario();
        Scenario world = TajikistanDefaults.baseline();
        assertEquals(world.population(), s.population(), name);
        assertEquals(world.economy(), s.economy(), name);
        assertEquals(world.behaviour(), s.behaviour(), name);
        assertEquals(world.macro(), s.macro(), name);
        assertEquals(world.destinations(), s.destinations(), name);
        assertEquals(world.warmUpMonths(), s.warmUpMonths(), name);
    }

    @Test
    void theEpisodesAreWindowsOfOneHistory() throws Exception {
        for (String name : names()) {
            assertEquals(YearMonth.of(2010, 1), loader().load(name).scenario().firstSimulatedMonth(), name);
        }
        // year-2022 runs from January 2013 (after its history from 2010) to December 2022; crackdown-2024 simulates the same months as its
        // history before reporting from January 2023: with one seed, it starts from the world year-2022 ends with
        Scenario year2022 = loader().load("year-2022").scenario().withSampleFraction(0.002);
        Scenario crackdown = loader().load("crackdown-2024").scenario().withSampleFraction(0.002);
        assertEquals(year2022.end().plusMonths(1), crackdown.start());
        MuhojirModel ended = new MuhojirModel(year2022, RunOptions.seed(5));
        ended.runToEnd();
        MuhojirModel starting = new MuhojirModel(crackdown, RunOptions.seed(5));
        starting.start();
        Households a = ended.households();
        Households b = starting.households();
        assertArrayEquals(a.slotDestination, b.slotDestination);
        assertArrayEquals(a.slotStatus, b.slotStatus);
        assertArrayEquals(a.slotSince, b.slotSince);
        assertArrayEquals(a.savings, b.savings);
        assertArrayEquals(a.debt, b.debt);
        assertArrayEquals(a.banEnd, b.banEnd);
        assertArrayEquals(a.skill, b.skill);
        for (Region r : Region.values()) {
            for (Destination d : Destination.values()) {
                assertEquals(ended.networkShare(r.ordinal(), d.ordinal()),
                        starting.networkShare(r.ordinal(), d.ordinal()), r + " " + d);
                assertEquals(ended.perceivedRisk(r.ordinal(), d.ordinal()),
                        starting.perceivedRisk(r.ordinal(), d.ordinal()), r + " " + d);
            }
        }
    }

    @Test
    void theCrackdownEpisodeIsThePresentDayBaselinesWorldIn2023To2025() throws Exception {
        // 2024-2025's policies are dated events of the one world: replaying the episode and running the baseline
        // over its months are one run, month for month
        Scenario crackdown = loader().load("crackdown-2024").scenario().withSampleFraction(0.002);
        Scenario baseline = TajikistanDefaults.baseline().withSampleFraction(0.002).withPeriod(crackdown.start(),
                crackdown.months());
        var a = Muhojir.run(baseline, RunOptions.seed(5)).months();
        var b = Muhojir.run(crackdown, RunOptions.seed(5)).months();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).month(), b.get(i).month());
            assertArrayEquals(a.get(i).departures(), b.get(i).departures(), a.get(i).month().toString());
            assertArrayEquals(a.get(i).deportations(), b.get(i).deportations(), a.get(i).month().toString());
            assertArrayEquals(a.get(i).remittancesSentUsd(), b.get(i).remittancesSentUsd(), a.get(i).month().toString());
            assertEquals(a.get(i).abroadTotal(), b.get(i).abroadTotal());
        }
        // and the crackdown is in it: Russia deports more in 2024-05 than in 2024-03
        int russia = Destination.RUSSIA.ordinal();
        assertTrue(a.get(16).deportations()[russia] > 2 * a.get(14).deportations()[russia]);
    }

    @Test
    void thePresentDayBaselineStartsFromTheWorldTheEpisodesHistoryEndsWith() throws Exception {
        // the baseline's history carries the dated events the episodes replay (the bans of 2015-2016 and the border
        // closures of 2020-2021, dated rules of the world): with one seed, its first reported month starts from
        // year-2022's last state
        Scenario year2022 = loader().load("year-2022").scenario().withSampleFraction(0.002);
        Scenario baseline = TajikistanDefaults.baseline().withSampleFraction(0.002);
        assertEquals(year2022.end().plusMonths(1), baseline.start());
        MuhojirModel ended = new MuhojirModel(year2022, RunOptions.seed(5));
        ended.runToEnd();
        MuhojirModel starting = new MuhojirModel(baseline, RunOptions.seed(5));
        starting.start();
        assertArrayEquals(ended.households().slotDestination, starting.households().slotDestination);
        assertArrayEquals(ended.households().slotSince, starting.households().slotSince);
        assertArrayEquals(ended.households().savings, starting.households().savings);
        assertArrayEquals(ended.households().banEnd, starting.households().banEnd);
    }

    @Test
    void backcastWritesTheRunFilesAndTheEpisodeSeries() throws Exception {
        Path out = dir.resolve("crackdown");
        // 18 months: 2023-01 to 2024-06, so 2023 (12 months) and 2024 (6 months)
        Cli c = Cli.run("backcast", "crackdown-2024", "--sample", "0.002", "--months", "18", "--replications", "2",
                "--quiet", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        for (String f : List.of("episode-annual.csv", "episode-monthly.csv", "episode-inputs.csv", "report.html",
                "monthly.csv",
                "summary.csv", "summary.json", "manifest.json", "scenario.resolved.json")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        List<String> annual = Files.readAllLines(out.resolve("episode-annual.csv"));
        assertEquals(1 + 2 * 12, annual.size(), "two years, twelve series");
        List<String> monthly = Files.readAllLines(out.resolve("episode-monthly.csv"));
        assertEquals(1 + 18 * 12, monthly.size(), "eighteen months, twelve series");
        // the measures the published figures are compared with: remittances sent (all, Russia), the old poverty line
        for (String series : List.of(",remittances_usd,all,", ",remittances_usd,Russia,",
                ",poverty_fgt0_old_methodology,national,")) {
            assertTrue(annual.stream().anyMatch(l -> l.startsWith("crackdown-2024,2023,12") && l.contains(series)),
                    series);
        }
        for (String row : annual.subList(1, annual.size())) {
            String[] f = row.split(",", -1);
            assertEquals(13, f.length, row);
            double mean = Double.parseDouble(f[8]);
            assertTrue(Double.parseDouble(f[10]) <= mean && mean <= Double.parseDouble(f[11]), row);
            assertEquals("monte_carlo", f[12], "what the interval is: " + row);
        }
        // the series a replay of bans and returns is compared on: every deportation imposes a ban
        for (String series : List.of(",departures,Russia,", ",migrants_abroad,Russia,", ",returns_by_choice,all,",
                ",bans_in_force,all,")) {
            assertTrue(annual.stream().anyMatch(l -> l.startsWith("crackdown-2024,2024,6") && l.contains(series)),
                    series);
        }
        assertTrue(annual.get(1).startsWith("crackdown-2024,2023,12,remittances_received_usd,all,"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Remittances received per month"));
        List<String> inputs = Files.readAllLines(out.resolve("episode-inputs.csv"));
        // 2023's roubles per dollar: the mean of the central bank's twelve monthly averages of 2023
        // (data/exogenous-inputs.json rub_per_usd_monthly), which is 85.16
        String rub2023 = inputs.stream().filter(l -> l.startsWith("crackdown-2024,2023,12,rub_per_usd,"))
                .findFirst().orElseThrow();
        assertEquals(85.16, Double.parseDouble(rub2023.split(",")[5]), 0.01, rub2023);
        assertTrue(rub2023.endsWith("data:rub_per_usd_monthly data:rub_per_usd_annual"), rub2023);
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("crackdown-2024,2024,6,russia_patent_rub,")), "2024");
        // the dated rules and the world's events, with the months of the year they are in force: the raid wave
        // from 2024-04 is in force in three of the six months simulated of 2024
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("crackdown-2024,2024,6,event: raidWave,months in force,3,"
                + "\"a dated event of the world (russia-crackdown-2024): raid wave in Russia")),
                String.join("\n", inputs));
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("crackdown-2024,2023,12,rule: entry test,months in force,12,"
                + "\"a dated rule of the world (Russia): the entry test from 2014-09 (passed at the first attempt with "
                + "a probability of 0.97 ")), "the entry test, with its pass rate");
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("crackdown-2024,2023,12,population,persons,")
                && l.endsWith("data:population_wdi")), "the population");
        // Russia's labour demand is the monthly survey's from 2017 (TajikistanDefaults.russianLabourDemand)
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("crackdown-2024,2024,6,russia_employment_rate,")
                && l.endsWith(",data:rus_unemployment_rate_monthly_3mma")), String.join("\n", inputs));
    }

    @Test
    void anEpisodeThatChangesMoreThanInputsIsWarnedOf() throws Exception {
        Path file = dir.resolve("other-world.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"other-world\", \"description\": \"a test\", "
                + "\"extends\": \"year-2022\", \"behaviour\": {\"returnHazard\": 0.2}}");
        Cli c = Cli.run("backcast", file.toString(), "--sample", "0.002", "--months", "1", "--replications", "1",
                "--out", dir.resolve("other").toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("warning: episode 'other-world' changes behaviour, not only its months: it is not "
                + "a window of the one history"), c.err());
        Cli bundled = Cli.run("backcast", "year-2022", "--sample", "0.002", "--months", "1", "--replications", "1",
                "--out", dir.resolve("bundled").toString());
        assertEquals(0, bundled.code(), bundled.toString());
        assertTrue(!bundled.err().contains("not a window of the one history"), bundled.err());
    }

    @Test
    void backcastListsTheEpisodesAndRefusesAnUnknownOne() {
        Cli list = Cli.run("backcast", "--list");
        assertEquals(0, list.code(), list.toString());
        assertEquals(names(), list.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0])
                .toList());
        Cli bad = Cli.run("backcast", "rouble-colapse-2014", "--out", dir.resolve("x").toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("Did you mean \"rouble-collapse-2014\"?"), bad.err());
        Cli unknown = Cli.run("backcast", "no-such-episode", "--out", dir.resolve("x").toString());
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("no bundled episode or file named \"no-such-episode\". Bundled episodes: "
                + "rouble-collapse-2014,"), unknown.err());
        assertTrue(unknown.err().contains("(see: muhojir list --episodes)"), unknown.err());
        Cli episodes = Cli.run("list", "--episodes");
        assertEquals(0, episodes.code(), episodes.toString());
        assertEquals(list.out(), episodes.out(), "the command the message names lists the episodes");
    }
}
