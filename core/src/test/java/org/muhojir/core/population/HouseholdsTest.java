package org.muhojir.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/** The slot bookkeeping of {@link Households}: counts abroad always equal the filled slots. */
class HouseholdsTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final int TR = Destination.TURKEY.ordinal();
    private static final int LEGAL = LegalStatus.LEGAL.ordinal();
    private static final int IRREGULAR = LegalStatus.IRREGULAR.ordinal();

    @Test
    void newHouseholdsHaveNobodyAbroadAndNoBan() {
        Households hh = new Households(3, 100);
        for (int h = 0; h < 3; h++) {
            assertEquals(0, hh.membersAbroad(h));
            assertEquals(h * Households.SLOTS, hh.freeSlot(h));
            assertEquals(Households.NONE, hh.banDestination[h]);
            assertEquals(Households.NONE, hh.intent[h]);
        }
        assertEquals(100, hh.weight);
    }

    @Test
    void occupyAndClearKeepCountsAndHomeHelpersRight() {
        Households hh = new Households(2, 1);
        // household 1: 3 men, 2 women, 4 dependants (its slots are 3, 4, 5)
        hh.men[1] = 3;
        hh.women[1] = 2;
        hh.dependants[1] = 4;
        hh.occupy(3, RU, false, LEGAL, -3);
        assertEquals(1, hh.menAbroad[1]);
        assertEquals(2, hh.menAtHome(1));
        assertEquals(2, hh.womenAtHome(1));
        assertEquals(8, hh.membersAtHome(1)); // 9 members, 1 abroad
        assertEquals(4, hh.freeSlot(1));
        hh.occupy(4, TR, true, IRREGULAR, 0);
        assertEquals(1, hh.womenAbroad[1]);
        assertEquals(1, hh.womenAtHome(1));
        assertEquals(2, hh.membersAbroad(1));
        assertTrue(hh.hasFreeSlot(1));
        hh.occupy(5, RU, false, LEGAL, 1);
        assertFalse(hh.hasFreeSlot(1));
        assertEquals(-1, hh.freeSlot(1));
        assertEquals(1, hh.menAtHome(1));
        assertEquals(6, hh.membersAtHome(1));

        hh.slotSavingsUsd[4] = 300;
        hh.clearSlot(4, 0); // the woman in Turkey comes home
        assertEquals(0, hh.womenAbroad[1]);
        assertEquals(2, hh.menAbroad[1]);
        assertEquals(4, hh.freeSlot(1));
        assertEquals(Households.NONE, hh.slotDestination[4]);
        assertEquals(0, hh.slotSavingsUsd[4]);
        assertEquals(0, hh.slotFemale[4]);
        // household 0 is untouched
        assertEquals(0, hh.membersAbroad(0));
        assertEquals(0, hh.freeSlot(0));
    }

    @Test
    void countsAbroadEqualFilledSlotsThroughRandomMoves() {
        Households hh = new Households(50, 1);
        SplittableRandom r = new SplittableRandom(11);
        for (int h = 0; h < hh.size; h++) {
            hh.men[h] = 3;
            hh.women[h] = 3;
        }
        for (int step = 0; step < 5_000; step++) {
            int h = r.nextInt(hh.size);
            int s = h * Households.SLOTS + r.nextInt(Households.SLOTS);
            if (hh.slotDestination[s] == Households.NONE) {
                hh.occupy(s, r.nextInt(Destination.COUNT), r.nextBoolean(), LEGAL, step);
            } else {
                hh.clearSlot(s, 0);
            }
            assertCountsMatchSlots(hh, h);
        }
    }

    @Test
    void aBanAppliesToItsDestinationUntilItsEndWhileSomeoneIsBanned() {
        Households hh = new Households(1, 1);
        hh.banDestination[0] = (byte) RU;
        hh.banEnd[0] = 10;
        hh.bannedMembers[0] = 1;
        assertTrue(hh.banned(0, RU, 9));
        assertFalse(hh.banned(0, RU, 10)); // banEnd is the first month free
        assertFalse(hh.banned(0, TR, 5));
        hh.bannedMembers[0] = 0;
        assertFalse(hh.banned(0, RU, 5));
    }

    private static void assertCountsMatchSlots(Households hh, int h) {
        int men = 0;
        int women = 0;
        for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
            if (hh.slotDestination[s] != Households.NONE) {
                if (hh.slotFemale[s] == 1) {
                    women++;
                } else {
                    men++;
                }
            }
        }
        assertEquals(men, hh.menAbroad[h]);
        assertEquals(women, hh.womenAbroad[h]);
        assertEquals(men + women < Households.SLOTS, hh.hasFreeSlot(h));
    }
}
