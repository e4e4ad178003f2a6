package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Skill;

/**
 * Everything the model knows about one destination, before shocks. Money is in the destination's currency
 * ({@link Destination#currency()}) unless a field name ends in {@code Usd}.
 *
 * @param destination  which destination
 * @param entry        how one may enter and the tests one must pass
 * @param costs        what it costs to go and to stay legal
 * @param labour       what one earns and spends there
 * @param enforcement  raids, deportations, bans and legal-status changes
 * @param localPerUsd  exchange rate path, units of local currency per US dollar
 * @param transferFeeRate share of each remittance lost to transfer fees on this corridor (0..1)
 * @param naturalisationHazard monthly probability that a legal migrant abroad three years or more becomes a citizen
 * @param utilityConstant alternative-specific constant of this destination in the choice model (utils)
 */
public record DestinationSpec(
        Destination destination,
        Entry entry,
        Costs costs,
        Labour labour,
        Enforcement enforcement,
        MonthlySeries localPerUsd,
        double transferFeeRate,
        double naturalisationHazard,
        double utilityConstant) implements java.io.Serializable {

    /** This destination with another way in. */
    public DestinationSpec withEntry(Entry e) {
        return new DestinationSpec(destination, e, costs, labour, enforcement, localPerUsd, transferFeeRate,
                naturalisationHazard, utilityConstant);
    }

    /** This destination with other enforcement. */
    public DestinationSpec withEnforcement(Enforcement e) {
        return new DestinationSpec(destination, entry, costs, labour, e, localPerUsd, transferFeeRate,
                naturalisationHazard, utilityConstant);
    }

    /** This destination with another utility constant (utils). */
    public DestinationSpec withUtilityConstant(double constant) {
        return new DestinationSpec(destination, entry, costs, labour, enforcement, localPerUsd, transferFeeRate,
                naturalisationHazard, constant);
    }

    /**
     * @param route          the entry regime
     * @param annualQuota    places a calendar year at full national scale (QUOTA routes; persons)
     * @param refusalRate    share of visa applications refused, or of sponsorship searches that fail (0..1)
     * @param lotteryWinRate probability that one consideration of a LOTTERY route ends in a visa (0..1)
     * @param examPassRate   probability of passing the entry language or skills test at the first attempt for a
     *                       candidate whose language fits (0..1); for Russia the patent's Russian exam
     * @param russianExam    whether the test is in Russian, so a candidate's Russian level matters
     * @param skilledOnly    whether only candidates with a trade or higher education qualify
     * @param maxStayMonths  months a legal stay may last before the worker must go home (seasonal visas), or 0
     *                       for no limit
     */
    public record Entry(EntryRoute route, int annualQuota, double refusalRate, double lotteryWinRate,
                        double examPassRate, boolean russianExam, boolean skilledOnly, int maxStayMonths)
            implements java.io.Serializable {
        /** This entry as a quota route of {@code places} a calendar year (persons at national scale). */
        public Entry withQuota(int places) {
            return new Entry(EntryRoute.QUOTA, places, refusalRate, lotteryWinRate, examPassRate, russianExam,
                    skilledOnly, maxStayMonths);
        }

        /** This entry with the test passed with probability {@code rate} (0..1). */
        public Entry withExamPassRate(double rate) {
            return new Entry(route, annualQuota, refusalRate, lotteryWinRate, rate, russianExam, skilledOnly,
                    maxStayMonths);
        }

        /** This entry open only to candidates with a trade or higher education, or to all. */
        public Entry withSkilledOnly(boolean only) {
            return new Entry(route, annualQuota, refusalRate, lotteryWinRate, examPassRate, russianExam, only,
                    maxStayMonths);
        }

        void validate(Problems p, String path) {
            p.present(path + ".route", route);
            p.nonNegative(path + ".annualQuota", annualQuota);
            p.probability(path + ".refusalRate", refusalRate);
            p.probability(path + ".lotteryWinRate", lotteryWinRate);
            p.probability(path + ".examPassRate", examPassRate);
            p.range(path + ".maxStayMonths", maxStayMonths, 0, 1200);
        }
    }

    /**
     * @param travelUsd    one-way travel to the destination, US dollars
     * @param documentsUsd visa, medical, recruitment and document costs paid before leaving, US dollars
     * @param monthlyFee   monthly fee to stay legal (Russia's work patent), local currency per month, by month
     */
    public record Costs(double travelUsd, double documentsUsd, MonthlySeries monthlyFee) implements java.io.Serializable {
        void validate(Problems p, String path) {
            p.nonNegative(path + ".travelUsd", travelUsd);
            p.nonNegative(path + ".documentsUsd", documentsUsd);
            p.nonNegative(path + ".monthlyFee", monthlyFee);
        }
    }

    /**
     * @param wageBySkill        monthly wage of a legal worker, local currency, indexed by {@link Skill#ordinal()}
     * @param livingCost         monthly living cost (rent, food, transport), local currency
     * @param employmentRate     share of months abroad in which a migrant has work (0..1)
     * @param irregularWageShare wage of an irregular worker as a share of a legal one's (0..1)
     */
    public record Labour(List<Double> wageBySkill, double livingCost, double employmentRate,
                         double irregularWageShare) implements java.io.Serializable {
        public Labour {
            wageBySkill = Lists.copy(wageBySkill);
        }

        /** Monthly wage of a legal worker with {@code skill}, local currency. */
        public double wage(Skill skill) {
            return wageBySkill.get(skill.ordinal());
        }

        void validate(Problems p, String path) {
            Lists.positives(p, path + ".wageBySkill", wageBySkill, Skill.COUNT);
            p.nonNegative(path + ".livingCost", livingCost);
            p.probability(path + ".employmentRate", employmentRate);
            p.probability(path + ".irregularWageShare", irregularWageShare);
        }
    }

    /**
     * @param raidHazardLegal     monthly probability that a legal migrant is detained in a raid (0..1)
     * @param raidHazardIrregular monthly probability that an irregular migrant is detained in a raid (0..1)
     * @param deportationShare    share of detentions that end in deportation (0..1)
     * @param banMonths           length of the re-entry ban that follows a deportation, months
     * @param lapseHazard         monthly probability that a legal migrant loses status (fee unpaid, papers expired)
     * @param regulariseHazard    monthly probability that an irregular migrant tries to regularise (then must pass
     *                            the exam)
     * @param irregularOnArrival  share of arrivals who work without papers from the start, whatever the route (for
     *                            example on a tourist visa) (0..1)
     */
    public record Enforcement(double raidHazardLegal, double raidHazardIrregular, double deportationShare,
                              int banMonths, double lapseHazard, double regulariseHazard,
                              double irregularOnArrival) implements java.io.Serializable {
        void validate(Problems p, String path) {
            p.probability(path + ".raidHazardLegal", raidHazardLegal);
            p.probability(path + ".raidHazardIrregular", raidHazardIrregular);
            p.probability(path + ".deportationShare", deportationShare);
            p.range(path + ".banMonths", banMonths, 0, 1200);
            p.probability(path + ".lapseHazard", lapseHazard);
            p.probability(path + ".regulariseHazard", regulariseHazard);
            p.probability(path + ".irregularOnArrival", irregularOnArrival);
        }
    }

    void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        if (p.present(path + ".entry", entry)) {
            entry.validate(p, path + ".entry");
        }
        if (p.present(path + ".costs", costs)) {
            costs.validate(p, path + ".costs");
        }
        if (p.present(path + ".labour", labour)) {
            labour.validate(p, path + ".labour");
        }
        if (p.present(path + ".enforcement", enforcement)) {
            enforcement.validate(p, path + ".enforcement");
        }
        p.positive(path + ".localPerUsd", localPerUsd);
        p.probability(path + ".transferFeeRate", transferFeeRate);
        p.probability(path + ".naturalisationHazard", naturalisationHazard);
        p.range(path + ".utilityConstant", utilityConstant, -50, 50);
    }
}
