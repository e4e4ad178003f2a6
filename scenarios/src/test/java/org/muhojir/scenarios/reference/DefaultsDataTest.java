package org.muhojir.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Source;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The project's copy of the input figures ({@code data/}) backs every default that cites it: each {@code data:KEY}
 * in the field metadata, the defaults' sources and the ODD names a series that exists there; a default that is the
 * figure itself equals it; and a default resting on a value the files flag "from memory" says so.
 */
class DefaultsDataTest {
    private static final Path DATA = Path.of("..", "data");
    private static final Pattern KEY = Pattern.compile("data:([a-z][a-z0-9_]*)");
    private static final Map<String, JsonNode> SERIES = series();

    private static Map<String, JsonNode> series() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                new ObjectMapper().readTree(f.toFile()).get("series").fields()
                        .forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the data folder " + DATA.toAbsolutePath(), e);
        }
        return out;
    }

    /** Every statement of where a default comes from: field metadata of every scenario record. */
    private static List<String> statements() {
        List<String> out = new ArrayList<>();
        List<Class<? extends Record>> types = new ArrayList<>(List.of(Scenario.class, PopulationSpec.class,
                org.muhojir.core.scenario.HouseholdEconomy.class, org.muhojir.core.scenario.Behaviour.class,
                org.muhojir.core.scenario.Behaviour.UtilityWeights.class, org.muhojir.core.scenario.Macro.class,
                DestinationSpec.class, DestinationSpec.Entry.class, DestinationSpec.Costs.class,
                DestinationSpec.Labour.class, DestinationSpec.Enforcement.class, ScheduledShock.class));
        for (Class<?> c : Shock.class.getPermittedSubclasses()) {
            types.add(c.asSubclass(Record.class));
        }
        for (Class<? extends Record> t : types) {
            for (FieldInfo f : FieldInfo.of(t)) {
                f.sources().forEach(s -> out.add(f.key() + ": " + s.text()));
            }
        }
        return out;
    }

    private static List<String> citingTexts() throws IOException {
        List<String> texts = new ArrayList<>(statements());
        for (String file : List.of("../core/src/main/java/org/muhojir/core/scenario/TajikistanDefaults.java",
                "../docs/ODD.md")) {
            texts.add(file + ": " + Files.readString(Path.of(file)));
        }
        return texts;
    }

    @Test
    void everyCitedDataKeyIsASeriesOfTheProjectsCopy() throws IOException {
        assertTrue(SERIES.size() > 100, "series read: " + SERIES.size());
        List<String> missing = new ArrayList<>();
        int cited = 0;
        for (String text : citingTexts()) {
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                cited++;
                if (!SERIES.containsKey(m.group(1))) {
                    missing.add(text.substring(0, text.indexOf(':')) + ": data:" + m.group(1));
                }
            }
        }
        assertTrue(cited > 50, "keys cited: " + cited);
        assertEquals(List.of(), missing, "data keys not in data/*.json");
    }

    @Test
    void theFieldMetadataCitesDataForTheDefaultsThatAreFigures() {
        Source wage = FieldInfo.of(org.muhojir.core.scenario.HouseholdEconomy.class, "localWage").sources().get(0);
        assertEquals(Source.Kind.DATA, wage.kind());
        assertEquals(List.of("avg_wage_tajikistan"), wage.dataKeys());
    }

    @Test
    void defaultsThatAreFiguresEqualTheFigures() {
        Scenario b = TajikistanDefaults.baseline();
        // the figure is of 2022; the default is stated at the price base year (2023) by Tajikistan's income level
        MonthlySeries incomes = b.macro().homeIncomes();
        assertEquals(value("avg_wage_tajikistan") * incomes.yearMean(YearMonth.of(2023, 1))
                / incomes.yearMean(YearMonth.of(2022, 1)), b.economy().localWage(), 1e-9);
        annualEqual("gdp_usd_wdi", b.macro().gdpUsdMillion().points());
        annualMeansEqual("tjs_per_usd_annual", b.macro().tjsPerUsd());
        MonthlySeries rub = b.destination(Destination.RUSSIA).localPerUsd();
        SERIES.get("rub_per_usd_monthly").get("values").fields().forEachRemaining(e -> assertEquals(
                e.getValue().asDouble(), rub.at(YearMonth.parse(e.getKey())), 0, "RUB " + e.getKey()));
        for (int year : new int[] {2005, 2012, 2024, 2025}) { // the years the monthly figures do not cover in whole
            assertEquals(SERIES.get("rub_per_usd_annual").get("values").get(String.valueOf(year)).asDouble(),
                    rub.yearMean(YearMonth.of(year, 1)), 1e-9, "RUB " + year);
        }
        annualMeansEqual("kzt_per_usd_annual", b.destination(Destination.KAZAKHSTAN).localPerUsd());
        annualMeansEqual("krw_per_usd_annual", b.destination(Destination.SOUTH_KOREA).localPerUsd());
        // the patent by its legal formula gives the reported Moscow fees to the rouble (the published 2025 and
        // 2026 coefficients, times base and deflator, round to them)
        MonthlySeries patent = b.destination(Destination.RUSSIA).costs().monthlyFee();
        for (String key : List.of("patent_fee_moscow", "rus_patent_price_moscow")) {
            SERIES.get(key).get("values").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                    patent.at(YearMonth.of(Integer.parseInt(e.getKey()), 6)), 0.5, key + " " + e.getKey()));
        }
        JsonNode regions = SERIES.get("regional_population").get("values").get("2020");
        double total = 0;
        for (Region r : Region.values()) {
            total += regions.get(r.label()).asDouble();
        }
        for (Region r : Region.values()) {
            assertEquals(regions.get(r.label()).asDouble() / total,
                    b.population().regionPopulationShare().get(r.ordinal()), 1e-12, r.label());
        }
        double persons = SERIES.get("population_wdi").get("values").get("2023").asDouble();
        assertEquals(Math.round(persons / value("avg_household_size_2010_census")),
                b.population().nationalHouseholds());
        JsonNode russia2023 = null;
        for (JsonNode o : SERIES.get("destination_share_russia").get("observations")) {
            if (o.get("year").asInt() == 2023) {
                russia2023 = o;
            }
        }
        assertEquals(russia2023.get("value").asDouble(), b.population().initialDestinationShare().get(0), 0);
    }

    @Test
    void aDefaultRestingOnAValueFromMemorySaysSo() throws IOException {
        // the check below finds flagged series: the somoni's 2025 rate in exogenous-inputs.json is one
        assertTrue(fromMemory(SERIES.get("tjs_per_usd_annual")));
        List<String> unmarked = new ArrayList<>();
        for (String text : citingTexts()) {
            for (String line : text.split("\n")) {
                Matcher m = KEY.matcher(line);
                while (m.find()) {
                    JsonNode s = SERIES.get(m.group(1));
                    if (s != null && fromMemory(s) && !line.toLowerCase(java.util.Locale.ROOT).contains("memory")) {
                        unmarked.add(m.group(1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), unmarked, "cite values from memory as such");
    }

    /** Whether a series holds a value flagged "from memory". */
    private static boolean fromMemory(JsonNode series) {
        return series.toString().toLowerCase(java.util.Locale.ROOT).contains("from memory");
    }

    private static double value(String key) {
        return SERIES.get(key).get("value").asDouble();
    }

    /** Each year of the series {@code key} is the mean of that year's twelve months of {@code months}. */
    private static void annualMeansEqual(String key, MonthlySeries months) {
        JsonNode values = SERIES.get(key).get("values");
        assertFalse(values.isEmpty(), key);
        values.fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                months.yearMean(YearMonth.of(Integer.parseInt(e.getKey()), 1)), 1e-9, key + " " + e.getKey()));
    }

    private static void annualEqual(String key, Map<YearMonth, Double> points) {
        JsonNode values = SERIES.get(key).get("values");
        assertFalse(values.isEmpty(), key);
        values.fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                points.get(YearMonth.of(Integer.parseInt(e.getKey()), 1)), 0, key + " " + e.getKey()));
    }
}
