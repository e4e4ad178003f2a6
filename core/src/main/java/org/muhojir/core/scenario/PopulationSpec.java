package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.Index;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Total;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * How the synthetic household population is built. Lists indexed by region, destination or skill follow the
 * ordinal order of {@link Region}, {@link Destination} and {@link Skill}.
 *
 * @param nationalHouseholds       households in the country at full scale in the price base year
 *                                 ({@link Macro#priceBaseYear()})
 * @param populationIndex          the country's population by month, any base: the households each simulated
 *                                 household stands for move with it from the price base year, before and after
 * @param sampleFraction           share of households simulated (0 &lt; f &le; 1); each stands for 1/f households
 * @param regionPopulationShare    share of the population living in each region (sums to 1)
 * @param urbanShare               share of each region's population that is urban (0..1)
 * @param meanSizeUrban            mean persons per urban household
 * @param meanSizeRural            mean persons per rural household
 * @param workingAgeShare          share of members of working age (0..1); the rest are dependants
 * @param skillShare               share of households whose prospective migrants have each skill (sums to 1)
 * @param russianLevelShare        share of households whose prospective migrants speak Russian at level 0 (none),
 *                                 1 (basic), 2 (conversational), 3 (fluent) (sums to 1)
 * @param initialAbroadShare       share of each region's households with one member abroad at the start (0..1)
 * @param initialDestinationShare  where those members are (sums to 1)
 * @param initialIrregularShare    share of members abroad at the start without papers at visa-free destinations
 *                                 (0..1); elsewhere the destination's {@code irregularOnArrival} applies
 * @param extraTieShare            share of households, besides those with a member there, that have kin or
 *                                 neighbours at each destination (0..1)
 * @param initialSecondAbroadShare share of the households with a member abroad at the start that have a second
 *                                 one abroad (if a second working-age member is free to go; 0..1)
 */
public record PopulationSpec(
        @Param(doc = "Households in the country at full scale in the price base year (macro.priceBaseYear); in "
                + "other years they move with populationIndex.", unit = "households", min = 1, max = 50_000_000,
                source = "data:population_wdi 2023 (10,389,799 persons) / data:avg_household_size_2010_census (6.3)")
        int nationalHouseholds,
        @Param(doc = "The country's population by month, any base: each simulated household stands for "
                + "nationalHouseholds / simulated households times this index over its mean in the price base "
                + "year, so every year's totals (migrants, remittances, departures, quota places taken) are on "
                + "that year's population while the simulated households stay the same.", unit = "index", min = 0,
                minExclusive = true, recorded = true,
                source = "data:population_wdi 2005-2024 (World Bank WDI), each year's average kept; held after 2024 "
                + "(assumption: flat), before 2005 its first value")
        MonthlySeries populationIndex,
        @Param(doc = "Share of households simulated; each stands for 1/f households. The command line's --sample and "
                + "--full override it; it refuses to run a share below 0.001 (about 1,650 households).", unit = "share", min = 0, minExclusive = true, max = 1,
                plausibleMin = 0.001, source = "setting: the command line's --sample and --full override it")
        double sampleFraction,
        @Param(doc = "Share of the population living in each region.", unit = "share", min = 0, max = 1,
                by = Index.REGION, total = Total.SUM_ONE,
                source = "data:regional_population 2020 (preliminary census)")
        List<Double> regionPopulationShare,
        @Param(doc = "Share of each region's population that is urban.", unit = "share", min = 0, max = 1,
                by = Index.REGION,
                source = "assumption: Dushanbe is a city; other regions set so that the national urban share is 26.2% "
                + "(data:rural_share_2020)")
        List<Double> urbanShare,
        @Param(doc = "Mean persons per urban household.", unit = "persons", min = 1, max = 20,
                source = "assumption, tuned so the mean household size is about data:avg_household_size_2010_census")
        double meanSizeUrban,
        @Param(doc = "Mean persons per rural household.", unit = "persons", min = 1, max = 20,
                source = "assumption, tuned so the mean household size is about data:avg_household_size_2010_census")
        double meanSizeRural,
        @Param(doc = "Share of household members of working age; the rest are dependants.", unit = "share", min = 0,
                max = 1,
                source = "assumption: about 60% of the population is aged 15-64 (UN World Population Prospects)")
        double workingAgeShare,
        @Param(doc = "Share of households whose prospective migrants have each skill: none, trade (welder, crane "
                + "operator, plumber), higher education.", unit = "share", min = 0, max = 1, by = Index.SKILL,
                total = Total.SUM_ONE,
                source = "assumption (data:migrant_sector_shares shows most work in construction and services)")
        List<Double> skillShare,
        @Param(doc = "Share of households whose prospective migrants speak Russian at level 0 (none), 1 (basic), 2 "
                + "(conversational), 3 (fluent).", unit = "share", min = 0, max = 1, by = Index.RUSSIAN_LEVEL,
                total = Total.SUM_ONE)
        List<Double> russianLevelShare,
        @Param(doc = "Share of each region's households with one member abroad at the start.", unit = "share",
                min = 0, max = 1, by = Index.REGION,
                source = "assumption: the state the warm-up starts from, which its months wash out (the values of "
                + "an earlier calibration to data:households_with_migrant_share); the regional pattern is an "
                + "assumption")
        List<Double> initialAbroadShare,
        @Param(doc = "Where those members are at the start.", unit = "share", min = 0, max = 1,
                by = Index.DESTINATION, total = Total.SUM_ONE,
                source = "data:destination_share_russia 2023 (0.962) and data:kazakhstan_tajik_migrants; the rest "
                + "assumed")
        List<Double> initialDestinationShare,
        @Param(doc = "Share of members abroad at the start without papers.", unit = "share", min = 0, max = 1)
        double initialIrregularShare,
        @Param(doc = "Share of households with kin or neighbours at each destination besides their own members.",
                unit = "share", min = 0, max = 1, by = Index.DESTINATION)
        List<Double> extraTieShare,
        @Param(doc = "Share of the households with a member abroad at the start that have a second member abroad "
                + "(when one more working-age member is free to go).",
                unit = "share", min = 0, max = 1,
                source = "assumption (data/ has no figure): a starting point that the warm-up washes out; the "
                + "default scenario's own departures take the share to about 40% at the warm-up's inputs and 33-35% in "
                + "2019-2023 (docs/ODD.md, 5.1)")
        double initialSecondAbroadShare) implements java.io.Serializable {

    /**
     * Copies the lists, keeping null elements so that validation reports them with their paths; the values are
     * checked when a {@link Scenario} holding them is built.
     */
    public PopulationSpec {
        regionPopulationShare = NumberLists.copy(regionPopulationShare);
        urbanShare = NumberLists.copy(urbanShare);
        skillShare = NumberLists.copy(skillShare);
        russianLevelShare = NumberLists.copy(russianLevelShare);
        initialAbroadShare = NumberLists.copy(initialAbroadShare);
        initialDestinationShare = NumberLists.copy(initialDestinationShare);
        extraTieShare = NumberLists.copy(extraTieShare);
    }

    /** Households simulated: the national count times the sample fraction, at least one. */
    public int simulatedHouseholds() {
        return Math.max(1, (int) Math.round(nationalHouseholds * sampleFraction));
    }

    /** National households each simulated household stands for in the price base year. */
    public double weight() {
        return (double) nationalHouseholds / simulatedHouseholds();
    }

    /**
     * National households each simulated household stands for in {@code month}: {@link #weight()} times the
     * population of that month over its mean in {@code baseYear}.
     */
    public double weight(java.time.YearMonth month, int baseYear) {
        return weight() * populationIndex.relativeTo(baseYear, month, 0);
    }

    /** This specification with another sample fraction. */
    public PopulationSpec withSampleFraction(double fraction) {
        return new PopulationSpec(nationalHouseholds, populationIndex, fraction, regionPopulationShare, urbanShare, meanSizeUrban,
                meanSizeRural, workingAgeShare, skillShare, russianLevelShare, initialAbroadShare,
                initialDestinationShare, initialIrregularShare, extraTieShare, initialSecondAbroadShare);
    }
}
