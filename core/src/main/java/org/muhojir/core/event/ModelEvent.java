package org.muhojir.core.event;

import java.time.YearMonth;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;

/**
 * Something that happened in the model. Observers receive events on the simulation's thread: shock events when the
 * month begins, household events once the month's households have all been stepped (phase by phase, each phase's
 * in household order, whatever the thread count), and {@link MonthClosed} last. Household events name the household's
 * index in the population ({@link org.muhojir.core.population.Households}); one simulated household stands for
 * {@code weight} real ones.
 */
public sealed interface ModelEvent {
    /** The month the event happened in. */
    YearMonth month();

    /**
     * A member left home for a destination.
     *
     * @param month       the month they left
     * @param household   the household's index in the population
     * @param destination where they went
     * @param female      whether the member who left is a working-age woman (else a working-age man)
     * @param legal       whether they arrive with papers: not for the destination's {@code irregularOnArrival} share
     *                    of arrivals, nor, on a visa-free route, for those who fail its entry test
     */
    record Departure(YearMonth month, int household, Destination destination, boolean female, boolean legal)
            implements ModelEvent {
    }

    /**
     * A member came home by choice, or at the end of a permitted stay (a seasonal visa), after {@code monthsAbroad}
     * months abroad (1 if they left last month); for a member who holds the destination's citizenship, the months
     * since naturalisation plus {@code circulation.naturalisationMonths}, the least the spell can have lasted.
     *
     * @param month        the month they came home
     * @param household    the household's index in the population
     * @param destination  where they came home from
     * @param monthsAbroad months abroad, 1 or more, as above
     */
    record Return(YearMonth month, int household, Destination destination, int monthsAbroad) implements ModelEvent {
    }

    /**
     * A member was detained in a raid.
     *
     * @param month       the month of the raid
     * @param household   the household's index in the population
     * @param destination where the member was detained
     */
    record Detention(YearMonth month, int household, Destination destination) implements ModelEvent {
    }

    /**
     * A member was deported (or expelled) and banned from re-entry until {@code banEnd}.
     *
     * @param month       the month of the deportation
     * @param household   the household's index in the population
     * @param destination the destination that deported the member and bans the household's deported members
     * @param banEnd      the first month the household's ban from {@code destination} no longer applies (one ban
     *                    per household: a later deportation there with a longer ban extends it for every banned member)
     */
    record Deportation(YearMonth month, int household, Destination destination, YearMonth banEnd)
            implements ModelEvent {
    }

    /**
     * A member sent money home: {@code sentUsd} before fees, {@code feeUsd} of fees, {@code receivedTjs} after.
     *
     * @param month       the month it was sent
     * @param household   the household's index in the population
     * @param destination where it was sent from (the corridor)
     * @param sentUsd     the amount sent, before transfer fees, US dollars
     * @param feeUsd      the transfer fee taken, US dollars
     * @param receivedTjs what the household received, after fees, somoni at the month's rate
     */
    record Remittance(YearMonth month, int household, Destination destination, double sentUsd, double feeUsd,
                      double receivedTjs) implements ModelEvent {
    }

    /**
     * A scheduled shock came into force this month.
     *
     * @param month the month it came into force
     * @param shock the shock with its dates
     */
    record ShockStarted(YearMonth month, ScheduledShock shock) implements ModelEvent {
    }

    /**
     * A scheduled shock ended: this is its first month no longer in force.
     *
     * @param month its first month no longer in force
     * @param shock the shock with its dates
     */
    record ShockEnded(YearMonth month, ScheduledShock shock) implements ModelEvent {
    }

    /**
     * The month's accounts are closed.
     *
     * @param month   the month closed
     * @param outcome everything the model reports for it, national totals
     */
    record MonthClosed(YearMonth month, MonthlyOutcome outcome) implements ModelEvent {
    }
}
