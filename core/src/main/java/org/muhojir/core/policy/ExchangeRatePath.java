package org.muhojir.core.policy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.Doc;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problems;
import org.muhojir.core.param.RecordRules;
import org.muhojir.core.world.Destination;

/**
 * A whole exchange-rate path that replaces the scenario's while in force (for replaying history).
 *
 * @param currency  a destination's currency code or TJS
 * @param perUsd    units of the currency per US dollar, month by month
 */
@Doc("A whole exchange-rate path that replaces the scenario's while in force (for replaying history).")
public record ExchangeRatePath(
        @Param(doc = "The currency: a destination's code (RUB, KZT, TRY, AED, KRW, GBP; not USD, the unit every rate is stated in) or TJS for the somoni.")
        String currency,
        @Param(doc = "Units of the currency per US dollar, by month, replacing the scenario's path while in force. "
                + "For the somoni, GDP in dollars moves the other way (GDP in somoni held).",
                unit = "currency units per USD", min = 0, minExclusive = true)
        MonthlySeries perUsd) implements Shock, RecordRules {
    /** The destination paid in the currency moved (none for the somoni). */
    @Override
    public java.util.List<Destination> destinations() {
        return Destination.payingIn(currency);
    }

    /**
     * Refuses a missing currency or path and a path with a value of 0 or less (or not finite). Whether the
     * currency is a destination's or the somoni's is checked with the scenario.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public ExchangeRatePath {
        Fields.requireValid(ExchangeRatePath.class, currency, perUsd);
    }

    @Override public String type() { return "exchangeRatePath"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.setRate(currency, perUsd.at(c.month));
    }

    @Override
    public String describe() {
        List<Map.Entry<YearMonth, Double>> points = List.copyOf(perUsd.points().entrySet());
        String shown = points.size() <= 4 ? String.join(", ", points.stream().map(ExchangeRatePath::point).toList())
                : point(points.get(0)) + " ... " + point(points.get(points.size() - 1)) + ", " + points.size()
                + " points";
        return currency + " per USD follows a given path (" + shown + ")";
    }

    /** "90 in 2024-01". */
    private static String point(Map.Entry<YearMonth, Double> p) {
        return Shown.number(p.getValue()) + " in " + p.getKey();
    }

    @Override
    public boolean conflictsWith(Shock other) {
        return other instanceof ExchangeRatePath o && java.util.Objects.equals(o.currency(), currency);
    }

    @Override
    public void checkRules(Problems p, FieldPath at) {
        Currencies.check(p, at.field("currency"), currency);
    }
}
