package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * A new transfer fee on a remittance corridor (cheaper transfers, for example).
 *
 * @param destination     the corridor's sending country, or null for every corridor
 * @param transferFeeRate share of each remittance lost to fees (0..1)
 */
@Doc("A new transfer fee on one remittance corridor or all of them.")
public record TransferFeeChange(
        @Param(doc = "The corridor's sending country; leave it out for every corridor.", optional = true)
        Destination destination,
        @Param(doc = "Share of each remittance lost to fees while in force.", unit = "share", min = 0, max = 1,
                plausibleMin = 0, plausibleMax = 0.1)
        double transferFeeRate) implements Shock, AtDestination {
    /**
     * Refuses {@code transferFeeRate} outside 0 to 1 (or not finite); a null destination is every corridor.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public TransferFeeChange {
        Fields.requireValid(TransferFeeChange.class, destination, transferFeeRate);
    }

    @Override public String type() { return "transferFeeChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        if (destination == null) {
            java.util.Arrays.fill(c.transferFeeRate, transferFeeRate);
        } else {
            c.transferFeeRate[destination.ordinal()] = transferFeeRate;
        }
    }

    @Override
    public String describe() {
        return "transfer fee " + Shown.percent(100 * transferFeeRate) + "% on "
                + (destination == null ? "every corridor" : "the " + destination.label() + " corridor");
    }

    /** Two fee changes conflict on the same corridor, or when either is for every corridor. */
    @Override
    public boolean conflictsWith(Shock other) {
        return other instanceof TransferFeeChange o
                && (destination == null || o.destination() == null || o.destination() == destination);
    }
}
