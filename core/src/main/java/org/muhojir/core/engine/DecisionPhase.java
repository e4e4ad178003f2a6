package org.muhojir.core.engine;

import java.util.Arrays;
import org.muhojir.core.behaviour.Candidate;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Conditions;
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
 * Phase 5, decisions of members at home. A household with a working-age member at home and a free slot considers
 * migration with a seasonal monthly probability (drawn so that only a few households need a draw, see
 * {@link Hits}); its candidate (a woman with the scenario's probability if one is at home, otherwise a man if one
 * is at home) chooses among staying and every destination open to them (the destination-choice rule). Eligibility
 * removes a destination when its border is closed, its route is closed, the candidate is banned there, it takes
 * only skilled workers, the journey costs more than the household can raise, the places of its quota released so
 * far this year are taken, or (lottery and sponsorship) the candidate has no visa or sponsor this month. After the
 * choice, visa applications may be refused, and routes other than visa-free need the entry test passed; a
 * candidate refused or failing chooses once more this month among the other destinations. Quota places are then
 * given in a random order drawn each month, and a candidate who finds none (and is not yet on a second choice)
 * takes a second choice among the destinations without a quota. Then the members leave: the journey is paid from
 * savings and then debt. A share of arrivals works without papers from the start; one entering visa-free also
 * needs to pass the exam to get papers.
 */
final class DecisionPhase extends Phase {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;
    private static final boolean[] RUSSIAN_SPOKEN = russianSpoken();
    private static final byte FEMALE = 1;
    private static final byte BANNED = 2;
    /** The candidate is on a second choice this month: its visa and entry test have draws of their own. */
    private static final byte SECOND_CHOICE = 4;
    /**
     * Bits 3 to 5 of a quota applicant's flags: the second choice to fall back on if no place is left (a destination,
     * or {@code D} to stay home), made with the first, from the same view of the destinations.
     */
    private static final int FALLBACK_SHIFT = 3;
    private static final int FALLBACK_MASK = 7;
    /** Bits of a household index in a quota applicant's place in line (2^26 is more than the 50 million allowed). */
    private static final int HOUSEHOLD_BITS = 26;
    /** Ranks drawn for the quota queue: 2^37, so that a place in line fits a non-negative long. */
    private static final double QUEUE_RANKS = 0x1p37;

    private double considerProbability;
    /**
     * Which households consider migration this month (whether or not they can). The ceiling is above the default
     * scenario's highest monthly probability (0.05 x 1.68 = 0.084); a higher one visits every household.
     */
    private final Hits considering = new Hits(Purpose.CONSIDER, 0.125);
    /** This month's journey cost by destination, TJS: the same for every candidate. */
    private final double[] costTjs = new double[D];
    /** This month's expected net earnings by destination and skill, TJS per month: the same for every candidate. */
    private final double[][] netEarningsTjs = new double[D][Skill.COUNT];

    DecisionPhase() {
        super("decisions of members at home");
    }

    @Override
    void before(MuhojirModel m) {
        Behaviour b = m.scenario().behaviour();
        considerProbability = Math.min(1,
                b.considerRate() * b.departureSeasonality().get(m.currentMonth().getMonthValue() - 1));
        considering.sizeFor(m.households().size);
        Conditions c = m.conditions();
        for (int d = 0; d < D; d++) {
            costTjs[d] = (c.travelUsd[d] + c.documentsUsd[d]) * c.tjsPerUsd;
            for (int skill = 0; skill < Skill.COUNT; skill++) {
                double wage = m.rules().earnings().wage(c, d, skill, LegalStatus.LEGAL.ordinal());
                netEarningsTjs[d][skill] = c.toTjs(d,
                        c.employmentRate[d] * wage - c.livingCost[d] - c.monthlyFee[d]);
            }
        }
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, Tally t) {
        Households hh = m.households();
        Arrays.fill(hh.intent, from, to, Households.NONE);
        considering.prepare(m.keyedRandom(), m.monthIndex(), hh.size, from, to);
        Candidate candidate = new Candidate();
        double[] probabilities = new double[D + 1];
        double p = considerProbability;
        for (int h = considering.next(from, to, p); h < to; h = considering.next(h + 1, to, p)) {
            int menHome = hh.menAtHome(h);
            int womenHome = hh.womenAtHome(h);
            if (hh.hasFreeSlot(h) && menHome + womenHome > 0) {
                long stream = m.keyedRandom().stream(h, m.monthIndex());
                if (considering.hit(h, stream, p)) {
                    decide(m, hh, h, menHome, womenHome, stream, candidate, probabilities, t);
                }
            }
        }
    }

    private void decide(MuhojirModel m, Households hh, int h, int menHome, int womenHome, long stream,
                        Candidate cand, double[] p, Tally t) {
        Behaviour b = m.scenario().behaviour();
        boolean female = womenHome > 0
                && KeyedRandom.uniform(stream, Purpose.CANDIDATE_SEX) < b.femaleCandidateShare();
        if (!female && menHome == 0) {
            return; // this month's candidate would be a man, and none is at home
        }
        int banned = hh.banned(h, hh.banDestination[h], m.monthIndex()) ? hh.banDestination[h] : -1;
        boolean candidateBanned = banned >= 0 && menHome + womenHome <= hh.bannedMembers[h];
        fill(m, hh, h, female, candidateBanned ? banned : -1, stream, cand);
        m.rules().choice().probabilities(cand, b, p);
        int d = pick(p, KeyedRandom.uniform(stream, Purpose.CHOICE));
        if (d == D) {
            return;
        }
        byte flags = (byte) ((female ? FEMALE : 0) | (candidateBanned ? BANNED : 0));
        if (!admitted(m, hh, h, d, stream, Purpose.VISA, Purpose.EXAM)) {
            // refused a visa or failing the test: one more choice this month, without that destination
            cand.eligible[d] = false;
            d = secondChoice(m, hh, h, stream, cand, p);
            if (d == D) {
                return;
            }
            flags |= SECOND_CHOICE;
        }
        if (m.conditions().route[d] == EntryRoute.QUOTA) {
            t.quotaApplicants.add(h);
            if ((flags & SECOND_CHOICE) == 0) {
                flags |= (byte) (fallback(m, hh, h, stream, cand, p) << FALLBACK_SHIFT);
            }
        }
        hh.intent[h] = (byte) d;
        hh.intentFlags[h] = flags;
    }

    /**
     * The second choice of a quota applicant who will find no place: among the destinations without a quota
     * ({@link #secondChoice}); {@code D} to stay home.
     */
    private static int fallback(MuhojirModel m, Households hh, int h, long stream, Candidate cand, double[] p) {
        for (int d = 0; d < D; d++) {
            cand.eligible[d] &= m.conditions().route[d] != EntryRoute.QUOTA;
        }
        return secondChoice(m, hh, h, stream, cand, p);
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
        cand.capacityTjs = economy.capacity(hh, h, income);
        double weight = hh.weight;
        for (int d = 0; d < D; d++) {
            EntryRoute route = c.route[d];
            cand.costTjs[d] = costTjs[d];
            cand.eligible[d] = c.open[d] && route != EntryRoute.CLOSED && d != bannedFrom
                    && !(c.skilledOnly[d] && skill == Skill.NONE.ordinal())
                    && cand.costTjs[d] <= cand.capacityTjs
                    && !(route == EntryRoute.QUOTA && m.quotaUsed()[d] + weight > m.quotaReleased()[d])
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
                || KeyedRandom.uniform(stream, exam) < examPassProbability(m, hh, h, d);
    }

    /** Probability that household {@code h}'s candidate passes destination {@code d}'s test. */
    static double examPassProbability(MuhojirModel m, Households hh, int h, int d) {
        Conditions c = m.conditions();
        double fit = c.russianExam[d] ? m.scenario().behaviour().russianExamFit().get(hh.russian[h]) : 1;
        return c.examPassRate[d] * fit;
    }

    private static boolean[] russianSpoken() {
        boolean[] spoken = new boolean[D];
        for (Destination d : Destination.values()) {
            spoken[d.ordinal()] = d.russianSpoken();
        }
        return spoken;
    }

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

    /**
     * Gives the places released so far to this month's applicants in a random order drawn afresh each month (each
     * applicant's keyed draw, ties by household), so no household is first in line every year. An applicant who
     * finds no place takes the second choice made with the first ({@link #fallback}), unless already on a second
     * choice.
     */
    void allocateQuotaPlaces(MuhojirModel m) {
        Households hh = m.households();
        int count = 0;
        for (Tally t : m.tallies()) {
            count += t.quotaApplicants.size();
        }
        // each applicant's place in line: the first 37 bits of its keyed draw, then its household index, in one long
        long[] line = new long[count];
        int n = 0;
        for (Tally t : m.tallies()) {
            for (int i = 0; i < t.quotaApplicants.size(); i++) {
                int h = t.quotaApplicants.get(i);
                double u = KeyedRandom.uniform(m.keyedRandom().stream(h, m.monthIndex()), Purpose.QUOTA_ORDER);
                line[n++] = (long) (u * QUEUE_RANKS) << HOUSEHOLD_BITS | h;
            }
        }
        Arrays.sort(line);
        double weight = hh.weight;
        double[] used = m.quotaUsed();
        double[] released = m.quotaReleased();
        for (long place : line) {
            int h = (int) (place & ((1L << HOUSEHOLD_BITS) - 1));
            int d = hh.intent[h];
            if (used[d] + weight <= released[d]) {
                used[d] += weight;
            } else {
                fallBack(hh, h);
            }
        }
    }

    /** An applicant without a place takes their fall-back choice, or stays home. */
    private static void fallBack(Households hh, int h) {
        byte flags = hh.intentFlags[h];
        int d = (flags & SECOND_CHOICE) != 0 ? D : (flags >> FALLBACK_SHIFT) & FALLBACK_MASK;
        hh.intent[h] = d < D ? (byte) d : Households.NONE;
        hh.intentFlags[h] = (byte) (flags | SECOND_CHOICE);
    }

    /**
     * The month's second choice, among the destinations still eligible in {@code cand}: the same choice rule with a
     * draw of its own, then a visa refusal and the entry test with draws of their own. The destination, or
     * {@code D} if the candidate stays home (by choice, refused or failing).
     */
    private static int secondChoice(MuhojirModel m, Households hh, int h, long stream, Candidate cand, double[] p) {
        m.rules().choice().probabilities(cand, m.scenario().behaviour(), p);
        int d = pick(p, KeyedRandom.uniform(stream, Purpose.CHOICE_AGAIN));
        return d < D && admitted(m, hh, h, d, stream, Purpose.VISA_AGAIN, Purpose.EXAM_AGAIN) ? d : D;
    }

    /** Every admitted candidate of households {@code from} to {@code to} leaves. */
    static void leave(MuhojirModel m, int from, int to, Tally t) {
        Households hh = m.households();
        Conditions c = m.conditions();
        for (int h = from; h < to; h++) {
            int d = hh.intent[h];
            if (d == Households.NONE) {
                continue;
            }
            long stream = m.keyedRandom().stream(h, m.monthIndex());
            boolean female = (hh.intentFlags[h] & FEMALE) != 0;
            // some arrivals never get (or keep) papers to work; entering visa-free, papers also need the exam
            int exam = (hh.intentFlags[h] & SECOND_CHOICE) != 0 ? Purpose.EXAM_AGAIN : Purpose.EXAM;
            boolean legal = KeyedRandom.uniform(stream, Purpose.ARRIVAL_STATUS) >= c.irregularOnArrival[d]
                    && (c.route[d] != EntryRoute.VISA_FREE
                        || KeyedRandom.uniform(stream, exam) < examPassProbability(m, hh, h, d));
            hh.occupy(hh.freeSlot(h), d, female, (legal ? LegalStatus.LEGAL : LegalStatus.IRREGULAR).ordinal(),
                    m.monthIndex());
            pay(hh, h, (c.travelUsd[d] + c.documentsUsd[d]) * c.tjsPerUsd);
            hh.ties[h] |= (byte) (1 << d);
            if ((hh.intentFlags[h] & BANNED) != 0) {
                hh.bannedMembers[h]--;
            }
            t.departures[d]++;
            if (female) {
                t.departuresWomen++;
            }
            if (t.observed()) {
                t.emit(new ModelEvent.Departure(m.currentMonth(), h, Destination.values()[d], female, legal));
            }
        }
    }

    /** Pays a journey from savings, borrowing the rest. */
    private static void pay(Households hh, int h, double costTjs) {
        double fromSavings = Math.min(Math.max(0, hh.savings[h]), costTjs);
        hh.savings[h] -= (float) fromSavings;
        hh.debt[h] += (float) (costTjs - fromSavings);
    }
}
