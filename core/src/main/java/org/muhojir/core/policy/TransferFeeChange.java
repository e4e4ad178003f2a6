package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;

/**
 * A new transfer fee on a remittance corridor (cheaper transfers, for example).
 *
 * @param destination     the corridor's sending country, or null for every corridor
 * @param transferFeeRate share of each remittance lost to fees (0..1)
 */
public record TransferFeeChange(Destination destination, double transferFeeRate) implements Shock {
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
    public void validate(Problems p, String path) {
        p.probability(path + ".transferFeeRate", transferFeeRate);
    }

    @Override
    public String describe() {
        return "transfer fee " + transferFeeRate + " on "
                + (destination == null ? "every corridor" : "the " + destination.label() + " corridor");
    }
}
