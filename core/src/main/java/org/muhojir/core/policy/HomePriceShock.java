package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;

/**
 * Consumer prices in Tajikistan are multiplied while the shock is in force; wages and other incomes at home follow
 * them by {@code incomePassThrough} of the rise (by default not at all, so their real value falls by the whole of
 * it). Every poverty line moves with prices (the national, extreme and old methodology's lines and the international
 * lines in somoni), and the destination choice values earnings at the higher prices. Remittances in somoni do not
 * move. With an {@link ExchangeRateShock} on TJS it is the part of a devaluation passed on to prices; on its own, a
 * rise in the price of food or fuel.
 *
 * @param priceMultiplier   factor on Tajikistan's consumer price level (1.15 for prices 15% higher)
 * @param incomePassThrough share of the price rise passed on to incomes at home (0..1): they are multiplied by
 *                          {@code 1 + incomePassThrough x (priceMultiplier - 1)}
 */
@Doc("Consumer prices in Tajikistan multiplied while in force; wages and incomes at home follow by a share of it.")
public record HomePriceShock(
        @Param(doc = "Factor on Tajikistan's consumer prices while in force (1.15 = 15% higher); remittances in somoni "
                + "stay as they are, wages and other incomes at home as incomePassThrough says. Plausible from 0.9 to "
                + "1.25: Tajikistan's consumer prices never rose more than 20.5% in a year from 2005 to 2025 (2008, "
                + "data:tjk_cpi_inflation_annual_avg) nor fell in any; for a devaluation's pass-through, combine it "
                + "with an exchangeRateShock on TJS.", unit = "factor", min = 0.01, max = 100, plausibleMin = 0.9,
                plausibleMax = 1.25)
        double priceMultiplier,
        @Param(doc = "Share of the price change passed on to wages and other incomes at home while in force: they are "
                + "multiplied by 1 + this x (priceMultiplier - 1). 0 (when left out) holds them, so the whole rise "
                + "is a loss of real income: an upper bound of its effect on poverty where wages catch up within "
                + "the shock's months; 1 moves them with prices, so only remittances in somoni lose value.",
                unit = "share", min = 0, max = 1, whenOmitted = 0.0)
        double incomePassThrough) implements Shock {
    /**
     * Refuses {@code priceMultiplier} outside 0.01 to 100 and {@code incomePassThrough} outside 0 to 1 (or
     * either not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public HomePriceShock {
        Fields.requireValid(HomePriceShock.class, priceMultiplier, incomePassThrough);
    }

    /** Prices multiplied by {@code priceMultiplier}, incomes at home held. */
    public HomePriceShock(double priceMultiplier) {
        this(priceMultiplier, 0);
    }

    @Override public String type() { return "homePriceShock"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.homePriceLevel *= priceMultiplier;
        c.homeIncomeLevel *= 1 + incomePassThrough * (priceMultiplier - 1);
    }

    @Override
    public String describe() {
        return "prices in Tajikistan x" + Shown.number(priceMultiplier) + (incomePassThrough == 0 ? ""
                : ", incomes at home x" + Shown.number(1 + incomePassThrough * (priceMultiplier - 1)));
    }
}
