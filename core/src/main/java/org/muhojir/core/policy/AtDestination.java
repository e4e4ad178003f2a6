package org.muhojir.core.policy;

import org.muhojir.core.world.Destination;

/**
 * A {@link Shock} that acts at one destination, or at every one where its type allows {@link #destination()} to be
 * left out; {@link Shock#destinations()} names it.
 */
public interface AtDestination {
    /** Where the shock acts; null for every destination (a border closure or a fee change of every corridor). */
    Destination destination();
}
