package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.Index;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;
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
        @Param(doc = "Which destination (given by the key under \"destinations\").")
        Destination destination,
        @Param(doc = "How one may enter and the tests one must pass.")
        Entry entry,
        @Param(doc = "What it costs to go and to stay legal.")
        Costs costs,
        @Param(doc = "What one earns and spends there.")
        Labour labour,
        @Param(doc = "Raids, deportations, bans and changes of legal status.")
        Enforcement enforcement,
        @Param(doc = "Exchange rate: units of the destination's currency per US dollar, by month.",
                unit = "local currency per USD", min = 0, minExclusive = true,
                source = {"Russia: data:exchange_rate_rub_per_usd, annual averages 2005-2023; held after",
                    "assumption: the 2023 central bank average (not in data/)"})
        MonthlySeries localPerUsd,
        @Param(doc = "Share of each remittance lost to transfer fees on this corridor.", unit = "share", min = 0,
                max = 1,
                source = "data:remittance_transfer_cost: 4.2% corridor average, 1-2% on the cheapest channels; "
                + "2% chosen between them (assumption)")
        double transferFeeRate,
        @Param(doc = "Monthly probability that a migrant abroad three years or more becomes a citizen.",
                unit = "probability per month", min = 0, max = 1,
                source = "Russia: assumption, near data:russian_citizenship_granted_to_tajiks over "
                + "data:migrant_stock_russia")
        double naturalisationHazard,
        @Param(doc = "Alternative-specific constant of this destination in the choice model.", unit = "utils",
                min = -50, max = 50,
                source = {"Russia: assumption: 0, the reference destination", "Kazakhstan: calibrated to "
                + "data:destination_share_russia 2023"})
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
    public record Entry(
            @Param(doc = "The entry regime: VISA_FREE, VISA, QUOTA, SPONSORSHIP, LOTTERY or CLOSED.")
            EntryRoute route,
            @Param(doc = "Places a calendar year at full national scale, for QUOTA routes, released a twelfth a "
                    + "month; a candidate who finds none chooses another destination.", unit = "persons a year",
                    min = 0)
            int annualQuota,
            @Param(doc = "Share of visa applications refused, or of sponsorship searches that fail.", unit = "share",
                    min = 0, max = 1)
            double refusalRate,
            @Param(doc = "Probability that one consideration of a LOTTERY route ends in a visa.",
                    unit = "probability", min = 0, max = 1,
                    source = "USA: assumption, tuned towards data:usa_green_cards (about 460 a year)")
            double lotteryWinRate,
            @Param(doc = "Probability of passing the entry language or skills test at the first attempt for a "
                    + "candidate whose language fits; for Russia the patent's Russian exam.", unit = "probability",
                    min = 0,
                    max = 1, source = "Russia: data:policy_events 2024-05 (about 3% failed before 2024)")
            double examPassRate,
            @Param(doc = "Whether the test is in Russian, so a candidate's Russian level matters.")
            boolean russianExam,
            @Param(doc = "Whether only candidates with a trade or higher education qualify.")
            boolean skilledOnly,
            @Param(doc = "Months a legal stay may last before the worker must go home (seasonal visas), or 0 for no "
                    + "limit.", unit = "months", min = 0, max = 1200)
            int maxStayMonths)
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
    }

    /**
     * @param travelUsd    one-way travel to the destination, US dollars
     * @param documentsUsd visa, medical, recruitment and document costs paid before leaving, US dollars
     * @param monthlyFee   monthly fee to stay legal (Russia's work patent), local currency per month, by month
     */
    public record Costs(
            @Param(doc = "One-way travel to the destination.", unit = "US dollars", min = 0,
                    source = "Russia: data:air_ticket_cost 2021-04 (USD 349 one way)")
            double travelUsd,
            @Param(doc = "Visa, medical, recruitment and document costs paid before leaving.", unit = "US dollars",
                    min = 0,
                    source = "Russia: data:exam_fee_patent (3,800 RUB) plus medical and translation "
                    + "(assumption, USD 100 in all)")
            double documentsUsd,
            @Param(doc = "Monthly fee to stay legal, such as Russia's work patent, by month.",
                    unit = "local currency per month", min = 0,
                    source = "Russia: data:patent_fee_moscow (5,350 RUB in 2020 to 10,000 in 2026; 2023 "
                    + "interpolated)")
            MonthlySeries monthlyFee) implements java.io.Serializable {
    }

    /**
     * @param wageBySkill        monthly wage of a legal worker, local currency, indexed by {@link Skill#ordinal()}
     * @param livingCost         monthly living cost (rent, food, transport), local currency
     * @param employmentRate     share of months abroad in which a migrant has work (0..1)
     * @param irregularWageShare wage of an irregular worker as a share of a legal one's (0..1)
     */
    public record Labour(
            @Param(doc = "Monthly wage of a legal worker by skill: none, trade, higher.",
                    unit = "local currency per month", min = 0, minExclusive = true, by = Index.SKILL,
                    source = {"Russia: data:migrant_wages_russia 2017 (27,900 RUB legal) uprated by 1.9, Russia's wage "
                    + "growth 2017-2023 (Rosstat; assumption); skill premia assumed",
                    "UK: data:migrant_wages_uk_seasonal 2023 at 0.804 GBP per USD (Bank of England)"})
            List<Double> wageBySkill,
            @Param(doc = "Monthly living cost: rent, food, transport.",
                    unit = "local currency per month", min = 0)
            double livingCost,
            @Param(doc = "Share of months abroad in which a migrant has work.", unit = "share", min = 0, max = 1)
            double employmentRate,
            @Param(doc = "Wage of an irregular worker as a share of a legal one's.", unit = "share", min = 0,
                    max = 1, source = "Russia: data:migrant_wages_russia 2017 (25,100 vs 27,900 RUB)")
            double irregularWageShare) implements java.io.Serializable {
        public Labour {
            wageBySkill = NumberLists.copy(wageBySkill);
        }

        /** Monthly wage of a legal worker with {@code skill}, local currency. */
        public double wage(Skill skill) {
            return wageBySkill.get(skill.ordinal());
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
    public record Enforcement(
            @Param(doc = "Monthly probability that a legal migrant is detained in a raid.",
                    unit = "probability per month", min = 0, max = 1)
            double raidHazardLegal,
            @Param(doc = "Monthly probability that an irregular migrant is detained in a raid.",
                    unit = "probability per month", min = 0, max = 1)
            double raidHazardIrregular,
            @Param(doc = "Share of detentions that end in deportation.", unit = "share", min = 0, max = 1)
            double deportationShare,
            @Param(doc = "Length of the re-entry ban that follows a deportation.", unit = "months", min = 0,
                    max = 1200, source = "assumption: the upper end of the usual three to five years")
            int banMonths,
            @Param(doc = "Monthly probability that a legal migrant loses status: fee unpaid, papers expired.",
                    unit = "probability per month", min = 0, max = 1)
            double lapseHazard,
            @Param(doc = "Monthly probability that an irregular migrant tries to regularise, then must pass the exam.",
                    unit = "probability per month", min = 0, max = 1)
            double regulariseHazard,
            @Param(doc = "Share of arrivals who work without papers from the start, whatever the route, e.g. on a "
                    + "tourist visa.", unit = "share", min = 0, max = 1)
            double irregularOnArrival) implements java.io.Serializable {
    }
}
