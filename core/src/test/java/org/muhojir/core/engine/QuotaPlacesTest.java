package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;

/**
 * Quota places: a twelfth of the annual quota released a month, places not taken carried over, a new year starting
 * from nothing; a quota applicant without a place takes the choice made for that case.
 */
class QuotaPlacesTest {
    private static final int KOREA = Destination.SOUTH_KOREA.ordinal();

    @Test
    void aTwelfthIsReleasedEachMonthAndWhatIsNotTakenCarriesOver() {
        int[] quota = new int[Destination.COUNT];
        quota[KOREA] = 1_200; // 100 places a month
        QuotaPlaces places = new QuotaPlaces();
        places.releaseMonth(quota);
        assertTrue(places.left(KOREA, 100), "100 released");
        assertFalse(places.left(KOREA, 100.5));
        places.take(KOREA, 60);
        assertFalse(places.left(KOREA, 60), "40 left");
        places.releaseMonth(quota);
        assertTrue(places.left(KOREA, 140), "40 carried over and 100 more");
        assertFalse(places.left(KOREA, 140.5));
        places.clear();
        assertFalse(places.left(KOREA, 1), "a new year starts from nothing");
        assertFalse(places.left(Destination.RUSSIA.ordinal(), 1), "no quota, no places");
    }

    @Test
    void anApplicantWithoutAPlaceTakesTheChoiceMadeForThatCase() {
        Households hh = new Households(3, 1.0);
        int kazakhstan = Destination.KAZAKHSTAN.ordinal();
        hh.intent[0] = (byte) KOREA;
        hh.intentFlags[0] = Intent.withChoiceIfNoPlace(Intent.FEMALE, kazakhstan);
        Intent.takeChoiceIfNoPlace(hh, 0);
        assertEquals(kazakhstan, hh.intent[0]);
        assertTrue(Intent.has(hh.intentFlags[0], Intent.SECOND_CHOICE));
        assertTrue(Intent.has(hh.intentFlags[0], Intent.FEMALE), "the candidate is still the same woman");

        hh.intent[1] = (byte) KOREA;
        hh.intentFlags[1] = Intent.withChoiceIfNoPlace((byte) 0, Destination.COUNT);
        Intent.takeChoiceIfNoPlace(hh, 1);
        assertEquals(Households.NONE, hh.intent[1], "the choice was to stay home");
    }
}
