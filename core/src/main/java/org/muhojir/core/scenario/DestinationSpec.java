package org.muhojir.core.scenario;

import java.time.YearMonth;
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
 * @param naturalisationHazard monthly probability that a legal migrant abroad {@code circulation.naturalisationMonths}
 *                             or more becomes a citizen
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
        @Param(doc = "Exchange rate: units of the destination's currency per US dollar, by month (the recorded path; "
                + "an exchangeRateShock multiplies it while in force, an exchangeRatePath replaces it).",
                unit = "local currency per USD", min = 0, minExclusive = true, recorded = true,
                source = {"Russia: data:rub_per_usd_monthly (the central bank's monthly averages, 2013-01 to 2024-05) "
                    + "and data:rub_per_usd_annual elsewhere (2005-2025; 2024 BIS, 2025 a press calculation, both "
                    + "flagged), each year's average kept; held after 2025",
                    "Kazakhstan: data:kzt_per_usd_annual (WDI; 2025 from memory, unconfirmed), each year's average "
                    + "kept; held after 2025",
                    "Turkey: data:try_per_usd_annual (2013-2025; 2025 from memory, unconfirmed; held before 2013)",
                    "South Korea: data:krw_per_usd_annual", "UK: data:gbp_per_usd_annual",
                    "Gulf: the UAE dirham's peg, 3.6725 per USD since 1997 (Central Bank of the UAE; not in data/)",
                    "USA: 1"})
        MonthlySeries localPerUsd,
        @Param(doc = "Share of each remittance lost to transfer fees on this corridor.", unit = "share", min = 0,
                max = 1,
                source = "data:remittance_transfer_cost: 4.2% corridor average, 1-2% on the cheapest channels; "
                + "2% chosen between them (assumption)")
        double transferFeeRate,
        @Param(doc = "Monthly probability that a legal migrant abroad behaviour.circulation.naturalisationMonths or "
                + "more becomes a citizen.", unit = "probability per month", min = 0, max = 1,
                source = "Russia: assumption (0.3% a month), not fitted: data:russian_citizenship_granted_to_tajiks "
                + "counts every Tajik citizen naturalised, and the hazard that reaches it leaves a settled pool that "
                + "drifts after the warm-up (docs/calibration.md, section 6)")
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

    /** This destination with another labour market. */
    public DestinationSpec withLabour(Labour l) {
        return new DestinationSpec(destination, entry, costs, l, enforcement, localPerUsd, transferFeeRate,
                naturalisationHazard, utilityConstant);
    }

    /** This destination with another monthly naturalisation hazard (probability per month). */
    public DestinationSpec withNaturalisationHazard(double hazard) {
        return new DestinationSpec(destination, entry, costs, labour, enforcement, localPerUsd, transferFeeRate,
                hazard, utilityConstant);
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
     * @param examFrom       first month the entry test applies (null: always); before it there is none
     * @param quotaFrom      first month the quota's places are offered (null: always); before it there are none
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
            int maxStayMonths,
            @Param(doc = "First month the entry test applies, \"YYYY-MM\": before it there is none (every candidate "
                    + "passes, whatever their Russian). Leave it out for a test in every month.", optional = true,
                    source = "Russia: data:policy_events 2014-09-01 (the Russian language, history and law exam for "
                    + "work permits)")
            YearMonth examFrom,
            @Param(doc = "First month the route offers its annualQuota of places to Tajik workers, \"YYYY-MM\": "
                    + "before it there are none. Leave it out for places in every month.", optional = true,
                    source = "UK: assumption, 2022-01: the seasonal-worker route took no Tajik workers in 2013 "
                    + "and opened to them in the early 2020s (not in data/)")
            YearMonth quotaFrom)
            implements java.io.Serializable {
        /** This entry as a quota route of {@code places} a calendar year (persons at national scale). */
        public Entry withQuota(int places) {
            return new Entry(EntryRoute.QUOTA, places, refusalRate, lotteryWinRate, examPassRate, russianExam,
                    skilledOnly, maxStayMonths, examFrom, quotaFrom);
        }

        /** This entry with the test passed with probability {@code rate} (0..1). */
        public Entry withExamPassRate(double rate) {
            return new Entry(route, annualQuota, refusalRate, lotteryWinRate, rate, russianExam, skilledOnly,
                    maxStayMonths, examFrom, quotaFrom);
        }

        /** This entry open only to candidates with a trade or higher education, or to all. */
        public Entry withSkilledOnly(boolean only) {
            return new Entry(route, annualQuota, refusalRate, lotteryWinRate, examPassRate, russianExam, only,
                    maxStayMonths, examFrom, quotaFrom);
        }

        /** Whether the entry test applies in {@code month}. */
        public boolean examIn(YearMonth month) {
            return examFrom == null || !month.isBefore(examFrom);
        }

        /** Places a calendar year offered in {@code month}: the quota from {@link #quotaFrom()}, none before. */
        public int quotaIn(YearMonth month) {
            return quotaFrom == null || !month.isBefore(quotaFrom) ? annualQuota : 0;
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
                    source = {"Russia: data:rus_patent_price_moscow (2021 from memory) by the legal formula "
                    + "(PatentFee): 1,200 RUB (data:patent_fee_formula base_rate) x the year's federal deflator "
                    + "(data:rus_patent_federal_deflator, 2015-2026; 2017-2019 and 2021-2023 from memory, "
                    + "unconfirmed) x Moscow's coefficient (published for 2025 and 2026, data:patent_fee_formula; "
                    + "other years implied by the reported Moscow fee); 1,200 RUB before 2015 (assumption); held "
                    + "after 2026"})
            MonthlySeries monthlyFee) implements java.io.Serializable {
    }

    /**
     * @param wageBySkill        monthly wage of a legal worker before deductions at source, local currency, indexed by
     *                           {@link Skill#ordinal()}
     * @param payDeductionShare  share of a legal worker's wage deducted at source for income tax and social
     *                           contributions (0..0.6): legal workers are paid {@code wageBySkill x (1 - this)}
     * @param livingCost         monthly living cost (rent, food, transport), local currency
     * @param employmentRate     share of months abroad in which a migrant has work (0..1)
     * @param irregularWageShare wage of an irregular worker (cash in hand, nothing deducted) as a share of a legal
     *                           one's before deductions (0..1)
     * @param irregularEmploymentShare chance of an irregular worker having work in a month, as a share of a legal
     *                           one's (0..1)
     * @param wageIndex          nominal wages by month, any base: wages are {@code wageBySkill} times this index over
     *                           its mean in the scenario's price base year ({@link Macro#priceBaseYear()})
     * @param priceIndex         consumer prices by month, any base: the living cost moves with it as wages do with
     *                           {@code wageIndex}
     * @param labourDemand       demand for labour by month, any base (the destination's employed share of its
     *                           labour force): migrants' employment moves with it relative to the price base year
     * @param demandElasticity   how strongly migrants' employment follows {@code labourDemand}: employment is
     *                           {@code employmentRate x (demand / base year's)^demandElasticity}, at most 1
     * @param seasonalPayAmplitude how much the month's pay moves with the seasons ({@link #payFactor})
     * @param crowding           how the chance of work falls as more Tajiks work there ({@link Crowding})
     */
    public record Labour(
            @Param(doc = "Monthly wage of a legal worker by skill: none, trade, higher.",
                    unit = "local currency per month", min = 0, minExclusive = true, by = Index.SKILL,
                    source = {"Russia: data:migrant_wages_russia 2017 (27,900 RUB legal) stated at the price base "
                    + "year by the migrants' wage index (x 1.98 from 2017 to 2023: RussianWageMix); skill premia "
                    + "assumed",
                    "UK: data:migrant_wages_uk_seasonal 2023 at 0.804 GBP per USD (Bank of England)"})
            List<Double> wageBySkill,
            @Param(doc = "Share of a legal worker's wage deducted at source for income tax and social "
                    + "contributions: legal workers are paid wageBySkill x (1 - this); irregular workers, paid "
                    + "without deductions, irregularWageShare x wageBySkill. 0 where wageBySkill is already the pay "
                    + "in hand.", unit = "share", min = 0, max = 0.6,
                    source = {"UK: what PAYE withholds at HMRC's 2023/24 rates on 2,290 GBP a month (a worker of "
                    + "six months may reclaim part of the income tax after the tax year; not modelled): income tax "
                    + "20% above the personal allowance's 1,048.25 GBP a month (12,570 GBP a year, tax code 1257L) "
                    + "and employee National Insurance 12% above the primary threshold of 1,048 GBP a month, 397 "
                    + "GBP, 0.17 (not in data/); "
                    + "employee National Insurance fell to 10% in January 2024 and 8% in April 2024 (0.15 then; "
                    + "assumption: the price base year's rates held)",
                    "South Korea: assumption, 0.06: health insurance 3.545% and long-term care 0.454% (2023), "
                    + "employment insurance 0.9% and income tax with its local surtax about 1% at the minimum wage; "
                    + "National Pension contributions left out (paid back in a lump sum on leaving, or not due)",
                    "USA: assumption, 0.15: the pay assumed is before tax; social security and Medicare 7.65% and "
                    + "federal and state income tax about 7-8% on 36,000 USD a year",
                    "Russia: data:migrant_wages_russia is the pay in hand, 0; a legal worker's income tax is the "
                    + "patent (Costs.monthlyFee)",
                    "Kazakhstan: assumption, 0: the pay assumed is in hand; a legal worker's income tax is the "
                    + "patent (Costs.monthlyFee)",
                    "Turkey: assumption, 0: the wage assumed is near the net minimum wage, after tax",
                    "Gulf: assumption, 0: no income tax on wages, no social contributions for foreign workers"})
            double payDeductionShare,
            @Param(doc = "Monthly living cost: rent, food, transport.",
                    unit = "local currency per month", min = 0)
            double livingCost,
            @Param(doc = "Share of months abroad in which a migrant has work.", unit = "share", min = 0, max = 1)
            double employmentRate,
            @Param(doc = "Wage of an irregular worker as a share of a legal one's before deductions (an "
                    + "irregular worker has none at source).", unit = "share", min = 0,
                    max = 1, source = "Russia: data:migrant_wages_russia 2017 (25,100 vs 27,900 RUB)")
            double irregularWageShare,
            @Param(doc = "Chance of an irregular worker having work in a month, as a share of a legal one's: "
                    + "employers who hire without papers risk fines, and raids interrupt work.", unit = "share",
                    min = 0, max = 1, source = "assumption, bounded by data:migrant_wages_russia 2017: with its pay "
                    + "gap (25,100 vs 27,900 RUB), 92% employment and Moscow's 2017 patent of 4,200 RUB "
                    + "(data:patent_fee_moscow), irregular work would pay as much as legal work at a share of 0.855; "
                    + "0.85 keeps it below, as surveys report")
            double irregularEmploymentShare,
            @Param(doc = "Nominal wages by month, any base (the destination's average wage): wageBySkill is the wage "
                    + "of the price base year (macro.priceBaseYear) and moves with this index before and after it.", unit = "index",
                    min = 0, minExclusive = true,
                    source = {"Russia: Rosstat's average wage by sector (data:rus_wage_construction_annual, "
                    + "rus_wage_hotels_restaurants_annual, rus_wage_transport_annual, rus_wage_manufacturing_annual, "
                    + "rus_wage_trade_annual, rus_wage_agriculture_annual, 2005-2024) and the whole economy's "
                    + "(data:rus_wage_nominal_avg_annual, which also carries the mix to 2025), weighted by the "
                    + "migrants' sector mix (data:migrant_sector_shares 2023, IOM; the mapping and the 16% it leaves "
                    + "unassigned are assumptions: RussianWageMix), each year's average kept; held after 2025",
                    "Kazakhstan: data:kaz_wage_nominal_avg_annual (2005-2009 and 2012-2014 from memory, unconfirmed) "
                    + "and 2025's average derived from its first two quarters' growth over 2024's, each year's average "
                    + "kept; held after 2025",
                    "Turkey: data:tur_min_wage_net_monthly (2013's and 2014's January rates from memory, unconfirmed), "
                    + "the net minimum wage from January and, in the years it rose mid-year (2013-2015, 2022, 2023), "
                    + "from July",
                    "South Korea: data:kor_min_wage_hourly, the statutory rate of each calendar year",
                    "UK: data:gbr_national_living_wage_hourly, each rate from April (held after 2025)",
                    "others: constant (no wage series in data/; assumption)"}, recorded = true)
            MonthlySeries wageIndex,
            @Param(doc = "Consumer prices by month, any base: livingCost is the cost of the price base year "
                    + "(macro.priceBaseYear) and moves with this index before and after it. The data have no prices "
                    + "of the other destinations: Kazakhstan's and Turkey's defaults are their wage indices (their "
                    + "living cost follows their wages), South Korea's and the UK's their currency per US dollar "
                    + "(their living cost holds its dollar value).", unit = "index", min = 0,
                    minExclusive = true,
                    source = {"Russia: data:rus_cpi_annual_avg (Rosstat, WDI; 2022-2025 computed from Rosstat's "
                    + "monthly indices), chained into a price level, each year's average kept; held after 2025 "
                    + "(assumption: flat)", "Kazakhstan, Turkey: the destination's wage index, so the living cost "
                    + "follows the wages (no price series in data/; assumption: the tenge and the lira lost much of "
                    + "their value to inflation at home, which wages followed)", "South Korea, UK: the destination's "
                    + "currency per US dollar, so the living cost holds its dollar value (no price series in data/; "
                    + "assumption)",
                    "Gulf, USA: constant (a pegged or dollar currency; assumption)"}, recorded = true)
            MonthlySeries priceIndex,
            @Param(doc = "Demand for labour by month, any base (for Russia the employed share of the labour force, "
                    + "100 minus unemployment): migrants' chance of work moves with it, relative to the price base "
                    + "year (macro.priceBaseYear).", unit = "index", min = 0, minExclusive = true,
                    source = {"Russia: 100 minus unemployment: data:rus_unemployment_rate_monthly_3mma (Rosstat's "
                    + "labour-force survey, three-month windows, each for its middle month) from 2017-02, "
                    + "data:rus_unemployment_rate_annual (IMF WEO to 2016) before, each year's average kept, joined "
                    + "smoothly; held after the last month (assumption: flat)",
                    "others: constant (no series used yet; assumption)"}, recorded = true)
            MonthlySeries labourDemand,
            @Param(doc = "How strongly migrants' chance of work follows labourDemand: employment is "
                    + "employmentRate x (demand / the price base year's)^demandElasticity, at most 1. Migrants work in "
                    + "the most cyclical jobs (construction, trade, services), so they gain and lose work faster "
                    + "than the labour force as a whole.", unit = "elasticity", min = 0, max = 20,
                    source = "assumption: 4 (a rise of unemployment by one point of the labour force costs "
                    + "migrants about 4% of their months of work); not identified by any calibration-year figure")
            double demandElasticity,
            @Param(doc = "How much the month's pay moves with the seasons: wages are multiplied by 1 + this x "
                    + "cos(2 pi (calendar month - 7) / 12), highest in July and lowest in "
                    + "January, 1 over a whole year (hours, overtime and piece rates of construction and farm work, "
                    + "which slow or stop in the cold months). Migrants see it in what they earn and send, in their "
                    + "choice of destination and in their return rule.", unit = "share of the year's pay", min = 0,
                    max = 0.9,
                    source = {"Russia and Kazakhstan: 0.3, assumption set by hand on the Central Bank of Russia's "
                    + "transfers to Tajikistan by quarter (data:remit_cbr_transfers_russia_to_tajikistan): 16% of "
                    + "2013's in its first quarter and 33% in its third, 43% of 2019's in its first half; 0.3 gives "
                    + "about 16%, 34% and 43% in the history (docs/calibration.md, section 6), where the model without "
                    + "a season of pay had 24%, 26% and 47%",
                    "others: 0 (no season used; assumption)"})
            double seasonalPayAmplitude,
            @Param(doc = "How migrants' chance of work falls as more Tajiks work at the destination.")
            Crowding crowding) implements java.io.Serializable {
        /** The calendar month of the highest pay (July: the middle of the building season; assumption). */
        public static final int PAY_PEAK_MONTH = 7;

        /**
         * Copies {@code wageBySkill}, keeping null elements so that validation reports them with their paths; the
         * values are checked when a {@link Scenario} holding them is built.
         */
        public Labour {
            wageBySkill = NumberLists.copy(wageBySkill);
        }

        /** Monthly wage of a legal worker with {@code skill}, before deductions, local currency. */
        public double wage(Skill skill) {
            return wageBySkill.get(skill.ordinal());
        }

        /** Monthly pay of a legal worker with {@code skill} after deductions at source, local currency. */
        public double payAfterDeductions(Skill skill) {
            return wage(skill) * (1 - payDeductionShare);
        }

        /** This labour market with another {@link Crowding}. */
        public Labour withCrowding(Crowding c) {
            return new Labour(wageBySkill, payDeductionShare, livingCost, employmentRate, irregularWageShare,
                    irregularEmploymentShare, wageIndex, priceIndex, labourDemand, demandElasticity,
                    seasonalPayAmplitude, c);
        }

        /** This labour market with another {@link #payDeductionShare}. */
        public Labour withPayDeductionShare(double share) {
            return new Labour(wageBySkill, share, livingCost, employmentRate, irregularWageShare,
                    irregularEmploymentShare, wageIndex, priceIndex, labourDemand, demandElasticity,
                    seasonalPayAmplitude, crowding);
        }

        /**
         * The month's pay relative to the year's in calendar month {@code month} (1 to 12):
         * {@code 1 + seasonalPayAmplitude x cos(2 pi (month - 7) / 12)}; its mean over the twelve months is 1.
         */
        public double payFactor(int month) {
            return 1 + seasonalPayAmplitude * Math.cos(2 * Math.PI * (month - PAY_PEAK_MONTH) / 12.0);
        }

        /**
         * Crowding of the migrants' labour market: Tajiks at a destination compete for the same jobs (the trades,
         * building sites and markets their networks lead them to), so the more of them work there, the fewer months
         * each has work. The chance of work is multiplied by {@code (migrants / referenceMigrants)^-elasticity}, the
         * product at most 1, migrants being the members abroad there at the end of last month (scaled to the
         * nation): at {@code referenceMigrants} it is what {@code employmentRate} and {@code labourDemand} give, with
         * fewer migrants it is higher, and 1% more migrants there cost each about {@code elasticity}% of their months
         * of work. Migrants deciding where to go
         * and whether to come home see the crowded chance of work in what they expect to earn.
         *
         * @param elasticity        elasticity of the chance of work to the number of migrants there (0 for none)
         * @param referenceMigrants the number of migrants there at which the chance of work is uncrowded, persons
         */
        public record Crowding(
                @Param(doc = "How strongly migrants' chance of work falls with the number of Tajiks working at the "
                        + "destination: it is multiplied by (members abroad there at the end of last month, for the "
                        + "nation / referenceMigrants) to the power minus this (the product at most 1: with fewer "
                        + "migrants than referenceMigrants it rises); 0 for none.",
                        unit = "elasticity", min = 0, max = 5,
                        source = {"Russia: 0.3, assumption: the lower end of the own-group estimates of how pay "
                        + "answers a group's own supply (Borjas, 2003, Quarterly Journal of Economics 118(4): a 10% "
                        + "larger supply lowers pay by 3 to 4%), applied to months of work; set, not fitted "
                        + "(docs/calibration.md, section 6)",
                        "others: 0 (their stocks are small against their labour markets; assumption)"})
                double elasticity,
                @Param(doc = "The number of Tajiks at the destination at which their chance of work is uncrowded "
                        + "(employmentRate, moved by labourDemand); a normalisation.", unit = "persons", min = 0,
                        minExclusive = true,
                        source = {"Russia: 1,000,000, about the stock of 2011 (data:migrant_stock_russia: 1.03 "
                        + "million) and of the present-day baseline's 2023 (normalisation)",
                        "others: 1 (no crowding; normalisation)"})
                double referenceMigrants) implements java.io.Serializable {
            /** No crowding: the chance of work does not depend on how many migrants are there. */
            public static final Crowding NONE = new Crowding(0, 1);

            /**
             * The chance of work ({@code 0..1}) with {@code migrants} at the destination, from the uncrowded
             * {@code employment}: {@code employment x (migrants / referenceMigrants)^-elasticity}, at most 1 (and 0
             * where there is no work at all, whoever is there).
             */
            public double employment(double employment, double migrants) {
                if (elasticity == 0 || employment <= 0) {
                    return employment;
                }
                return Math.min(1, employment * Math.pow(migrants / referenceMigrants, -elasticity));
            }
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
