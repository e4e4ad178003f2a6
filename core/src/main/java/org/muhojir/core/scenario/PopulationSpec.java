package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * How the synthetic household population is built. Lists indexed by region, destination or skill follow the
 * ordinal order of {@link Region}, {@link Destination} and {@link Skill}.
 *
 * @param nationalHouseholds       households in the country at full scale
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
 */
public record PopulationSpec(
        int nationalHouseholds,
        double sampleFraction,
        List<Double> regionPopulationShare,
        List<Double> urbanShare,
        double meanSizeUrban,
        double meanSizeRural,
        double workingAgeShare,
        List<Double> skillShare,
        List<Double> russianLevelShare,
        List<Double> initialAbroadShare,
        List<Double> initialDestinationShare,
        double initialIrregularShare,
        List<Double> extraTieShare) implements java.io.Serializable {

    /** Number of Russian-language levels (0 none .. 3 fluent). */
    public static final int RUSSIAN_LEVELS = 4;

    public PopulationSpec {
        regionPopulationShare = Lists.copy(regionPopulationShare);
        urbanShare = Lists.copy(urbanShare);
        skillShare = Lists.copy(skillShare);
        russianLevelShare = Lists.copy(russianLevelShare);
        initialAbroadShare = Lists.copy(initialAbroadShare);
        initialDestinationShare = Lists.copy(initialDestinationShare);
        extraTieShare = Lists.copy(extraTieShare);
    }

    /** Households simulated: the national count times the sample fraction, at least one. */
    public int simulatedHouseholds() {
        return Math.max(1, (int) Math.round(nationalHouseholds * sampleFraction));
    }

    /** National households each simulated household stands for. */
    public double weight() {
        return (double) nationalHouseholds / simulatedHouseholds();
    }

    /** This specification with another sample fraction. */
    public PopulationSpec withSampleFraction(double fraction) {
        return new PopulationSpec(nationalHouseholds, fraction, regionPopulationShare, urbanShare, meanSizeUrban,
                meanSizeRural, workingAgeShare, skillShare, russianLevelShare, initialAbroadShare,
                initialDestinationShare, initialIrregularShare, extraTieShare);
    }

    void validate(Problems p, String path) {
        p.range(path + ".nationalHouseholds", nationalHouseholds, 1, 50_000_000);
        if (!(sampleFraction > 0 && sampleFraction <= 1)) {
            p.add(path + ".sampleFraction", "must be more than 0 and at most 1, was " + sampleFraction);
        }
        Lists.distribution(p, path + ".regionPopulationShare", regionPopulationShare, Region.COUNT);
        Lists.shares(p, path + ".urbanShare", urbanShare, Region.COUNT);
        p.range(path + ".meanSizeUrban", meanSizeUrban, 1, 20);
        p.range(path + ".meanSizeRural", meanSizeRural, 1, 20);
        p.probability(path + ".workingAgeShare", workingAgeShare);
        Lists.distribution(p, path + ".skillShare", skillShare, Skill.COUNT);
        Lists.distribution(p, path + ".russianLevelShare", russianLevelShare, RUSSIAN_LEVELS);
        Lists.shares(p, path + ".initialAbroadShare", initialAbroadShare, Region.COUNT);
        Lists.distribution(p, path + ".initialDestinationShare", initialDestinationShare, Destination.COUNT);
        p.probability(path + ".initialIrregularShare", initialIrregularShare);
        Lists.shares(p, path + ".extraTieShare", extraTieShare, Destination.COUNT);
    }
}
