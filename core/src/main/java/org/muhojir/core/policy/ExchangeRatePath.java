package org.muhojir.core.policy;

import org.muhojir.core.scenario.MonthlySeries;
import org.muhojir.core.scenario.Problems;

/**
 * A whole exchange-rate path that replaces the scenario's while in force (for replaying history).
 *
 * @param currency  a destination's currency code or TJS
 * @param perUsd    units of the currency per US dollar, month by month
 */
public record ExchangeRatePath(String currency, MonthlySeries perUsd) implements Shock {
    @Override public String type() { return "exchangeRatePath"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.setRate(currency, perUsd.at(c.month));
    }

    @Override
    public void validate(Problems p, String path) {
        Currencies.check(p, path + ".currency", currency);
        p.positive(path + ".perUsd", perUsd);
    }

    @Override
    public String describe() {
        return currency + " per USD follows a given path";
    }
}
