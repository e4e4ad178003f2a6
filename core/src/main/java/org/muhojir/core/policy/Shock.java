package org.muhojir.core.policy;

import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Problems;

/**
 * A policy change or external shock, as data. Each type says what it changes in the month's {@link Conditions};
 * when it is in force is said by the {@link ScheduledShock} that holds it.
 */
public sealed interface Shock extends java.io.Serializable
        permits RaidWave, TightenedRules, BanPolicy, Amnesty, ExchangeRateShock, ExchangeRatePath, BorderClosure,
        QuotaChange, EntryRouteChange, EntryExam, SkillsProgramme, ConsularProtection, TransferFeeChange, WageShock {

    /** The type's name in scenario files and reports, for example {@code "raidWave"}. */
    String type();

    /**
     * Applies this shock to a month's conditions.
     *
     * @param c              the conditions to change
     * @param monthInForce   0 in the shock's first month, 1 in the second, and so on
     * @param durationMonths how many months the shock lasts in all
     */
    void apply(Conditions c, int monthInForce, int durationMonths);

    /**
     * Adds every problem with this shock's fields to {@code p}, under {@code at}: each field against its
     * {@link org.muhojir.core.param.Param}, then the type's own rules.
     */
    default void validate(Problems p, FieldPath at) {
        Fields.validate((Record) this, p, at);
    }

    /**
     * Whether this shock and {@code other} set (rather than scale) the same value at the same place, so that one
     * would silently undo the other if both were in force in the same month. None do by default.
     */
    default boolean conflictsWith(Shock other) {
        return false;
    }

    /** A one-line description for logs and reports. */
    String describe();
}
