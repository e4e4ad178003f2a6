package org.muhojir.core.outcome;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.world.Destination;

/**
 * What a {@link Metric} is reported for: each destination, each destination and all of them together, all only,
 * the nation only, or every population {@link Group} (the nation, the five regions, urban and rural).
 */
public enum GroupKind {
    /** A row per destination, labelled as {@code Destination.label()} ({@code Russia}, {@code South Korea}, ...). */
    DESTINATION,
    /** A row per destination and one for all of them together ({@code all}). */
    DESTINATION_AND_ALL,
    /** One row, {@code all}: the whole country's migrants or money. */
    ALL,
    /** One row, {@code national}: a measure of the population at home. */
    NATIONAL,
    /** A row per population {@link Group}: {@code national}, the five regions, {@code urban}, {@code rural}. */
    POPULATION_GROUP;

    /** The group label of a figure for every destination together. */
    public static final String ALL_LABEL = "all";

    /** Whether there is a row for each destination. */
    public boolean perDestination() {
        return this == DESTINATION || this == DESTINATION_AND_ALL;
    }

    /** Whether there is a row for all destinations together (group {@code all}). */
    public boolean hasAll() {
        return this == ALL || this == DESTINATION_AND_ALL;
    }

    /** Whether there is a row for population group {@code g}. */
    public boolean covers(Group g) {
        return this == POPULATION_GROUP || this == NATIONAL && g == Group.NATIONAL;
    }

    /** The group labels of this kind's rows, in the order of the tidy tables. */
    public List<String> groups() {
        List<String> labels = new ArrayList<>();
        if (perDestination()) {
            for (Destination d : Destination.values()) {
                labels.add(d.label());
            }
        }
        if (hasAll()) {
            labels.add(ALL_LABEL);
        }
        for (Group g : Group.values()) {
            if (covers(g)) {
                labels.add(g.label());
            }
        }
        return labels;
    }
}
