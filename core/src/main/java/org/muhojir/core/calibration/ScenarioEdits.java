package org.muhojir.core.calibration;

import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.Scenario;

/** Copies of scenario records with one part changed (the records have no "with" methods for these parts). */
final class ScenarioEdits {
    private ScenarioEdits() {
    }

    static Scenario withEconomy(Scenario s, HouseholdEconomy e) {
        return new Scenario(s.name(), s.description(), s.start(), s.months(), s.warmUpMonths(), s.historyStart(),
                s.population(), e, s.behaviour(),
                s.macro(), s.destinations(), s.events(), s.shocks());
    }

    /** The behaviour with the scalars a free parameter may set replaced; pass the old value to keep one. */
    static Behaviour behaviour(Behaviour b, double considerRate, double femaleCandidateShare,
                               Behaviour.UtilityWeights utility, double returnHazard, double remittanceShare) {
        return new Behaviour(considerRate, b.departureSeasonality(), b.considerConcentration(), femaleCandidateShare, utility,
                b.riskLagMonths(), b.riskAdjustment(), returnHazard, b.returnSeasonality(), b.returnDurationProfile(),
                b.returnEarningsElasticity(), b.returnReferenceRatio(), b.careReturnFactor(), remittanceShare, b.needRemittanceShare(), b.naturalisedRemittanceFactor(),
                b.russianExamFit(), b.circulation());
    }

    /** The behaviour with the return hazard's multiplier of spells over a year (the last band) replaced. */
    static Behaviour longSpellReturnFactor(Behaviour b, double factor) {
        java.util.List<Double> profile = new java.util.ArrayList<>(b.returnDurationProfile());
        profile.set(profile.size() - 1, factor);
        return new Behaviour(b.considerRate(), b.departureSeasonality(), b.considerConcentration(),
                b.femaleCandidateShare(), b.utility(),
                b.riskLagMonths(), b.riskAdjustment(), b.returnHazard(), b.returnSeasonality(), profile,
                b.returnEarningsElasticity(), b.returnReferenceRatio(), b.careReturnFactor(), b.remittanceShare(),
                b.needRemittanceShare(), b.naturalisedRemittanceFactor(), b.russianExamFit(), b.circulation());
    }

    /** The behaviour with the concentration of considering in the migrant households replaced. */
    static Behaviour considerConcentration(Behaviour b, double concentration) {
        return new Behaviour(b.considerRate(), b.departureSeasonality(), concentration, b.femaleCandidateShare(),
                b.utility(), b.riskLagMonths(), b.riskAdjustment(), b.returnHazard(), b.returnSeasonality(),
                b.returnDurationProfile(), b.returnEarningsElasticity(), b.returnReferenceRatio(),
                b.careReturnFactor(), b.remittanceShare(), b.needRemittanceShare(), b.naturalisedRemittanceFactor(),
                b.russianExamFit(), b.circulation());
    }

    /** The behaviour with its destination-choice weights replaced. */
    static Behaviour utility(Behaviour b, Behaviour.UtilityWeights utility) {
        return behaviour(b, b.considerRate(), b.femaleCandidateShare(), utility, b.returnHazard(), b.remittanceShare());
    }

    /** The economy with non-labour income and income dispersion replaced. */
    static HouseholdEconomy economy(HouseholdEconomy e, double nonLabourIncome, double incomeDispersion) {
        return economy(e, e.ruralWageFactor(), nonLabourIncome, e.urbanNonLabourIncomeFactor(), incomeDispersion,
                e.povertyLine());
    }

    /** The economy with the (headline) poverty line replaced. */
    static HouseholdEconomy economyWithLine(HouseholdEconomy e, double povertyLine) {
        return economy(e, e.ruralWageFactor(), e.nonLabourIncome(), e.urbanNonLabourIncomeFactor(),
                e.incomeDispersion(), povertyLine);
    }

    /** The economy with rural wages relative to urban ones replaced. */
    static HouseholdEconomy economyWithRuralWages(HouseholdEconomy e, double ruralWageFactor) {
        return economy(e, ruralWageFactor, e.nonLabourIncome(), e.urbanNonLabourIncomeFactor(), e.incomeDispersion(),
                e.povertyLine());
    }

    /** The economy with an urban household's non-labour income relative to a rural one's replaced. */
    static HouseholdEconomy economyWithUrbanNonLabourIncome(HouseholdEconomy e, double factor) {
        return economy(e, e.ruralWageFactor(), e.nonLabourIncome(), factor, e.incomeDispersion(), e.povertyLine());
    }

    /** The economy with the share of income above the poverty line saved each month replaced. */
    static HouseholdEconomy economyWithSavingRate(HouseholdEconomy e, double savingRate) {
        return economy(e, e.ruralWageFactor(), e.nonLabourIncome(), e.urbanNonLabourIncomeFactor(),
                e.incomeDispersion(), savingRate, e.povertyLine());
    }

    private static HouseholdEconomy economy(HouseholdEconomy e, double ruralWageFactor, double nonLabourIncome,
                                            double urbanNonLabourIncomeFactor, double incomeDispersion,
                                            double povertyLine) {
        return economy(e, ruralWageFactor, nonLabourIncome, urbanNonLabourIncomeFactor, incomeDispersion,
                e.savingRate(), povertyLine);
    }

    private static HouseholdEconomy economy(HouseholdEconomy e, double ruralWageFactor, double nonLabourIncome,
                                            double urbanNonLabourIncomeFactor, double incomeDispersion,
                                            double savingRate, double povertyLine) {
        return new HouseholdEconomy(e.localWage(), e.regionWageFactor(), ruralWageFactor, e.participationMen(),
                e.participationWomen(), nonLabourIncome, urbanNonLabourIncomeFactor, incomeDispersion,
                e.initialSavingsMonths(), e.creditMonths(), e.debtInterestMonthly(), e.debtRepaymentShare(),
                savingRate, e.savingsDrawShare(), e.savingsBufferMonths(), e.wealthSpendRate(), povertyLine,
                e.extremePovertyLine(), e.oldMethodologyPovertyLine(), e.adultEquivalentOther(),
                e.adultEquivalentChild());
    }

    static DestinationSpec.Enforcement withRaidHazardIrregular(DestinationSpec.Enforcement e, double hazard) {
        return new DestinationSpec.Enforcement(e.raidHazardLegal(), hazard, e.deportationShare(), e.banMonths(),
                e.lapseHazard(), e.regulariseHazard(), e.irregularOnArrival());
    }
}
