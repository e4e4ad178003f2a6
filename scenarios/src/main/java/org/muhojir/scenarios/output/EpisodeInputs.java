package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.RecordedInputs;
import org.muhojir.core.scenario.RecordedInput;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Which inputs of which years a backcast used ({@code episode-inputs.csv}): for each year of the run and each dated
 * input, its mean over the year's months as the scenario states it (before shocks), and where it comes from: the
 * recorded series of {@code data/} (with what the data flags of each year's value), the run's assumption beyond the
 * data's last month, or the scenario's own series. Then, for each year, every dated rule of the world (the entry
 * test's and quota routes' start, the border closures, Russia's campaign of bans) and every shock of the scenario
 * in force in some of its months: the months it is in force, and what it does.
 */
public final class EpisodeInputs {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final Scenario DEFAULTS = TajikistanDefaults.baseline();

    /** An input's value in a month of a scenario, given that month's conditions (before shocks). */
    @FunctionalInterface
    interface Reading {
        double at(Scenario s, YearMonth month, Conditions c);
    }

    /** One dated input: its name and unit, its series in a scenario, its value in a month. */
    record Input(String name, String unit, Function<Scenario, MonthlySeries> series, Reading value, boolean grows,
                 List<RecordedInput> recorded) {
        /** An input read from a month's conditions. */
        Input(String name, String unit, Function<Scenario, MonthlySeries> series, ToDoubleFunction<Conditions> value,
              boolean grows, List<RecordedInput> recorded) {
            this(name, unit, series, (s, m, c) -> value.applyAsDouble(c), grows, recorded);
        }
    }

    static final List<Input> INPUTS = List.of(
            rate("rub_per_usd", Destination.RUSSIA, RecordedInputs.RUB_PER_USD_MONTHLY, RecordedInputs.RUB_PER_USD,
                    // the central bank's rate on the days the data's notes date, after its monthly averages end
                    // (TajikistanDefaults.roublesPerDollar)
                    new Cited(RecordedInputs.RUB_PER_USD.key() + "/notes", 2024, 2025)),
            new Input("tjs_per_usd", "TJS per USD", s -> s.macro().tjsPerUsd(), c -> c.tjsPerUsd, false,
                    List.of(RecordedInputs.TJS_PER_USD)),
            rate("kzt_per_usd", Destination.KAZAKHSTAN, RecordedInputs.KZT_PER_USD),
            rate("try_per_usd", Destination.TURKEY, RecordedInputs.TRY_PER_USD),
            rate("krw_per_usd", Destination.SOUTH_KOREA, RecordedInputs.KRW_PER_USD),
            rate("gbp_per_usd", Destination.UK, RecordedInputs.GBP_PER_USD),
            wage(Destination.RUSSIA, RecordedInputs.RUSSIA_WAGES_CONSTRUCTION,
                    RecordedInputs.RUSSIA_WAGES_HOTELS_RESTAURANTS, RecordedInputs.RUSSIA_WAGES_TRANSPORT,
                    RecordedInputs.RUSSIA_WAGES_MANUFACTURING, RecordedInputs.RUSSIA_WAGES_TRADE,
                    RecordedInputs.RUSSIA_WAGES_AGRICULTURE, RecordedInputs.RUSSIA_WAGES),
            wage(Destination.KAZAKHSTAN, RecordedInputs.KAZAKHSTAN_WAGES,
                    new Cited(RecordedInputs.KAZAKHSTAN_WAGES.key() + "/quarterly_2025", 2025, 2025)),
            wage(Destination.TURKEY, RecordedInputs.TURKEY_MINIMUM_WAGE),
            wage(Destination.SOUTH_KOREA, RecordedInputs.KOREA_MINIMUM_WAGE),
            wage(Destination.UK, RecordedInputs.UK_LIVING_WAGE),
            new Input("russia_living_cost", "RUB per month", s -> s.destination(Destination.RUSSIA).labour()
                    .priceIndex(), c -> c.livingCost[RU], true, List.of(RecordedInputs.RUSSIA_CPI_CHANGE)),
            new Input("russia_employment_rate", "share", s -> s.destination(Destination.RUSSIA).labour()
                    .labourDemand(), c -> c.employmentRate[RU], false, List.of(
                    new Within(RecordedInputs.RUSSIA_UNEMPLOYMENT, RecordedInputs.RUSSIA_UNEMPLOYMENT.firstYear(),
                            RecordedInputs.RUSSIA_UNEMPLOYMENT_MONTHLY.firstYear() - 1),
                    RecordedInputs.RUSSIA_UNEMPLOYMENT_MONTHLY)),
            new Input("russia_patent_rub", "RUB per month", s -> s.destination(Destination.RUSSIA).costs()
                    .monthlyFee(), c -> c.monthlyFee[RU], false,
                    List.of(RecordedInputs.RUSSIA_PATENT_DEFLATOR, RecordedInputs.RUSSIA_PATENT_MOSCOW)),
            new Input("tajik_price_level", "index, 1 = the price base year", s -> s.macro().prices(),
                    c -> c.homePriceLevel, true, List.of(RecordedInputs.TAJIKISTAN_CPI_CHANGE)),
            new Input("tajik_income_level", "index, 1 = the price base year (TajStat's wage from 2014-03, before it "
                    + "nominal GDP per person)", s -> s.macro().homeIncomes(), c -> c.homeIncomeLevel, true,
                    homeIncomeSources()),
            new Input("gdp_usd_million", "USD million a year", s -> s.macro().gdpUsdMillion(),
                    c -> c.gdpUsdMillion, false, List.of(new Cited("gdp_usd_wdi", 2005, 2023),
                    new Within(RecordedInputs.TAJIKISTAN_GDP_USD, 2024, 2025))),
            // Tajikistan's population, which scales every national total (the households' weight); read from the
            // scenario's series itself, as it is not among a month's conditions
            new Input("population", "persons", s -> s.population().populationIndex(),
                    (s, m, c) -> s.population().populationIndex().at(m), false,
                    List.of(new Cited("population_wdi", 2005, 2024))));

    private EpisodeInputs() {
    }

    /** The series Tajik incomes come from, each for the years it moves them (as TajikistanDefaults.homeIncomes). */
    private static List<RecordedInput> homeIncomeSources() {
        int first = RecordedInputs.TJS_PER_USD.firstYear();
        int wagesFrom = TajikistanDefaults.HOME_WAGES_FROM.getYear();
        return List.of(new Cited("gdp_usd_wdi", first, wagesFrom),
                new Cited(RecordedInputs.TJS_PER_USD.key(), first, wagesFrom),
                new Cited("population_wdi", first, wagesFrom),
                new Cited(RecordedInputs.TAJIKISTAN_WAGES.key(), wagesFrom,
                        RecordedInputs.TAJIKISTAN_WAGES.lastYear()));
    }

    /**
     * A series cited by its key for some years: of an input made from several (Tajik incomes: nominal GDP per person
     * until 2014-03, TajStat's wage after, as {@code TajikistanDefaults.homeIncomes} joins them), or one the defaults
     * do not read as a {@code RecordedInputs} series (WDI's GDP and population, the rouble's dated rates in the data's
     * notes, Kazakhstan's quarters of 2025). Its flags are not read.
     */
    record Cited(String key, int firstYear, int lastYear) implements RecordedInput {
        @Override
        public String flag(String period) {
            return "";
        }
    }

    /**
     * A recorded series cited only for some of its years (Russia's annual unemployment rates before the monthly
     * survey takes over), with the data's flags on them.
     */
    record Within(RecordedInput series, int firstYear, int lastYear) implements RecordedInput {
        @Override
        public String key() {
            return series.key();
        }

        @Override
        public String flag(String period) {
            return series.flag(period);
        }
    }

    private static Input rate(String name, Destination d, RecordedInput... recorded) {
        return new Input(name, d.currency() + " per USD", s -> s.destination(d).localPerUsd(),
                c -> c.localPerUsd[d.ordinal()], false, List.of(recorded));
    }

    /** A legal unskilled worker's pay, after any deductions at source: what the model's migrants earn. */
    private static Input wage(Destination d, RecordedInput... recorded) {
        String name = d.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '_') + "_unskilled_pay";
        return new Input(name, d.currency() + " per month after deductions at source",
                s -> s.destination(d).labour().wageIndex(),
                c -> c.wage[d.ordinal()][Skill.NONE.ordinal()], true, List.of(recorded));
    }

    /** Writes {@code episode-inputs.csv} into {@code folder} for {@code scenario}'s years. */
    public static void write(Path folder, Scenario scenario) throws IOException {
        try (CSVPrinter p = Csv.open(folder.resolve("episode-inputs.csv"),
                List.of("scenario", "year", "months", "input", "unit", "mean", "source"))) {
            YearMonth first = scenario.start();
            YearMonth last = scenario.end();
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                List<YearMonth> months = monthsOf(year, first, last);
                for (Input input : INPUTS) {
                    p.printRecord(scenario.name(), year, months.size(), input.name(), input.unit(),
                            Numbers.csv(mean(scenario, input, months)), source(scenario, input, year));
                }
                for (Dated d : dated(scenario)) {
                    long inForce = months.stream().filter(d.inForce()).count();
                    if (inForce > 0) {
                        p.printRecord(scenario.name(), year, months.size(), d.input(), "months in force", inForce,
                                d.source());
                    }
                }
            }
        }
    }

    /**
     * A dated rule of the world or a shock of the scenario.
     *
     * @param input    its row's name ({@code event: banPolicy}, {@code rule: entry test})
     * @param inForce  whether it is in force in a month
     * @param source   what it is and does, and from when
     */
    record Dated(String input, Predicate<YearMonth> inForce, String source) {
        static Dated of(ScheduledShock sh, String what) {
            return new Dated("event: " + sh.shock().type(), sh::inForce, what + ": " + sh.shock().describe()
                    + ", from " + sh.start() + (sh.months() >= ScheduledShock.UNTIL_END ? "" : " to " + sh.last()));
        }

        static Dated from(String rule, Destination d, YearMonth from, String what) {
            return new Dated("rule: " + rule, m -> !m.isBefore(from), "a dated rule of the world (" + d.label()
                    + "): the " + rule + " from " + from + " (" + what + ")");
        }
    }

    /**
     * The world's dated entry rules (the test from {@code entry.examFrom}, quota places from
     * {@code entry.quotaFrom}), its dated events ({@link Scenario#events()}) and the scenario's shocks.
     */
    static List<Dated> dated(Scenario s) {
        List<Dated> all = new ArrayList<>();
        for (Destination d : Destination.values()) {
            DestinationSpec spec = s.destination(d);
            DestinationSpec.Entry entry = spec.entry();
            if (entry.examFrom() != null) {
                all.add(Dated.from("entry test", d, entry.examFrom(), "passed at the first attempt with a "
                        + "probability of " + Numbers.csv(entry.examPassRate()) + " by a candidate whose language "
                        + "fits, unless an event or shock of the year changes it"));
            }
            if (entry.quotaFrom() != null) {
                all.add(Dated.from("quota places", d, entry.quotaFrom(), String.format(java.util.Locale.ROOT,
                        "%,d places a year", entry.annualQuota())));
            }
        }
        for (WorldEvent e : s.events()) {
            for (ScheduledShock sh : e.shocks()) {
                all.add(Dated.of(sh, "a dated event of the world (" + e.name() + ")"));
            }
        }
        for (ScheduledShock sh : s.shocks()) {
            all.add(Dated.of(sh, "the scenario's shock"));
        }
        return all;
    }

    private static List<YearMonth> monthsOf(int year, YearMonth first, YearMonth last) {
        return Stream.iterate(YearMonth.of(year, 1), m -> m.plusMonths(1)).limit(12)
                .filter(m -> !m.isBefore(first) && !m.isAfter(last)).toList();
    }

    private static double mean(Scenario scenario, Input input, List<YearMonth> months) {
        Conditions c = new Conditions();
        double sum = 0;
        for (YearMonth m : months) {
            Timeline.reset(c, scenario, m);
            sum += input.value().at(scenario, m, c);
        }
        return sum / months.size();
    }

    /** Where the input of {@code year} comes from, in words. */
    static String source(Scenario scenario, Input input, int year) {
        MonthlySeries series = input.series().apply(scenario);
        if (!series.equals(input.series().apply(DEFAULTS))) {
            return "the scenario's own series";
        }
        if (year > series.lastMonth().getYear()) {
            double growth = scenario.macro().growthBeyondData();
            return "beyond the data (after " + series.lastMonth() + "): "
                    + (input.grows() && growth != 0 ? "growing " + Numbers.csv(growth) + "% a year" : "held flat");
        }
        if (year < series.points().firstKey().getYear()) {
            return "before the data (from " + series.points().firstKey() + "): its first value held";
        }
        List<RecordedInput> covering = input.recorded().stream()
                .filter(r -> r.firstYear() <= year && year <= r.lastYear()).toList();
        if (covering.isEmpty()) {
            int last = input.recorded().stream().mapToInt(RecordedInput::lastYear).max().orElse(year);
            if (year > last) {
                return "after the recorded years (to " + last + "): the series' own values after them (an assumption;"
                        + " docs/ODD.md, section 3)";
            }
            int first = input.recorded().stream().mapToInt(RecordedInput::firstYear).min().orElse(year);
            // the series may state its own value before the recorded years (Moscow's patent: 1,200 RUB before 2015)
            return "before the data (from " + first + "): " + (series.points().firstKey().getYear() <= year
                    ? "the series' own value before it (an assumption; docs/ODD.md, section 3)"
                    : "its first value held");
        }
        String keys = covering.stream().map(r -> "data:" + r.key()).collect(Collectors.joining(" "));
        String flags = covering.stream().filter(r -> !r.flag(String.valueOf(year)).isEmpty())
                .map(r -> r.key() + ": " + r.flag(String.valueOf(year))).collect(Collectors.joining("; "));
        return keys + (flags.isEmpty() ? "" : " (" + year + " as the data flags it: " + flags + ")");
    }
}
