package org.muhojir.core.policy;

import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Plausibility;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;
import org.muhojir.core.world.Destination;

/**
 * A policy change or external shock, as data. Each type says what it changes in the month's {@link Conditions};
 * when it is in force is said by the {@link ScheduledShock} that holds it.
 */
public sealed interface Shock extends java.io.Serializable
        permits RaidWave, TightenedRules, BanPolicy, Amnesty, ExchangeRateShock, ExchangeRatePath, BorderClosure,
        QuotaChange, EntryRouteChange, EntryExam, SkillsProgramme, ConsularProtection, TransferFeeChange, WageShock,
        LabourDemand, HomePriceShock, TravelCostChange {

    /** The type's name in scenario files and reports, for example {@code "raidWave"}. */
    String type();

    /**
     * The destinations this shock names, for reports that give their figures: the one it acts at, or the one paid in
     * the currency it moves; none for a shock at home (prices, the somoni, a skills programme) or at every
     * destination.
     */
    default List<Destination> destinations() {
        return this instanceof AtDestination at && at.destination() != null ? List.of(at.destination()) : List.of();
    }

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
     * Adds a warning to {@code w}, under {@code at}, for every value of this shock that is legal but probably not what
     * was meant: one outside its plausible range ({@link Plausibility}), and a shock whose every value is the neutral
     * one a file may leave out (a {@code tightenedRules} with no multiplier changes nothing).
     */
    default void warn(Problems w, FieldPath at) {
        Plausibility.check((Record) this, w, at, null);
        List<String> neutral = NeutralValues.neutralFields((Record) this);
        if (!neutral.isEmpty()) {
            w.add(new Problem(at.field("type"), "changes nothing: " + String.join(", ", neutral) + (neutral.size() == 1
                    ? " is at its neutral value" : " are all at their neutral values"), "give at least one of "
                    + String.join(", ", neutral) + " a value that changes something", null));
        }
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
