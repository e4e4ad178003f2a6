package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.HomePriceShock;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

class ShockButtonTest {
    private static final YearMonth NEXT = YearMonth.of(2024, 3);

    @Test
    void aRaidWaveMakesRaidsFiveTimesAsFrequentForTheMonthsChosen() {
        assertEquals(List.of(new ScheduledShock(NEXT, 6, new RaidWave(Destination.RUSSIA, 5))),
                ShockButton.RAID_WAVE.schedule(NEXT, 6, Destination.RUSSIA, null));
        assertEquals(Destination.COUNT, ShockButton.RAID_WAVE.schedule(NEXT, 6, null, null).size());
    }

    @Test
    void aDevaluationDoublesUnitsPerDollarOfTheDestinationsCurrency() {
        assertEquals(List.of(new ScheduledShock(NEXT, 12, new ExchangeRateShock("RUB", 2))),
                ShockButton.DEVALUATION.schedule(NEXT, 12, Destination.RUSSIA, null));
        assertEquals(Destination.COUNT - 1, ShockButton.DEVALUATION.schedule(NEXT, 12, null, null).size());
        assertThrows(IllegalArgumentException.class,
                () -> ShockButton.DEVALUATION.schedule(NEXT, 12, Destination.USA, null));
    }

    @Test
    void aBorderClosureOfEveryDestinationIsOneShock() {
        assertEquals(List.of(new ScheduledShock(NEXT, 3, new BorderClosure(null))),
                ShockButton.BORDER_CLOSURE.schedule(NEXT, 3, null, null));
    }

    @Test
    void anAmnestyActsInItsFirstMonthOnly() {
        assertEquals(List.of(new ScheduledShock(NEXT, 1, new Amnesty(Destination.RUSSIA))),
                ShockButton.AMNESTY.schedule(NEXT, 6, Destination.RUSSIA, null));
    }

    @Test
    void aSkillsProgrammeReachesAFifthOfUntrainedHouseholdsInTheRegion() {
        assertEquals(List.of(new ScheduledShock(NEXT, 12, new SkillsProgramme(List.of(Region.KHATLON), 0.2))),
                ShockButton.SKILLS_PROGRAMME.schedule(NEXT, 12, Destination.RUSSIA, Region.KHATLON));
        assertEquals(List.of(new ScheduledShock(NEXT, 12,
                        new SkillsProgramme(Arrays.asList(Region.values()), 0.2))),
                ShockButton.SKILLS_PROGRAMME.schedule(NEXT, 12, null, null));
    }

    @Test
    void theSomoniFallsAQuarterAndPricesAtHomeFollowAThirdOfIt() {
        assertEquals(List.of(new ScheduledShock(NEXT, 12, new ExchangeRateShock("TJS", 1.3)),
                        new ScheduledShock(NEXT, 12, new HomePriceShock(1.1))),
                ShockButton.SOMONI_FALLS.schedule(NEXT, 12, Destination.RUSSIA, null));
        assertFalse(ShockButton.SOMONI_FALLS.needsDestination());
    }

    @Test
    void aShockLastsAtLeastAMonth() {
        assertThrows(IllegalArgumentException.class,
                () -> ShockButton.RAID_WAVE.schedule(NEXT, 0, Destination.RUSSIA, null));
    }
}
