package org.muhojir.scenarios.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each field of the scenario format means, with its unit: shown in the JSON Schema (editors show it on hover)
 * and in the reference documentation. Keys are {@code RecordName.component}; a test requires one for every field.
 */
public final class FieldDocs {
    private static final Map<String, String> DOCS = parse("""
        Scenario.name | Short identifier used in reports and output files. Default: the file name without .json.
        Scenario.description | What story the scenario tells and what it shows (a paragraph for the reader of the report).
        Scenario.start | First simulated month, "YYYY-MM".
        Scenario.months | Number of months simulated (1 to 1200).
        Scenario.population | How the synthetic household population is built.
        Scenario.economy | The household economy at home and the poverty lines; money in somoni (TJS) per month.
        Scenario.behaviour | Parameters of the behavioural rules (who leaves, where, when they return, what they send).
        Scenario.macro | Exogenous national paths: GDP and the somoni's exchange rate.
        Scenario.destinations | Destinations by name; give only the fields that differ from the scenario extended.
        Scenario.shocks | Dated shocks and policies; a file's shocks are added after those of the scenario it extends.
        PopulationSpec.nationalHouseholds | Households in the country at full scale (households).
        PopulationSpec.sampleFraction | Share of households simulated, more than 0 and at most 1; each stands for 1/f households. The command line's --sample and --full override it.
        PopulationSpec.regionPopulationShare | Share of the population living in each region (shares summing to 1).
        PopulationSpec.urbanShare | Share of each region's population that is urban (0 to 1).
        PopulationSpec.meanSizeUrban | Mean persons per urban household (persons).
        PopulationSpec.meanSizeRural | Mean persons per rural household (persons).
        PopulationSpec.workingAgeShare | Share of household members of working age (0 to 1); the rest are dependants.
        PopulationSpec.skillShare | Share of households whose prospective migrants have each skill: none, trade (welder, crane operator, plumber), higher education (shares summing to 1).
        PopulationSpec.russianLevelShare | Share of households whose prospective migrants speak Russian at level 0 (none), 1 (basic), 2 (conversational), 3 (fluent) (shares summing to 1).
        PopulationSpec.initialAbroadShare | Share of each region's households with one member abroad at the start (0 to 1).
        PopulationSpec.initialDestinationShare | Where those members are at the start (shares summing to 1).
        PopulationSpec.initialIrregularShare | Share of members abroad at the start without papers (0 to 1).
        PopulationSpec.extraTieShare | Share of households with kin or neighbours at each destination besides their own members (0 to 1).
        HouseholdEconomy.localWage | Monthly earnings of an employed working-age person at home (TJS per month).
        HouseholdEconomy.regionWageFactor | Local wages in each region relative to localWage (factor).
        HouseholdEconomy.ruralWageFactor | Rural wages relative to urban ones in the same region (factor).
        HouseholdEconomy.participationMen | Share of working-age men at home who have local work (0 to 1).
        HouseholdEconomy.participationWomen | Share of working-age women at home who have local work (0 to 1).
        HouseholdEconomy.nonLabourIncome | Farm produce, pensions and transfers (TJS per person per month).
        HouseholdEconomy.incomeDispersion | Standard deviation of the log of a household's earnings multiplier (0 to 3).
        HouseholdEconomy.initialSavingsMonths | Mean savings at the start (months of the household's local income).
        HouseholdEconomy.creditMonths | How much a household can borrow for a journey (months of local income).
        HouseholdEconomy.debtInterestMonthly | Monthly interest on debt (share, 0 to 1).
        HouseholdEconomy.debtRepaymentShare | Share of income above the poverty line used each month to repay debt (0 to 1).
        HouseholdEconomy.savingRate | Share of income above the poverty line saved each month (0 to 1).
        HouseholdEconomy.savingsDrawShare | Share of the gap to the poverty line a household covers from savings (0 to 1).
        HouseholdEconomy.povertyLine | National poverty line (TJS per adult equivalent per month).
        HouseholdEconomy.extremePovertyLine | National extreme poverty line (TJS per adult equivalent per month); at most povertyLine.
        HouseholdEconomy.adultEquivalentOther | Weight of each working-age member after the first in the adult-equivalent scale (0 to 1).
        HouseholdEconomy.adultEquivalentChild | Weight of each dependant in the adult-equivalent scale (0 to 1).
        Behaviour.considerRate | Monthly probability that a household with a member free to go considers migration, averaged over the year (0 to 1).
        Behaviour.departureSeasonality | Relative weight of each calendar month (January first) in considering migration; the 12 weights average 1.
        Behaviour.femaleCandidateShare | Probability that the candidate is a woman when both men and women are at home (0 to 1).
        Behaviour.utility | Weights of the random-utility (multinomial logit) destination choice.
        Behaviour.riskLagMonths | Months before a destination's deportation rate is felt in villages at home (months, 0 to 24).
        Behaviour.riskAdjustment | Share of the gap between reported and perceived risk closed each month (0 to 1).
        Behaviour.returnHazard | Monthly probability of returning home by choice, before seasonality (0 to 1).
        Behaviour.returnSeasonality | Relative weight of each calendar month in returning; the 12 weights average 1.
        Behaviour.savingsTargetUsd | Savings abroad at which a migrant goes home (US dollars).
        Behaviour.careReturnFactor | Multiplier of the return hazard when no working-age member is left at home (factor).
        Behaviour.remittanceShare | Share of earnings after living costs and fees sent home (0 to 1).
        Behaviour.needRemittanceShare | Extra share sent when the household was below the poverty line last month (0 to 1; with remittanceShare at most 1).
        Behaviour.naturalisedRemittanceFactor | Remittances of a naturalised migrant relative to others (0 to 1).
        Behaviour.russianExamFit | Factor on a Russian-language exam's pass rate for Russian levels 0 to 3 (0 to 1 each).
        UtilityWeights.income | Utils per thousand TJS a month of expected net earnings.
        UtilityWeights.cost | Utils per unit of journey cost over what the household can raise.
        UtilityWeights.risk | Utils per percentage point of perceived monthly deportation risk.
        UtilityWeights.network | Utils per unit of ln(1 + per-cent of the region's households with a member there).
        UtilityWeights.tie | Utils of having kin or a member at the destination.
        UtilityWeights.russian | Utils per level of Russian where the language is Russian.
        Macro.gdpUsdMillion | Annual gross domestic product (millions of current US dollars), by the month it applies from.
        Macro.tjsPerUsd | Somoni per US dollar, by month.
        DestinationSpec.destination | Which destination (given by the key under "destinations").
        DestinationSpec.entry | How one may enter and the tests one must pass.
        DestinationSpec.costs | What it costs to go and to stay legal.
        DestinationSpec.labour | What one earns and spends there.
        DestinationSpec.enforcement | Raids, deportations, bans and changes of legal status.
        DestinationSpec.localPerUsd | Exchange rate: units of the destination's currency per US dollar, by month.
        DestinationSpec.transferFeeRate | Share of each remittance lost to transfer fees on this corridor (0 to 1).
        DestinationSpec.naturalisationHazard | Monthly probability that a migrant abroad three years or more becomes a citizen (0 to 1).
        DestinationSpec.utilityConstant | Alternative-specific constant of this destination in the choice model (utils, -50 to 50).
        Entry.route | The entry regime: VISA_FREE, VISA, QUOTA, SPONSORSHIP, LOTTERY or CLOSED.
        Entry.annualQuota | Places a calendar year at full national scale, for QUOTA routes (persons), released a twelfth a month; a candidate who finds none chooses another destination.
        Entry.refusalRate | Share of visa applications refused, or of sponsorship searches that fail (0 to 1).
        Entry.lotteryWinRate | Probability that one consideration of a LOTTERY route ends in a visa (0 to 1).
        Entry.examPassRate | Probability of passing the entry language or skills test at the first attempt for a candidate whose language fits (0 to 1); for Russia the patent's Russian exam.
        Entry.russianExam | Whether the test is in Russian, so a candidate's Russian level matters.
        Entry.skilledOnly | Whether only candidates with a trade or higher education qualify.
        Entry.maxStayMonths | Months a legal stay may last before the worker must go home (seasonal visas), or 0 for no limit.
        Costs.travelUsd | One-way travel to the destination (US dollars).
        Costs.documentsUsd | Visa, medical, recruitment and document costs paid before leaving (US dollars).
        Costs.monthlyFee | Monthly fee to stay legal, such as Russia's work patent (destination currency per month), by month.
        Labour.wageBySkill | Monthly wage of a legal worker by skill: none, trade, higher (destination currency per month).
        Labour.livingCost | Monthly living cost: rent, food, transport (destination currency per month).
        Labour.employmentRate | Share of months abroad in which a migrant has work (0 to 1).
        Labour.irregularWageShare | Wage of an irregular worker as a share of a legal one's (0 to 1).
        Enforcement.raidHazardLegal | Monthly probability that a legal migrant is detained in a raid (0 to 1).
        Enforcement.raidHazardIrregular | Monthly probability that an irregular migrant is detained in a raid (0 to 1).
        Enforcement.deportationShare | Share of detentions that end in deportation (0 to 1).
        Enforcement.banMonths | Length of the re-entry ban that follows a deportation (months).
        Enforcement.lapseHazard | Monthly probability that a legal migrant loses status: fee unpaid, papers expired (0 to 1).
        Enforcement.regulariseHazard | Monthly probability that an irregular migrant tries to regularise, then must pass the exam (0 to 1).
        Enforcement.irregularOnArrival | Share of arrivals who work without papers from the start, whatever the route, e.g. on a tourist visa (0 to 1).
        RaidWave.destination | Where the raids happen.
        RaidWave.raidMultiplier | Factor on both monthly raid hazards, legal and irregular (3 means three times as many raids).
        TightenedRules.destination | Where the rules change.
        TightenedRules.feeMultiplier | Factor on the monthly fee to stay legal (1 = unchanged).
        TightenedRules.examPassMultiplier | Factor on the exam pass rate (0.72 when first-attempt failure rises from 3% to 30%; 1 = unchanged).
        TightenedRules.extraLapseHazard | Monthly probability added to the hazard of losing legal status (0 to 1; 0 = unchanged).
        BanPolicy.destination | Which destination's bans.
        BanPolicy.banMonths | Length of a re-entry ban issued while this is in force (months).
        BanPolicy.expulsionRate | Monthly probability that an irregular migrant there is expelled and banned (0 to 1; 0 = no mass expulsions).
        Amnesty.destination | Where the amnesty is granted (it acts in its first month).
        ExchangeRateShock.currency | The currency: a destination's code (RUB, KZT, TRY, AED, KRW, GBP, USD) or TJS for the somoni.
        ExchangeRateShock.rateMultiplier | Factor on units of the currency per US dollar (2 = the currency loses half its value).
        ExchangeRatePath.currency | The currency: a destination's code (RUB, KZT, TRY, AED, KRW, GBP, USD) or TJS for the somoni.
        ExchangeRatePath.perUsd | Units of the currency per US dollar, by month, replacing the scenario's path while in force.
        BorderClosure.destination | The destination closed; leave it out to close every border.
        QuotaChange.destination | Where the quota applies (the route becomes QUOTA while in force).
        QuotaChange.annualQuota | Places a calendar year at full national scale (persons), released a twelfth a month.
        EntryRouteChange.destination | Where the regime changes.
        EntryRouteChange.route | The new entry route: VISA_FREE, VISA, QUOTA, SPONSORSHIP, LOTTERY or CLOSED.
        EntryRouteChange.documentsUsd | New cost of visa and documents (US dollars).
        EntryRouteChange.refusalRate | Share of applications refused under the new route (0 to 1).
        EntryExam.destination | Where the exam is required.
        EntryExam.examPassRate | Probability of passing at the first attempt for a candidate whose language fits (0 to 1).
        EntryExam.russianExam | Whether the exam is in Russian, so a candidate's Russian level matters (true or false).
        SkillsProgramme.regions | The regions where the programme runs.
        SkillsProgramme.share | Share of untrained households reached by the end of the programme (0 to 1), spread evenly over its months.
        ConsularProtection.destination | Where the embassy acts.
        ConsularProtection.deportationShareMultiplier | Factor on the share of detentions that end in deportation (below 1 lowers it).
        TransferFeeChange.destination | The corridor's sending country; leave it out for every corridor.
        TransferFeeChange.transferFeeRate | Share of each remittance lost to fees while in force (0 to 1).
        WageShock.destination | Where wages change.
        WageShock.wageMultiplier | Factor on wages in the local currency, every skill (0.8 for a 20% cut).
        shock.type | The kind of shock (see the list of shock types).
        shock.start | First month in force, "YYYY-MM".
        shock.months | How many months it is in force (at least 1). Leave out both months and end for the rest of the run.
        shock.end | Last month in force, "YYYY-MM" (instead of months).
        shock.note | Free text: where the shock comes from (source, date of the real event).
        file.$schema | The JSON Schema of this format, for editors (ignored by the loader).
        file.schemaVersion | Version of the scenario file format; 1.
        file.extends | The scenario this one starts from: a bundled scenario's name (such as "baseline") or a path relative to this file ("my-base.json"). Leave out to start from the core model's documented defaults.
        """);

    private static final Map<String, String> SHOCK_TYPES = parse("""
        raidWave | More inspections at a destination: raid hazards of legal and irregular migrants are multiplied.
        tightenedRules | Stricter rules to stay legal: dearer patents or visas, harder exams, registration deadlines and registers of "controlled persons" that push legal migrants out of status.
        banPolicy | A change in re-entry bans: their length after a deportation, and optionally mass expulsions of irregular migrants.
        amnesty | An amnesty acting in its first month: bans issued before it are lifted and irregular migrants are regularised.
        exchangeRateShock | A jump in an exchange rate while in force: units of the currency per US dollar are multiplied.
        exchangeRatePath | A whole exchange-rate path that replaces the scenario's while in force (for replaying history).
        borderClosure | A closed border (as in 2020): nobody leaves for the destination and migrants there cannot come home by choice; it reopens when the shock ends.
        quotaChange | A new annual quota of places for Tajik workers (South Korea's EPS, the UK's seasonal visas).
        entryRouteChange | A change of visa regime, such as Turkey ending visa-free entry in April 2024.
        entryExam | A new entry or permit exam, or a change to one: its first-attempt pass rate and whether it is in Russian (Russia's exam for work patents from 2014-09 and 2015-01).
        skillsProgramme | Vocational training at home: a share of untrained households in chosen regions gets a member trained as a welder, crane operator or plumber.
        consularProtection | An embassy that defends its citizens: fewer detentions end in deportation.
        transferFeeChange | A new transfer fee on one remittance corridor or all of them.
        wageShock | Wages at a destination change, in its own currency, for every skill.
        """);

    private FieldDocs() {
    }

    /** The documentation of {@code Record.component}, or null if there is none. */
    public static String of(String key) {
        return DOCS.get(key);
    }

    /** The documentation of a shock type, or null. */
    public static String ofShockType(String type) {
        return SHOCK_TYPES.get(type);
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.strip().split("\n")) {
            int bar = line.indexOf('|');
            m.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        return m;
    }
}
