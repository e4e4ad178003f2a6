package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.Source;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;

/** A run can say which of its values are data, calibrated, assumptions or its own. */
class ProvenanceTest {
    private static Map<String, Source.Kind> kinds(Scenario s) {
        return Provenance.of(s).stream().collect(Collectors.toMap(e -> e.path().toString(),
                Provenance.Entry::kind));
    }

    @Test
    void theBaselineSaysWhereEachOfItsValuesComesFrom() {
        Map<String, Source.Kind> k = kinds(TajikistanDefaults.baseline());
        assertEquals(Source.Kind.DATA, k.get("economy.localWage"));
        assertEquals(Source.Kind.CALIBRATED, k.get("behaviour.considerRate"));
        assertEquals(Source.Kind.ASSUMPTION, k.get("population.workingAgeShare"));
        assertEquals(Source.Kind.DATA, k.get("economy.adultEquivalentChild"));
        assertEquals(Source.Kind.PUBLISHED, k.get("behaviour.returnEarningsElasticity"));
        assertEquals(Source.Kind.SETTING, k.get("months"));
        assertEquals(Source.Kind.DATA, k.get("destinations[Russia].costs.monthlyFee"));
        assertEquals(Source.Kind.ASSUMPTION, k.get("destinations[Turkey].costs.monthlyFee"));
        assertEquals(Source.Kind.CALIBRATED, k.get("destinations[Kazakhstan].utilityConstant"));
        assertTrue(Provenance.assumptions(TajikistanDefaults.baseline()).size() > 50);
    }

    @Test
    void aValueTheScenarioChangesAndEachShockAreTheScenarios() {
        Behaviour b = TajikistanDefaults.behaviour();
        Scenario s = TajikistanDefaults.baseline().withBehaviour(new Behaviour(0.06, b.departureSeasonality(), b.considerConcentration(),
                b.femaleCandidateShare(), b.utility(), b.riskLagMonths(), b.riskAdjustment(), b.returnHazard(),
                b.returnSeasonality(), b.returnDurationProfile(), b.returnEarningsElasticity(), b.returnReferenceRatio(), b.careReturnFactor(), b.remittanceShare(),
                b.needRemittanceShare(), b.naturalisedRemittanceFactor(), b.russianExamFit(), b.circulation()))
                .plusShocks(List.of(new ScheduledShock(YearMonth.of(2024, 1), 6,
                        new RaidWave(Destination.RUSSIA, 3))));
        Map<String, Source.Kind> k = kinds(s);
        assertEquals(Source.Kind.SCENARIO, k.get("behaviour.considerRate"));
        assertEquals(Source.Kind.CALIBRATED, k.get("behaviour.returnHazard"));
        assertEquals(Source.Kind.SCENARIO, k.get("shocks[0]"));
        assertEquals(Source.Kind.SETTING, kinds(s.withSampleFraction(0.02)).get("population.sampleFraction"));
        // the values a reader must know besides the shocks: only the one changed, with the default it replaces
        assertEquals(List.of("behaviour.considerRate = 0.06 (core default " + b.considerRate() + ")"),
                Provenance.changes(s.withSampleFraction(0.02).withPeriod(YearMonth.of(2024, 1), 6)).stream()
                        .map(Provenance.Change::toString).toList());
        assertEquals(List.of(), Provenance.changes(TajikistanDefaults.baseline()));
    }
}
