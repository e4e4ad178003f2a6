package org.muhojir.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.muhojir.core.param.Doc;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problems;
import org.muhojir.core.param.RecordRules;
import org.muhojir.core.world.Region;

/**
 * A vocational programme at home: over the shock's months, the given share of households in the chosen regions
 * whose prospective migrants have no qualification get one trained as a welder, crane operator or plumber (skill
 * TRADE), spread evenly over the months.
 *
 * @param regions the regions where the programme runs
 * @param share   share of untrained households reached by the end (0..1)
 */
@Doc("Vocational training at home: a share of untrained households in chosen regions gets a member trained as a "
        + "welder, crane operator or plumber. It needs months or end: its share is reached by the end of it.")
public record SkillsProgramme(
        @Param(doc = "The regions where the programme runs.")
        List<Region> regions,
        @Param(doc = "Share of untrained households reached by the end of the programme, spread evenly over its "
                + "months.", unit = "share", min = 0, max = 1)
        double share) implements Shock, RecordRules {
    /**
     * Refuses missing regions (or a null region) and {@code share} outside 0 to 1 (or not finite), then copies
     * the regions. An empty list of regions is refused with the scenario.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public SkillsProgramme {
        Fields.requireValid(SkillsProgramme.class, regions, share);
        // keeps null entries (List.copyOf would throw) so that validation reports them with their path
        regions = regions == null ? null : Collections.unmodifiableList(new ArrayList<>(regions));
    }

    @Override public String type() { return "skillsProgramme"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        // the monthly rate r with 1 - (1 - r)^months = share
        double rate = 1 - Math.pow(1 - share, 1.0 / Math.max(1, durationMonths));
        for (Region r : regions) {
            c.trainingRate[r.ordinal()] = 1 - (1 - c.trainingRate[r.ordinal()]) * (1 - rate);
        }
    }

    @Override
    public String describe() {
        return "skills programme in " + regions.stream().map(Region::label).toList() + " reaching "
                + Shown.percent(100 * share) + "% of untrained households";
    }

    @Override
    public void checkRules(Problems p, FieldPath at) {
        if (regions != null && regions.isEmpty()) {
            p.add(at.field("regions"), "must name at least one region");
        }
    }
}
