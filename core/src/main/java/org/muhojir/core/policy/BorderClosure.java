package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * A closed border (as in 2020): nobody leaves for the destination and migrants there cannot come home by choice.
 * The border reopens when the shock ends, and those held up come home over the months after it (a pent-up return
 * spread over {@code behaviour.circulation.reopeningReturnMonths}, docs/ODD.md 7.2.1). A lockdown that costs stranded
 * migrants their work is a {@link LabourDemand} shock in the same months.
 *
 * @param destination the destination closed, or null for every destination
 */
@Doc("A closed border (as in 2020): nobody leaves for the destination and migrants there cannot come home by "
        + "choice; it reopens when the shock ends, and those held up come home over the months after it "
        + "(behaviour.circulation.reopeningReturnMonths). Add a labourDemand shock in the "
        + "same months for a lockdown that costs stranded migrants their work.")
public record BorderClosure(
        @Param(doc = "The destination closed; leave it out to close every border.", optional = true)
        Destination destination) implements Shock, AtDestination {
    /** Accepts any destination, or null for every one: there is nothing to refuse. */
    public BorderClosure {
        Fields.requireValid(BorderClosure.class, destination);
    }

    @Override public String type() { return "borderClosure"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        if (destination == null) {
            java.util.Arrays.fill(c.open, false);
        } else {
            c.open[destination.ordinal()] = false;
        }
    }

    @Override
    public String describe() {
        return "border closed: " + (destination == null ? "every destination" : destination.label());
    }
}
