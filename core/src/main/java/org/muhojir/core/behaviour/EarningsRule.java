package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.policy.Conditions;

/** What a migrant earns in a month of work. Must be a pure function of its arguments. */
public interface EarningsRule extends Serializable {
    /**
     * The pay in hand of a month's work, destination {@code d}'s currency a month, of a migrant with {@code skill} (a
     * {@link org.muhojir.core.world.Skill} ordinal) and legal status {@code status} (a
     * {@link org.muhojir.core.world.LegalStatus} ordinal: legal, irregular or naturalised; a detained migrant earns
     * nothing) at destination {@code d} under conditions {@code c}: after deductions at source, as
     * {@link Conditions#wage} is (the default gives it, and an irregular migrant
     * {@link Conditions#irregularWageShare} of it). The model takes living costs and, for a legal migrant, the monthly
     * fee off it, and weighs it by the chance of work. It must be finite and 0 or more: the model checks it once a
     * month for every destination, skill and status, and stops with an error naming the rule otherwise.
     */
    double wage(Conditions c, int d, int skill, int status);
}
