package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

class FlowStocksTest {
    /**
     * Three simulated households, each standing for 100: two in Khatlon with three members in Russia (legal,
     * irregular, detained), one in GBAO with a naturalised member in Kazakhstan.
     */
    static Households sample() {
        Households hh = new Households(3, 100);
        hh.region[0] = (byte) Region.KHATLON.ordinal();
        hh.region[1] = (byte) Region.KHATLON.ordinal();
        hh.region[2] = (byte) Region.GBAO.ordinal();
        for (int h = 0; h < 3; h++) {
            hh.men[h] = 3;
        }
        hh.occupy(0, Destination.RUSSIA.ordinal(), false, LegalStatus.LEGAL.ordinal(), 0);
        hh.occupy(1, Destination.RUSSIA.ordinal(), false, LegalStatus.IRREGULAR.ordinal(), 0);
        hh.occupy(Households.SLOTS, Destination.RUSSIA.ordinal(), false, LegalStatus.DETAINED.ordinal(), 0);
        hh.occupy(2 * Households.SLOTS + 2, Destination.KAZAKHSTAN.ordinal(), false,
                LegalStatus.NATURALISED.ordinal(), 0);
        return hh;
    }

    @Test
    void countsMigrantsByRegionAndDestinationAtNationalScale() {
        FlowStocks s = FlowStocks.of(sample());
        assertEquals(300, s.abroad(Region.KHATLON, Destination.RUSSIA), 0); // 3 members x 100
        assertEquals(100, s.abroad(Region.GBAO, Destination.KAZAKHSTAN), 0);
        assertEquals(0, s.abroad(Region.SUGHD, Destination.RUSSIA), 0);
        assertEquals(300, s.abroad(Destination.RUSSIA), 0);
        assertEquals(300, s.largestFlow(), 0);
        assertEquals(200, s.households(Region.KHATLON), 0);
        assertEquals(100, s.households(Region.GBAO), 0);
    }

    @Test
    void irregularAndDetainedMigrantsAreWithoutLegalStatusNaturalisedOnesAreNot() {
        FlowStocks s = FlowStocks.of(sample());
        assertEquals(200, s.withoutStatus(Region.KHATLON, Destination.RUSSIA), 0);
        assertEquals(2.0 / 3, s.shareWithoutStatus(Region.KHATLON, Destination.RUSSIA), 1e-12);
        assertEquals(0, s.shareWithoutStatus(Region.GBAO, Destination.KAZAKHSTAN), 0);
        assertTrue(Double.isNaN(s.shareWithoutStatus(Region.DUSHANBE, Destination.UK)));
    }
}
