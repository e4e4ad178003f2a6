package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.policy.Conditions;

/** What a migrant earns in a month of work. Must be a pure function of its arguments. */
public interface EarningsRule extends Serializable {
    /**
     * Gross monthly wage, local currency, of a migrant with {@code skill} and legal status {@code status} (a
     * {@link org.muhojir.core.world.LegalStatus} ordinal) at destination {@code d} under conditions {@code c}.
     */
    double wage(Conditions c, int d, int skill, int status);
}
