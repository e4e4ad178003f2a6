package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * A skills programme in Khatlon that trains half of the untrained households' prospective migrants as welders,
 * crane operators or plumbers over six months, in a variant of the baseline where South Korea takes skilled
 * workers only, under a quota large enough not to bind.
 *
 * <p>Mechanism: a skilled-only route is removed from an untrained candidate's choice set; a trained candidate
 * may choose it and would also earn a skilled wage there. So once Khatlon's households are trained, a larger share
 * of Khatlon's departures goes to South Korea. Regions without the programme are not trained at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkillsProgrammeRunTest {
    private static final int MONTHS = 12;
    private static final int PROGRAMME_MONTHS = 6;
    private static final double SHARE = 0.5;
    private static final int KHATLON = Region.KHATLON.ordinal();
    private static final int SUGHD = Region.SUGHD.ordinal();
    private static final int KOREA = Destination.SOUTH_KOREA.ordinal();

    private Observed without;
    private Observed with;

    @BeforeAll
    void run() {
        Scenario skilledKorea = skilledOnlyKorea(ShockRuns.baseline(0.01, MONTHS));
        without = Observed.run(skilledKorea);
        with = Observed.run(skilledKorea.plusShocks(List.of(from(0, PROGRAMME_MONTHS,
                new SkillsProgramme(List.of(Region.KHATLON), SHARE)))));
    }

    @Test
    void moreOfKhatlonsDeparturesGoToTheSkilledOnlyRoute() {
        double before = without.shareTo(KHATLON, KOREA);
        double after = with.shareTo(KHATLON, KOREA);
        // Without the programme only the 20% of households with a trade or higher education may choose Korea;
        // with it about half of the other 80% qualify too, so Korea's share of Khatlon's departures should rise
        // well beyond a half again.
        assertTrue(before > 0, "some skilled Khatlon migrants go to Korea without the programme");
        assertTrue(after > 1.5 * before, "share of Khatlon's departures to Korea: " + after + " vs " + before);
    }

    @Test
    void theProgrammeReachesItsShareOfKhatlonsUntrainedHouseholds() {
        double trained = 1 - (double) with.untrainedAtEnd[KHATLON] / with.untrainedAtStart[KHATLON];
        // The monthly rate r solves 1 - (1 - r)^6 = 0.5; only households with a working-age member at home that
        // month can be trained, which leaves the share reached slightly under a half. With about 4,600 untrained
        // Khatlon households in the sample, the binomial standard error is about 0.007.
        assertTrue(trained > 0.45 && trained < 0.53, "share of Khatlon's untrained households trained: " + trained);
        assertEquals(without.untrainedAtStart[KHATLON], without.untrainedAtEnd[KHATLON], "no training without it");
    }

    @Test
    void regionsWithoutTheProgrammeAreNotTrained() {
        for (Region r : Region.values()) {
            if (r.ordinal() != KHATLON) {
                assertEquals(with.untrainedAtStart[r.ordinal()], with.untrainedAtEnd[r.ordinal()], r.label());
            }
        }
        // and Sughd's migrants keep choosing Korea as often as before (within noise)
        double before = without.shareTo(SUGHD, KOREA);
        double after = with.shareTo(SUGHD, KOREA);
        assertTrue(after < 1.25 * before, "Sughd's share to Korea: " + after + " vs " + before);
    }

    /** The baseline with South Korea open to skilled workers only, with 200,000 places a year. */
    private static Scenario skilledOnlyKorea(Scenario base) {
        DestinationSpec korea = base.destination(Destination.SOUTH_KOREA);
        return base.withDestination(korea.withEntry(korea.entry().withQuota(200_000).withSkilledOnly(true)));
    }

    /** Departures by region and destination, counted from Departure events, and untrained households by region. */
    private static final class Observed {
        final long[][] departures = new long[Region.COUNT][Destination.COUNT];
        final long[] untrainedAtStart = new long[Region.COUNT];
        final long[] untrainedAtEnd = new long[Region.COUNT];

        static Observed run(Scenario s) {
            Observed o = new Observed();
            MuhojirModel model = new MuhojirModel(s, RunOptions.seed(ShockRuns.SEED));
            model.addObserver(e -> {
                if (e instanceof ModelEvent.Departure d) {
                    o.departures[model.households().region[d.household()]][d.destination().ordinal()]++;
                }
            });
            model.start();
            countUntrained(model.households(), o.untrainedAtStart);
            model.runToEnd();
            countUntrained(model.households(), o.untrainedAtEnd);
            return o;
        }

        double shareTo(int region, int destination) {
            long all = 0;
            for (long n : departures[region]) {
                all += n;
            }
            return (double) departures[region][destination] / all;
        }

        private static void countUntrained(Households hh, long[] byRegion) {
            for (int h = 0; h < hh.size; h++) {
                if (hh.skill[h] == Skill.NONE.ordinal()) {
                    byRegion[hh.region[h]]++;
                }
            }
        }
    }
}
