package org.muhojir.core.outcome;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.world.Destination;

/**
 * What a {@link Metric} is reported for: each destination, each destination and all of them together, all only,
 * the nation only, or every population {@link Group} (the nation, the five regions, urban and rural).
 */
public enum GroupKind {
    DESTINATION(true, false, false),
    DESTINATION_AND_ALL(true, true, false),
    ALL(false, true, false),
    NATIONAL(false, false, false),
    POPULATION_GROUP(false, false, true);

    /** The group label of a figure for every destination together. */
    public static final String ALL_LABEL = "all";

    private final boolean perDestination;
    private final boolean all;
    private final boolean perGroup;

    GroupKind(boolean perDestination, boolean all, boolean perGroup) {
        this.perDestination = perDestination;
        this.all = all;
        this.perGroup = perGroup;
    }

    /** Whether there is a row for each destination. */
    public boolean perDestination() {
        return perDestination;
    }

    /** Whether there is a row for all destinations together (group {@code all}). */
    public boolean hasAll() {
        return all;
    }

    /** Whether there is a row for population group {@code g}. */
    public boolean covers(Group g) {
        return perGroup || this == NATIONAL && g == Group.NATIONAL;
    }

    /** The group labels of this kind's rows, in the order of the tidy tables. */
    public List<String> groups() {
        List<String> labels = new ArrayList<>();
        if (perDestination) {
            for (Destination d : Destination.values()) {
                labels.add(d.label());
            }
        }
        if (all) {
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
