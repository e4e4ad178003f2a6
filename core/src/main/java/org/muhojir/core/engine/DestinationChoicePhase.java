package org.muhojir.core.engine;

import java.util.Arrays;
import org.muhojir.core.behaviour.Candidate;
import org.muhojir.core.behaviour.DestinationChoice;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.ConsiderPropensity;
import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * Phase 5, choices of members at home. A household with a working-age member at home and a free slot considers
 * migration with a seasonal monthly probability, higher for a household whose member came home from a spell abroad
 * recently (repeat migration, {@code circulation.returneeConsiderFactor}), higher in a migrant household and lower in
 * the others when the scenario concentrates considering ({@code behaviour.considerConcentration}, see
 * {@link ConsiderPropensity}; drawn so that only a few households need a draw, see {@link SparseHouseholdDraws}); its
 * candidate (a woman with the scenario's probability if one is at
 * home, otherwise a man if one is at home) chooses among staying and every destination open to them (the
 * destination-choice rule).
 * Eligibility removes a destination when its border is closed, its route is closed, the candidate is banned there,
 * it takes only skilled workers, the journey costs more than the household can raise, the places of its quota
 * released so far this year are taken, or (lottery and sponsorship) the candidate has no visa or sponsor this month.
 * After the choice, visa applications may be refused, and routes other than visa-free need the entry test passed; a
 * candidate refused or failing chooses once more this month among the other destinations without a quota, as one who
 * had chosen to go (see {@link #secondChoice}). A candidate admitted to a quota destination is listed for the
 * {@link QuotaPlacesPhase} and also makes now, in the same way, the choice to take if no place is left. The choice is
 * kept in {@link Households#intent} (see {@link Intent}).
 */
final class DestinationChoicePhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;
    private static final boolean[] RUSSIAN_SPOKEN = russianSpoken();
    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();

    /** This month's probability of considering migration, a household without a returnee. */
    private double considerProbability;
    /** The same for a household with a recent returnee ({@code circulation.returneeConsiderFactor} times more). */
    private double returneeConsiderProbability;
    /** The highest probability any household has this month: the returnee's in a migrant household. */
    private double highestConsiderProbability;
    /** Each household's multiplier of those probabilities (all 1 when the scenario does not concentrate them). */
    private transient ConsiderPropensity propensity;
    /**
     * Which households consider migration this month (whether or not they can), asked with the month's highest
     * probability. The ceiling is above the default scenario's highest monthly probability (a migrant household's in
     * March: 0.0967 x 1.68 x 1.52 = 0.247, a recent returnee's too with the default returnee factor of 1); a month
     * whose highest probability is above it visits every household, which is as correct and slower. The ceiling stays
     * fixed so that runs at every rate and concentration share their draws (common random numbers).
     */
    private final SparseHouseholdDraws considering = new SparseHouseholdDraws(Purpose.CONSIDER, 0.3);
    /** This month's journey cost by destination, TJS: the same for every candidate. */
    private final double[] costTjs = new double[D];
    /** This month's expected net earnings by destination and skill, TJS per month: the same for every candidate. */
    private final double[][] netEarningsTjs = new double[D][Skill.COUNT];

    DestinationChoicePhase() {
        super("choices of members at home");
    }

    @Override
    void before(MuhojirModel m) {
        Behaviour b = m.scenario().behaviour();
        considerProbability = Math.min(1,
                b.considerRate() * b.departureSeasonality().get(m.currentMonth().getMonthValue() - 1));
        returneeConsiderProbability = Math.min(1, considerProbability * b.circulation().returneeConsiderFactor());
        propensity = new ConsiderPropensity(m.keyedRandom(), b.considerConcentration());
        highestConsiderProbability = Math.min(1, returneeConsiderProbability * propensity.highestFactor());
        considering.sizeFor(m.households().size);
        Conditions c = m.conditions();
        for (int d = 0; d < D; d++) {
            costTjs[d] = c.journeyCostTjs(d);
            for (int skill = 0; skill < Skill.COUNT; skill++) {
                netEarningsTjs[d][skill] = c.toTjs(d, MigrantsAbroadPhase.expectedNetEarnings(m, c, d, skill, LEGAL));
            }
        }
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        Households hh = m.households();
        Arrays.fill(hh.intent, from, to, Households.NONE);
        considering.prepare(m.keyedRandom(), m.monthIndex(), hh.size, from, to);
        Candidate candidate = new Candidate();
        double[] probabilities = new double[D + 1];
        double[] again = new double[D + 1];
        double highest = highestConsiderProbability;
        int month = m.monthIndex();
        int returneeMonths = m.scenario().behaviour().circulation().returneeMonths();
        for (int h = considering.next(from, to, highest); h < to; h = considering.next(h + 1, to, highest)) {
            int menHome = hh.menAtHome(h);
            int womenHome = hh.womenAtHome(h);
            if (hh.hasFreeSlot(h) && menHome + womenHome > 0) {
                long stream = m.keyedRandom().stream(h, m.monthIndex());
                if (considering.hit(h, stream, considerProbability(hh, h, month, returneeMonths))) {
                    decide(m, hh, h, menHome, womenHome, stream, candidate, probabilities, again, t);
                }
            }
        }
    }

    /** This month's probability that household {@code h} considers migration. */
    private double considerProbability(Households hh, int h, int month, int returneeMonths) {
        double p = hh.returnedWithin(h, month, returneeMonths) ? returneeConsiderProbability : considerProbability;
        return Math.min(1, p * propensity.factor(h));
    }

    private void decide(MuhojirModel m, Households hh, int h, int menHome, int womenHome, long stream,
                        Candidate cand, double[] p, double[] again, ChunkTotals t) {
        Behaviour b = m.scenario().behaviour();
        boolean female = womenHome > 0
                && KeyedRandom.uniform(stream, Purpose.CANDIDATE_SEX) < b.femaleCandidateShare();
        if (!female && menHome == 0) {
            return; // this month's candidate would be a man, and none is at home
        }
        int banned = hh.banned(h, hh.banDestination[h], m.monthIndex()) ? hh.banDestination[h] : -1;
        boolean candidateBanned = banned >= 0 && menHome + womenHome <= hh.bannedMembers[h];
        fill(m, hh, h, female, candidateBanned ? banned : -1, stream, cand);
        choose(m, cand, p);
        int d = pick(p, KeyedRandom.uniform(stream, Purpose.CHOICE));
        if (d == D) {
            return;
        }
        byte flags = (byte) ((female ? Intent.FEMALE : 0) | (candidateBanned ? Intent.BANNED : 0));
        if (!admitted(m, hh, h, d, stream, Purpose.VISA, Purpose.EXAM)) {
            // refused a visa or failing the test: one more choice this month, without it or a quota destination
            cand.eligible[d] = false;
            d = choiceWithoutQuota(m, hh, h, stream, cand, p, again);
            if (d == D) {
                return;
            }
            flags |= Intent.SECOND_CHOICE;
        } else if (m.conditions().route[d] == EntryRoute.QUOTA) {
            t.quotaApplicants.add(h);
            flags = Intent.withChoiceIfNoPlace(flags, choiceWithoutQuota(m, hh, h, stream, cand, p, again));
        }
        hh.intent[h] = (byte) d;
        hh.intentFlags[h] = flags;
    }

    /**
     * The month's second choice (see {@link #secondChoice}) among the destinations still eligible that have no quota:
     * of a candidate refused a visa or failing the test, and of a quota applicant for the case that no place is left.
     * A quota's places are applied for with the first choice; a candidate turned away elsewhere does not join a
     * queue the same month. {@code D} to stay home.
     */
    private static int choiceWithoutQuota(MuhojirModel m, Households hh, int h, long stream, Candidate cand,
                                          double[] first, double[] again) {
        for (int d = 0; d < D; d++) {
            cand.eligible[d] &= m.conditions().route[d] != EntryRoute.QUOTA;
        }
        return secondChoice(m, hh, h, stream, cand, first, again);
    }

    /** Fills the candidate's view of every destination, eligibility first. */
    private void fill(MuhojirModel m, Households hh, int h, boolean female, int bannedFrom, long stream,
                      Candidate cand) {
        Conditions c = m.conditions();
        LocalEconomy economy = m.economy();
        int region = hh.region[h];
        int skill = hh.skill[h];
        double income = economy.income(hh, h);
        cand.region = region;
        cand.urban = hh.urban[h] == 1;
        cand.skill = skill;
        cand.russian = hh.russian[h];
        cand.female = female;
        cand.localEarningsTjs = economy.memberEarnings(hh, h, female);
        cand.homePriceLevel = c.homePriceLevel;
        cand.capacityTjs = economy.capacity(hh, h, income);
        cand.lastDestination = hh.lastDestination[h];
        double weight = hh.weight;
        for (int d = 0; d < D; d++) {
            EntryRoute route = c.route[d];
            cand.costTjs[d] = costTjs[d];
            cand.eligible[d] = c.open[d] && route != EntryRoute.CLOSED && d != bannedFrom
                    && !(c.skilledOnly[d] && skill == Skill.NONE.ordinal())
                    && cand.costTjs[d] <= cand.capacityTjs
                    && !(route == EntryRoute.QUOTA && !m.quotaPlaces().left(d, weight))
                    && !(route == EntryRoute.LOTTERY
                        && KeyedRandom.uniform(stream, Purpose.entry(d)) >= c.lotteryWinRate[d])
                    && !(route == EntryRoute.SPONSORSHIP
                        && KeyedRandom.uniform(stream, Purpose.entry(d)) < c.refusalRate[d]);
            cand.netEarningsTjs[d] = netEarningsTjs[d][skill];
            cand.perceivedRisk[d] = m.signals().perceivedRisk[region][d];
            cand.banMonths[d] = c.banMonths[d];
            cand.network[d] = m.signals().network[region][d];
            cand.tie[d] = (hh.ties[h] & (1 << d)) != 0;
            cand.russianSpoken[d] = RUSSIAN_SPOKEN[d];
            cand.constant[d] = c.utilityConstant[d];
        }
    }

    /**
     * Visa refusals and entry tests after the choice, with the draws of purposes {@code visa} and {@code exam};
     * true if the candidate may go.
     */
    private static boolean admitted(MuhojirModel m, Households hh, int h, int d, long stream, int visa, int exam) {
        Conditions c = m.conditions();
        EntryRoute route = c.route[d];
        if (route == EntryRoute.VISA && KeyedRandom.uniform(stream, visa) < c.refusalRate[d]) {
            return false;
        }
        return route == EntryRoute.VISA_FREE
                || KeyedRandom.uniform(stream, exam) < m.entryTest().passProbability(hh, h, d);
    }

    /**
     * The month's second choice of a candidate whose first choice, drawn from the probabilities {@code first}, is
     * among the destinations {@code cand} has since made ineligible (the set R): the option that is best once R is
     * out, given that a member of R was best. For a choice rule of random utility (the logit and nested logit rules)
     * its probability for option j is {@code (P_without_R(j) - P(j)) / P(R)}, since j is best without R exactly when
     * j or a member of R is best with it; this is exact for the first choice itself when R is that one destination,
     * and treats the first choice as any member of R when R also holds the quota destinations (exact again for the
     * nested logit, whose destinations share one nest: docs/ODD.md 7.5.5). Under the
     * multinomial logit's independence of irrelevant alternatives it is a fresh choice without R; under the nested
     * logit a candidate who chose to go goes elsewhere more often than a fresh choice would, since the taste for
     * going is shared by all destinations, the more so the closer the destinations left come to the first choice.
     * Differences below 0 (a rule that is not of random utility) count as 0. Then a visa refusal and the entry test
     * with draws of their own. The destination, or {@code D} if the candidate stays home (by choice, refused or
     * failing). {@code again} is overwritten.
     */
    private static int secondChoice(MuhojirModel m, Households hh, int h, long stream, Candidate cand,
                                    double[] first, double[] again) {
        choose(m, cand, again);
        double sum = givenFirstWasRemoved(first, again);
        if (!(sum > 0)) {
            return D;
        }
        int d = pick(again, KeyedRandom.uniform(stream, Purpose.CHOICE_AGAIN) * sum);
        return d < D && admitted(m, hh, h, d, stream, Purpose.VISA_AGAIN, Purpose.EXAM_AGAIN) ? d : D;
    }

    /**
     * Turns {@code without}, a choice rule's probabilities once the set R is removed, into the second choice's
     * weights given that the first choice, drawn from {@code with} (R included), was in R: {@code max(0, without -
     * with)} for every option. Returns their sum, {@code P(R)} for a rule of random utility; the weights over it are
     * the probabilities.
     */
    static double givenFirstWasRemoved(double[] with, double[] without) {
        double sum = 0;
        for (int i = 0; i < without.length; i++) {
            without[i] = Math.max(0, without[i] - with[i]);
            sum += without[i];
        }
        return sum;
    }

    /**
     * The choice rule's probabilities for {@code cand} in {@code p}, checked against its contract: none negative, 0
     * for every destination the candidate may not go to, and a sum of 1 (to 1e-9), so that a rule of the user's that
     * breaks it stops the run with what it did instead of sending migrants through a closed border.
     *
     * @throws IllegalStateException naming the rule and what it gave
     */
    private static void choose(MuhojirModel m, Candidate cand, double[] p) {
        DestinationChoice rule = m.rules().choice();
        rule.probabilities(cand, m.scenario().behaviour(), p);
        double sum = 0;
        for (int d = 0; d <= D; d++) {
            boolean closed = d < D && !cand.eligible[d];
            if (!(p[d] >= 0) || closed && p[d] != 0) {
                throw new IllegalStateException("the destination-choice rule " + rule.getClass().getName()
                        + " gave " + (d < D ? Destination.values()[d].label() : "staying home") + " a probability of "
                        + p[d] + (closed ? " though the candidate may not go there this month (a closed border or "
                        + "route, a ban, a journey the household cannot pay, no quota place, visa or sponsor)" : "")
                        + ": DestinationChoice must give 0 to every destination whose candidate.eligible is false, "
                        + "and no negative probability");
            }
            sum += p[d];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalStateException("the destination-choice rule " + rule.getClass().getName()
                    + "'s probabilities (staying home included) sum to " + sum + ": DestinationChoice must make them "
                    + "sum to 1");
        }
    }

    private static boolean[] russianSpoken() {
        boolean[] spoken = new boolean[D];
        for (Destination d : Destination.values()) {
            spoken[d.ordinal()] = d.russianSpoken();
        }
        return spoken;
    }

    /** The index whose cumulative probability first exceeds {@code u}; the last (stay home) if none does. */
    private static int pick(double[] p, double u) {
        double cumulative = 0;
        for (int i = 0; i < p.length - 1; i++) {
            cumulative += p[i];
            if (u < cumulative) {
                return i;
            }
        }
        return p.length - 1;
    }
}
