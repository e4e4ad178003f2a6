package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;

/**
 * Consumer prices in Tajikistan are multiplied while the shock is in force; wages and other incomes at home are not,
 * so their real value falls. Every poverty line moves with prices (the national, extreme and old methodology's lines
 * and the international lines in somoni), and the destination choice values earnings at the higher prices. With an
 * {@link ExchangeRateShock} on TJS it is the part of a devaluation passed on to prices; on its own, a rise in the
 * price of food or fuel.
 *
 * @param priceMultiplier factor on Tajikistan's consumer price level (1.15 for prices 15% higher)
 */
@Doc("Consumer prices in Tajikistan multiplied while in force; wages and incomes at home are not.")
public record HomePriceShock(
        @Param(doc = "Factor on Tajikistan's consumer prices while in force (1.15 = 15% higher); wages, other incomes "
                + "and remittances in somoni stay as they are. Plausible from 0.9 to 1.25: Tajikistan's consumer "
                + "prices never rose more than 20.5% in a year from 2005 to 2025 (2008, "
                + "data:tjk_cpi_inflation_annual_avg) nor fell in any; for a devaluation's pass-through, combine it "
                + "with an exchangeRateShock on TJS.", unit = "factor", min = 0.01, max = 100, plausibleMin = 0.9,
                plausibleMax = 1.25)
        double priceMultiplier) implements Shock {
    public HomePriceShock {
        Fields.requireValid(HomePriceShock.class, priceMultiplier);
    }

    @Override public String type() { return "homePriceShock"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.homePriceLevel *= priceMultiplier;
    }

    @Override
    public String describe() {
        return "prices in Tajikistan x" + priceMultiplier;
    }
}
