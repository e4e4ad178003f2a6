package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * An amnesty at a destination, acting in its first month: re-entry bans issued before it are lifted and migrants
 * there without papers are regularised.
 *
 * @param destination where the amnesty is granted
 */
@Doc("An amnesty acting in its first month: bans issued before it are lifted and irregular migrants are regularised.")
public record Amnesty(
        @Param(doc = "Where the amnesty is granted (it acts in its first month).")
        Destination destination) implements Shock, AtDestination {
    /**
     * Refuses a missing destination.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public Amnesty {
        Fields.requireValid(Amnesty.class, destination);
    }

    @Override public String type() { return "amnesty"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        if (monthInForce == 0) {
            c.amnesty[destination.ordinal()] = true;
        }
    }

    @Override
    public String describe() {
        return "amnesty in " + destination.label()
                + " (in its first month: bans lifted, irregular migrants regularised)";
    }
}
