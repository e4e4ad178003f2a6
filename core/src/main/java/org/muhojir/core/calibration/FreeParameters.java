package org.muhojir.core.calibration;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * The default free parameters: the behavioural and economic values of {@code TajikistanDefaults} marked
 * "assumption, calibrated", each with bounds wide enough to hold any plausible value. Each moves mainly one group
 * of targets (in brackets), which is what makes the set identifiable:
 * <ul>
 * <li>{@link #considerRate()} (departures), {@link #returnHazard()} (migrants abroad, remittances, households with
 * a migrant), {@link #longSpellReturnFactor()} (returnees back within a year against the stock),
 * {@link #considerConcentration()} (households with a migrant against the stock; not freed in the bundled
 * calibration since the urban and rural poverty figures were added: freed, it trades 2023's Gini for them);
 * <li>{@link #femaleCandidateShare()} (men's share of departures), {@link #kazakhstanConstant()} (Russia's
 * share), {@link #incomeWeight()} (how strongly real earnings pull people abroad: the rouble's fall between 2013
 * and 2023 identifies it on the history), {@link #homeUtility()} and {@link #nest()} (how many who consider leaving
 * stay, and how strongly the decision to go answers pay and risk: departures of every calibration year against
 * Russia's pay, risk and costs; docs/calibration.md, sections 6 and 13);
 * <li>{@link #remittanceShare()} (remittances);
 * <li>{@link #nonLabourIncomeOverPovertyLine()} (poverty of every year), {@link #incomeDispersion()} (Gini) and
 * {@link #povertyLineOverOldMethodologyLine()} (poverty of 2023, on its methodology's line), {@link #ruralWageFactor()}
 * and {@link #urbanNonLabourIncomeFactor()} (urban against rural poverty), {@link #savingRate()} (the Gini of
 * consumption against that of incomes: 2023's Gini);
 * <li>{@link #russiaRaidHazardIrregular()} (deportations; no target in 2023, so weakly identified) and
 * {@link #russiaNaturalisationHazard()} (naturalisations; not freed in the bundled calibration),
 * {@link #russiaCrowding()} (remittances against the stock; not freed in the bundled calibration either).
 * </ul>
 */
public final class FreeParameters {
    private FreeParameters() {
    }

    /** The default list, in a fixed order. */
    public static List<FreeParameter> defaults() {
        return List.of(considerRate(), returnHazard(), longSpellReturnFactor(), considerConcentration(),
                remittanceShare(), femaleCandidateShare(), incomeWeight(), homeUtility(), nest(), kazakhstanConstant(),
                russiaRaidHazardIrregular(), nonLabourIncomeOverPovertyLine(), incomeDispersion(),
                povertyLineOverOldMethodologyLine(), ruralWageFactor(), urbanNonLabourIncomeFactor(), savingRate(),
                russiaNaturalisationHazard(), russiaCrowding());
    }

    /** Finds a default parameter by name. */
    public static FreeParameter byName(String name) {
        for (FreeParameter p : defaults()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown free parameter '" + name + "'; known: "
                + String.join(", ", defaults().stream().map(FreeParameter::name).toList()));
    }

    /** Monthly probability that a household with someone free to go considers migration (0.01..0.20). */
    public static FreeParameter considerRate() {
        return behaviourScalar("behaviour.considerRate", "probability per month", 0.01, 0.20,
                Behaviour::considerRate, (b, v) -> ScenarioEdits.behaviour(b, v, b.femaleCandidateShare(),
                        b.utility(), b.returnHazard(), b.remittanceShare()));
    }

    /** Monthly probability of returning home by choice, before seasonality (0.01..0.20). */
    public static FreeParameter returnHazard() {
        return behaviourScalar("behaviour.returnHazard", "probability per month", 0.01, 0.20,
                Behaviour::returnHazard, (b, v) -> ScenarioEdits.behaviour(b, b.considerRate(),
                        b.femaleCandidateShare(), b.utility(), v, b.remittanceShare()));
    }

    /**
     * The return hazard's multiplier for spells of 13 months or more (the last band of
     * {@code behaviour.returnDurationProfile}, 0.05..3): with the hazard itself, it sets how many returnees come back
     * within a year (data:spell_duration_months 2023) and how long the others stay (the stock abroad). A multiplier
     * below the 7-12 months' is a hazard that falls after the first year: migrants who stay past it are those who
     * settle (duration dependence and heterogeneity, Constant and Massey, 2003, Journal of Population Economics
     * 16(4)).
     */
    public static FreeParameter longSpellReturnFactor() {
        return behaviourScalar("behaviour.returnDurationProfile[13+]", "factor", 0.05, 3,
                b -> b.returnDurationProfile().get(b.returnDurationProfile().size() - 1),
                ScenarioEdits::longSpellReturnFactor);
    }

    /**
     * How much considering migration concentrates in the migrant households ({@code behaviour.considerConcentration},
     * 0..0.9; 0 every household alike): at the same departures, a higher value puts the stock abroad in fewer
     * households, with more members abroad each (data:households_with_migrant_share, about 2019).
     */
    public static FreeParameter considerConcentration() {
        return behaviourScalar("behaviour.considerConcentration", "share (0 to below 1)", 0, 0.9,
                Behaviour::considerConcentration, ScenarioEdits::considerConcentration);
    }

    /**
     * Share of earnings after living costs and fees sent home (0.30..0.85; the upper bound leaves room for the
     * default extra share of 0.15 sent by households in need, as the two may not exceed 1 together).
     */
    public static FreeParameter remittanceShare() {
        return behaviourScalar("behaviour.remittanceShare", "share (0 to 1)", 0.30, 0.85, Behaviour::remittanceShare,
                (b, v) -> ScenarioEdits.behaviour(b, b.considerRate(), b.femaleCandidateShare(), b.utility(),
                        b.returnHazard(), v));
    }

    /** Probability that the candidate is a woman when both men and women are at home (0.02..0.40). */
    public static FreeParameter femaleCandidateShare() {
        return behaviourScalar("behaviour.femaleCandidateShare", "probability", 0.02, 0.40,
                Behaviour::femaleCandidateShare, (b, v) -> ScenarioEdits.behaviour(b, b.considerRate(), v,
                        b.utility(), b.returnHazard(), b.remittanceShare()));
    }

    /**
     * Utils per thousand somoni a month of expected net earnings at the price base's prices in the destination
     * choice (0.2..3).
     */
    public static FreeParameter incomeWeight() {
        return utilityWeight("income", "utils per 1,000 TJS a month at base-year prices", 0.2, 3.0,
                Behaviour.UtilityWeights::income, Behaviour.UtilityWeights::withIncome);
    }

    /**
     * Utils of staying at home over leaving, before earnings ({@code behaviour.utility.home}, 0..10): how many of
     * those who consider leaving stay, and so how strongly departures answer what a destination pays. With the
     * consider rate it is identified by the departures of the calibration years, which fall and rise with Russia's
     * pay (the rouble of 2013, 2017-2019 and 2023).
     */
    public static FreeParameter homeUtility() {
        return utilityWeight("home", "utils", 0, 10, Behaviour.UtilityWeights::home,
                Behaviour.UtilityWeights::withHome);
    }

    /**
     * The nested logit's dissimilarity parameter ({@code behaviour.utility.nest}, 0.05..1): how strongly the decision
     * to leave answers the destinations' utilities, against how strongly the destinations compete with each other.
     * With the utility of home it is identified by departures against Russia's pay in the calibration years.
     */
    public static FreeParameter nest() {
        return utilityWeight("nest", "factor", 0.05, 1, Behaviour.UtilityWeights::nest,
                Behaviour.UtilityWeights::withNest);
    }

    /** Kazakhstan's alternative-specific constant in the destination choice, utils (-6..0). */
    public static FreeParameter kazakhstanConstant() {
        return new FreeParameter("destinations.Kazakhstan.utilityConstant", "utils", -6, 0,
                s -> s.destination(Destination.KAZAKHSTAN).utilityConstant(),
                (s, v) -> s.withDestination(s.destination(Destination.KAZAKHSTAN).withUtilityConstant(v)),
                List.of());
    }

    /**
     * Monthly probability that a legal migrant in Russia, abroad long enough ({@code circulation.naturalisationMonths}),
     * becomes a Russian citizen (0..0.2): the target is data:russian_citizenship_granted_to_tajiks (the moment
     * {@code naturalisations_russia}). In {@link #defaults()}, but not freed in the bundled joint calibration: its
     * figures are reported, not fitted ({@code HistoryTargets}).
     */
    public static FreeParameter russiaNaturalisationHazard() {
        return new FreeParameter("destinations.Russia.naturalisationHazard", "probability per month", 0, 0.2,
                s -> s.destination(Destination.RUSSIA).naturalisationHazard(),
                (s, v) -> s.withDestination(s.destination(Destination.RUSSIA).withNaturalisationHazard(v)),
                List.of());
    }

    /**
     * Elasticity of the chance of work of Tajiks in Russia to their number
     * ({@code destinations.Russia.labour.crowding.elasticity}, 0..2; DestinationSpec.Labour.Crowding): the remittances
     * of the calibration years against the simulated stock abroad, which falls after 2015 in the history run and grows
     * again to 2023 while Russia's pay moves. In {@link #defaults()}, but not freed in the bundled joint calibration:
     * set from the literature (docs/calibration.md, section 6).
     */
    public static FreeParameter russiaCrowding() {
        return new FreeParameter("destinations.Russia.labour.crowding.elasticity", "elasticity", 0, 2,
                s -> s.destination(Destination.RUSSIA).labour().crowding().elasticity(),
                (s, v) -> {
                    DestinationSpec russia = s.destination(Destination.RUSSIA);
                    DestinationSpec.Labour l = russia.labour();
                    return s.withDestination(russia.withLabour(l.withCrowding(
                            new DestinationSpec.Labour.Crowding(v, l.crowding().referenceMigrants()))));
                }, List.of());
    }

    /** Monthly probability that an irregular migrant in Russia is detained in a raid (0.002..0.06). */
    public static FreeParameter russiaRaidHazardIrregular() {
        return new FreeParameter("destinations.Russia.enforcement.raidHazardIrregular", "probability per month",
                0.002, 0.06, s -> s.destination(Destination.RUSSIA).enforcement().raidHazardIrregular(),
                (s, v) -> {
                    DestinationSpec russia = s.destination(Destination.RUSSIA);
                    return s.withDestination(russia.withEnforcement(
                            ScenarioEdits.withRaidHazardIrregular(russia.enforcement(), v)));
                }, List.of());
    }

    /**
     * Non-labour income (farm produce, pensions, transfers) per person as a share of the old methodology's national
     * poverty line (0.1..2): sets {@code economy.nonLabourIncome = value * economy.oldMethodologyPovertyLine}.
     * Expressed relative to that line (145 TJS in 2013/14, moved by prices), a fixed amount whatever the headline
     * line's methodology, so that one value holds at any price base.
     */
    public static FreeParameter nonLabourIncomeOverPovertyLine() {
        return new FreeParameter("economy.nonLabourIncome/economy.oldMethodologyPovertyLine",
                "share of the old methodology's poverty line (sets economy.nonLabourIncome, TJS per person per month)",
                0.1, 2, s -> s.economy().nonLabourIncome() / s.economy().oldMethodologyPovertyLine(),
                (s, v) -> {
                    HouseholdEconomy e = s.economy();
                    return ScenarioEdits.withEconomy(s,
                            ScenarioEdits.economy(e, v * e.oldMethodologyPovertyLine(), e.incomeDispersion()));
                }, List.of());
    }

    /**
     * The headline poverty line (the World Bank's methodology of 2025, of the 2023 figure) over the old methodology's
     * line (1..1.6): sets {@code economy.povertyLine = value * economy.oldMethodologyPovertyLine}. data/ has the old
     * line (145 TJS in 2013/14) but not the new one; with consumption fitted to the old series' years, the 2023
     * figure identifies it. The two methodologies' headcounts
     * of 2010 (56% and 45%) imply about 1.21 on a log-normal consumption with a Gini of 0.38 (a cross-check).
     */
    public static FreeParameter povertyLineOverOldMethodologyLine() {
        return new FreeParameter("economy.povertyLine/economy.oldMethodologyPovertyLine", "ratio of the lines", 1.0,
                1.6, s -> s.economy().povertyLine() / s.economy().oldMethodologyPovertyLine(),
                (s, v) -> {
                    HouseholdEconomy e = s.economy();
                    return ScenarioEdits.withEconomy(s,
                            ScenarioEdits.economyWithLine(e, v * e.oldMethodologyPovertyLine()));
                }, List.of());
    }

    /**
     * Rural wages relative to urban ones in the same region ({@code economy.ruralWageFactor}, 0.3..1.2): with the
     * national poverty rate held by non-labour income, how poverty splits between towns and villages
     * (data:poverty_national_rate_to_2019 2013, urban 29% and rural 40%; data:poverty_urban_rural_tajstat_sdg 2018
     * and 2019). Rural households are also the most of those who migrate, so it moves what they can pay for the
     * journey and what they give up at home.
     */
    public static FreeParameter ruralWageFactor() {
        return economyScalar("economy.ruralWageFactor", "factor", 0.3, 1.2, HouseholdEconomy::ruralWageFactor,
                ScenarioEdits::economyWithRuralWages);
    }

    /**
     * An urban household's non-labour income per person relative to a rural household's
     * ({@code economy.urbanNonLabourIncomeFactor}, 0.05..1.5): towns have pensions and transfers but few of the
     * household plots whose produce villages eat. With {@link #ruralWageFactor()}, how poverty splits between towns
     * and villages; unlike it, it does not move what rural households, most of those who migrate, earn at home.
     */
    public static FreeParameter urbanNonLabourIncomeFactor() {
        return economyScalar("economy.urbanNonLabourIncomeFactor", "factor", 0.05, 1.5,
                HouseholdEconomy::urbanNonLabourIncomeFactor, ScenarioEdits::economyWithUrbanNonLabourIncome);
    }

    /**
     * The share of cash above the poverty line a household saves each month ({@code economy.savingRate}, 0..0.8).
     * Saved money is spent later on houses, ceremonies and durables, which the consumption that poverty and the Gini
     * are measured on leaves out (phase 4); as remittances arrive in migrant households, how much of them shows in
     * consumption decides how far consumption's Gini (2023's) lies above that of incomes at home.
     */
    public static FreeParameter savingRate() {
        return economyScalar("economy.savingRate", "share", 0, 0.8, HouseholdEconomy::savingRate,
                ScenarioEdits::economyWithSavingRate);
    }

    /** Standard deviation of the log of a household's earnings multiplier (0.2..1.2). */
    public static FreeParameter incomeDispersion() {
        return economyScalar("economy.incomeDispersion", "standard deviation of log income", 0.2, 1.2,
                HouseholdEconomy::incomeDispersion, (e, v) -> ScenarioEdits.economy(e, e.nonLabourIncome(), v));
    }

    /** A scalar of the household economy, {@code economy.FIELD}, read by {@code reader} and set by {@code edit}. */
    private static FreeParameter economyScalar(String name, String unit, double lower, double upper,
                                               ToDoubleFunction<HouseholdEconomy> reader,
                                               EconomyEdit edit) {
        return new FreeParameter(name, unit, lower, upper, s -> reader.applyAsDouble(s.economy()),
                (Scenario s, double v) -> ScenarioEdits.withEconomy(s, edit.apply(s.economy(), v)), List.of());
    }

    /** Replaces one value of the household economy. */
    private interface EconomyEdit {
        HouseholdEconomy apply(HouseholdEconomy e, double value);
    }

    private interface BehaviourEdit {
        Behaviour apply(Behaviour b, double value);
    }

    /** A weight of the destination choice, {@code behaviour.utility.FIELD}. */
    private static FreeParameter utilityWeight(String field, String unit, double lower, double upper,
                                               java.util.function.ToDoubleFunction<Behaviour.UtilityWeights> reader,
                                               UtilityEdit edit) {
        return behaviourScalar("behaviour.utility." + field, unit, lower, upper,
                b -> reader.applyAsDouble(b.utility()), (b, v) -> ScenarioEdits.utility(b, edit.apply(b.utility(), v)));
    }

    /** Replaces one weight of the destination choice. */
    private interface UtilityEdit {
        Behaviour.UtilityWeights apply(Behaviour.UtilityWeights w, double value);
    }

    private static FreeParameter behaviourScalar(String name, String unit, double lower, double upper,
                                                 java.util.function.ToDoubleFunction<Behaviour> reader,
                                                 BehaviourEdit edit) {
        return new FreeParameter(name, unit, lower, upper, s -> reader.applyAsDouble(s.behaviour()),
                (Scenario s, double v) -> s.withBehaviour(edit.apply(s.behaviour(), v)), List.of());
    }
}
