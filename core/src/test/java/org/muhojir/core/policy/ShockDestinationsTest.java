package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.world.Destination;

/** The destinations a shock names, which reports give figures for: where it acts, or whose currency it moves. */
class ShockDestinationsTest {
    @Test
    void aShockAtADestinationNamesIt() {
        assertEquals(List.of(Destination.UK), new QuotaChange(Destination.UK, 4_000).destinations());
        assertEquals(List.of(Destination.RUSSIA), new BorderClosure(Destination.RUSSIA).destinations());
    }

    @Test
    void aShockAtEveryDestinationOrAtHomeNamesNone() {
        assertEquals(List.of(), new BorderClosure(null).destinations(), "every border closed");
        assertEquals(List.of(), new HomePriceShock(1.1).destinations());
        assertEquals(List.of(), new ExchangeRateShock("TJS", 1.25).destinations(), "the somoni is paid at home");
    }

    @Test
    void anExchangeRateNamesTheDestinationPaidInItsCurrency() {
        assertEquals(List.of(Destination.RUSSIA), new ExchangeRateShock("RUB", 2).destinations());
        assertEquals(List.of(Destination.SOUTH_KOREA), new ExchangeRatePath("KRW",
                MonthlySeries.annual(Map.of(2023, 1_300.0))).destinations());
    }
}
