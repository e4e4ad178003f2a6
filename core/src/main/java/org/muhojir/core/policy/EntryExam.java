package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * A new entry or permit exam, or a change to one: sets the pass rate at the first attempt and whether the exam is in
 * Russian (so a candidate's Russian level matters). For example Russia's Russian language, history and law exam for
 * work patents, required from 2014-09 and 2015-01 (data:policy_events).
 *
 * @param destination  where the exam is required
 * @param examPassRate probability of passing at the first attempt for a candidate whose language fits (0..1)
 * @param russianExam  whether the exam is in Russian
 */
@Doc("A new entry or permit exam, or a change to one: its first-attempt pass rate and whether it is in Russian "
        + "(Russia's exam for work patents from 2014-09 and 2015-01).")
public record EntryExam(
        @Param(doc = "Where the exam is required.")
        Destination destination,
        @Param(doc = "Probability of passing at the first attempt for a candidate whose language fits.",
                unit = "probability", min = 0, max = 1)
        double examPassRate,
        @Param(doc = "Whether the exam is in Russian, so a candidate's Russian level matters.")
        boolean russianExam) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code examPassRate} outside 0 to 1 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public EntryExam {
        Fields.requireValid(EntryExam.class, destination, examPassRate, russianExam);
    }

    @Override public String type() { return "entryExam"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.examPassRate[d] = examPassRate;
        c.russianExam[d] = russianExam;
    }

    @Override
    public boolean conflictsWith(Shock other) {
        return other instanceof EntryExam o && o.destination() == destination;
    }

    @Override
    public String describe() {
        return (russianExam ? "Russian-language " : "") + "exam for " + destination.label() + " (pass rate "
                + Shown.percent(100 * examPassRate) + "%, in place of any exam the rules set)";
    }
}
