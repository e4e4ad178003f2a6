package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problems;
import org.muhojir.core.param.RecordRules;
import org.muhojir.core.world.Destination;

/**
 * A jump in an exchange rate: units of a currency per US dollar are multiplied while the shock is in force. A
 * rouble that loses half its value is {@code ("RUB", 2.0)}: twice as many roubles buy a dollar, so a rouble wage
 * is worth half as many dollars.
 *
 * @param currency        a destination's currency code (RUB, KZT, TRY, AED, KRW, GBP; not USD) or TJS for the somoni
 * @param rateMultiplier  factor on units of the currency per US dollar
 */
@Doc("A jump in an exchange rate while in force: units of the currency per US dollar are multiplied.")
public record ExchangeRateShock(
        @Param(doc = "The currency: a destination's code (RUB, KZT, TRY, AED, KRW, GBP; not USD, the unit every rate is stated in) or TJS for the somoni.")
        String currency,
        @Param(doc = "Factor on units of the currency per US dollar: 2 = the currency loses half its value, 1.25 = "
                + "a fifth; for a fall of X per cent, 1 / (1 - X/100); below 1 the currency gains. For the somoni, "
                + "GDP in dollars falls in proportion (GDP in somoni held), and prices at home stay unless a "
                + "homePriceShock moves them.",
                unit = FieldInfo.RATE_FACTOR, min = 0.01, max = 100, plausibleMin = 0.25, plausibleMax = 4)
        double rateMultiplier) implements Shock, RecordRules {
    /** The destination paid in the currency moved (none for the somoni). */
    @Override
    public java.util.List<Destination> destinations() {
        return Destination.payingIn(currency);
    }

    /**
     * Refuses a missing currency and {@code rateMultiplier} outside 0.01 to 100 (or not finite). Whether the
     * currency is a destination's or the somoni's is checked with the scenario.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public ExchangeRateShock {
        Fields.requireValid(ExchangeRateShock.class, currency, rateMultiplier);
    }

    @Override public String type() { return "exchangeRateShock"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.scaleRate(currency, rateMultiplier);
    }

    /**
     * {@code RUB per USD x2 (RUB loses 50% of its value against the dollar)}, or {@code ... x0.8 (TJS gains 25%
     * ...)}: the factor and what it does to the currency, as a fall is often meant and written the other way.
     */
    @Override
    public String describe() {
        double change = 1 / rateMultiplier - 1;
        String what = change == 0 ? "unchanged" : (change < 0 ? "loses " : "gains ")
                + Shown.percent(Math.abs(change) * 100) + "% of its value against the dollar";
        return currency + " per USD x" + Shown.number(rateMultiplier) + " (" + currency + " " + what + ")";
    }

    @Override
    public void checkRules(Problems p, FieldPath at) {
        Currencies.check(p, at.field("currency"), currency);
    }
}
