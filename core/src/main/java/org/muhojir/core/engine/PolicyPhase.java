package org.muhojir.core.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.population.Households;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.world.Skill;

/**
 * Phase 1, policy and exchange rates: resolves what is in force this month (scenario values, then every shock in
 * force), resets the annual quotas in January, and applies the shocks that act on households directly: amnesties
 * lift bans, skills programmes train members.
 */
final class PolicyPhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;

    private List<ScheduledShock> previouslyActive = List.of();
    private boolean amnesty;
    /** The highest training rate of any region this month (0 if no skills programme is running). */
    private double trainingRate;
    /** Which households a skills programme trains (the ceiling is above a decade-long programme's rates). */
    private final SparseHouseholdDraws trained = new SparseHouseholdDraws(Purpose.TRAINING, 1.0 / 32);

    PolicyPhase() {
        super("policy and exchange rates");
    }

    @Override
    void before(MuhojirModel m) {
        int month = m.monthIndex();
        YearMonth ym = m.currentMonth();
        List<ScheduledShock> active = m.resolveMonth(ym);
        announce(m, ym, active);
        releaseQuotaPlaces(m, month == 0 || ym.getMonthValue() == 1);
        boolean observed = m.observed();
        Conditions c = m.conditions();
        // the international lines follow the scenario's prices, and a price shock's factor on them (exactly 1 without)
        double shocked = c.homePriceLevel / m.scenario().macro().homePriceLevel(c.month);
        double lower = m.scenario().macro().internationalLineTjs(Metric.LOWER_LINE_USD_A_DAY, ym) * shocked;
        double upper = m.scenario().macro().internationalLineTjs(Metric.UPPER_LINE_USD_A_DAY, ym) * shocked;
        for (ChunkTotals t : m.chunkTotals()) {
            t.clear(observed);
            t.setPovertyLines(m.economy());
            t.international.setLines(lower, upper);
        }
        amnesty = false;
        for (boolean a : c.amnesty) {
            amnesty |= a;
        }
        trainingRate = 0;
        for (double rate : c.trainingRate) {
            trainingRate = Math.max(trainingRate, rate);
        }
        trained.sizeFor(m.households().size);
    }

    /**
     * A twelfth of each annual quota (as in force this month) is released each month, places not taken carried
     * over; places used and released start again in January, and in the first month of a run.
     */
    private static void releaseQuotaPlaces(MuhojirModel m, boolean newYear) {
        if (newYear) {
            m.quotaPlaces().clear();
        }
        m.quotaPlaces().releaseMonth(m.conditions().annualQuota);
    }

    private void announce(MuhojirModel m, YearMonth ym, List<ScheduledShock> active) {
        for (ScheduledShock s : active) {
            if (!previouslyActive.contains(s)) {
                m.publish(new ModelEvent.ShockStarted(ym, s));
            }
        }
        for (ScheduledShock s : previouslyActive) {
            if (!active.contains(s)) {
                m.publish(new ModelEvent.ShockEnded(ym, s));
            }
        }
        previouslyActive = new ArrayList<>(active);
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        if (amnesty) {
            liftBans(m, from, to);
        }
        if (trainingRate > 0) {
            train(m, from, to);
        }
    }

    private static void liftBans(MuhojirModel m, int from, int to) {
        Households hh = m.households();
        Conditions c = m.conditions();
        for (int h = from; h < to; h++) {
            int ban = hh.banDestination[h];
            if (ban != Households.NONE && c.amnesty[ban]) {
                hh.banDestination[h] = Households.NONE;
                hh.bannedMembers[h] = 0;
            }
        }
    }

    /**
     * A household with a member at home and no skilled trade is trained with its region's rate; only the
     * households the highest rate may reach are visited.
     */
    private void train(MuhojirModel m, int from, int to) {
        Households hh = m.households();
        Conditions c = m.conditions();
        int month = m.monthIndex();
        trained.prepare(m.keyedRandom(), month, hh.size, from, to);
        for (int h = trained.next(from, to, trainingRate); h < to; h = trained.next(h + 1, to, trainingRate)) {
            double rate = c.trainingRate[hh.region[h]];
            if (rate > 0 && hh.skill[h] == Skill.NONE.ordinal() && hh.menAtHome(h) + hh.womenAtHome(h) > 0
                    && trained.hit(h, m.keyedRandom().stream(h, month), rate)) {
                hh.skill[h] = (byte) Skill.TRADE.ordinal();
            }
        }
    }
}
