package org.muhojir.core.event;

/**
 * Receives {@link ModelEvent}s. Household events (departures, remittances, ...) are only produced when at least
 * one observer is registered, so a run without observers pays nothing for them.
 */
@FunctionalInterface
public interface ModelObserver {
    /** Hears one event, on the simulation's thread, in the order {@link ModelEvent} describes. */
    void onEvent(ModelEvent event);
}
