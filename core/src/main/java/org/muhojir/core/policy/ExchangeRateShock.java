package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;

/**
 * A jump in an exchange rate: units of a currency per US dollar are multiplied while the shock is in force. A
 * rouble that loses half its value is {@code ("RUB", 2.0)}: twice as many roubles buy a dollar, so a rouble wage
 * is worth half as many dollars.
 *
 * @param currency        a destination's currency code (RUB, KZT, TRY, AED, KRW, GBP, USD) or TJS for the somoni
 * @param rateMultiplier  factor on units of the currency per US dollar
 */
public record ExchangeRateShock(String currency, double rateMultiplier) implements Shock {
    @Override public String type() { return "exchangeRateShock"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.scaleRate(currency, rateMultiplier);
    }

    @Override
    public void validate(Problems p, String path) {
        Currencies.check(p, path + ".currency", currency);
        p.range(path + ".rateMultiplier", rateMultiplier, 0.01, 100);
    }

    @Override
    public String describe() {
        return currency + " per USD x" + rateMultiplier;
    }
}
