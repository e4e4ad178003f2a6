package org.muhojir.core.engine;

import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.PovertyAccumulator;
import org.muhojir.core.outcome.PovertyByCell;
import org.muhojir.core.outcome.PovertyMeasures;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * Phase 8, accounting: counts bans in force; merges the chunks' totals in chunk order (members abroad by destination
 * and status and households with a member abroad are kept up to date by phases 2 and 7 in each chunk's
 * {@link MemberAccounts}, households receiving remittances are counted by phase 3), scales them to national totals,
 * records the month's outcome (with the poverty and inequality the budgets phase counted), and updates what each
 * region knows of each destination (network and perceived risk) for next month.
 */
final class AccountingPhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;

    AccountingPhase() {
        super("accounting");
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        Households hh = m.households();
        int nextMonth = m.monthIndex() + 1;
        long banned = 0;
        for (int h = from; h < to; h++) {
            if (hh.bannedMembers[h] > 0 && hh.banned(h, hh.banDestination[h], nextMonth)) {
                banned += hh.bannedMembers[h];
            }
        }
        t.bannedPersons = banned;
    }

    /** Counts each chunk's households and members abroad from nothing (at the start, once the population is built). */
    static void countAccounts(MuhojirModel m) {
        Households hh = m.households();
        ChunkTotals[] chunks = m.chunkTotals();
        for (int c = 0; c < chunks.length; c++) {
            int from = c * MuhojirModel.CHUNK_SIZE;
            chunks[c].accounts.countAll(hh, from, Math.min(hh.size, from + MuhojirModel.CHUNK_SIZE));
        }
    }

    /** Merges the chunks' chunkTotals, records the month's outcome and updates the regional signals. */
    void closeMonth(MuhojirModel m) {
        ChunkTotals total = ChunkTotals.of(m);
        total.clear(false);
        for (ChunkTotals t : m.chunkTotals()) {
            merge(total, t);
        }
        MemberAccounts accounts = total.accounts;
        m.signals().updateNetwork(accounts.householdsWithMemberAt, accounts.householdsByRegion,
                accounts.abroadByRegion);
        m.signals().updateRisk(total.deportationsByRegion, accounts.abroadByRegion, m.conditions().open);
        if (m.beforeStart()) {
            return; // a month of the warm-up or history is neither recorded nor announced
        }
        MonthlyOutcome outcome = outcome(m, total);
        m.addOutcome(outcome);
        m.publish(new ModelEvent.MonthClosed(outcome.month(), outcome));
    }

    private static void merge(ChunkTotals into, ChunkTotals t) {
        for (int d = 0; d < D; d++) {
            into.departures[d] += t.departures[d];
            into.returnsByChoice[d] += t.returnsByChoice[d];
            into.deportations[d] += t.deportations[d];
            into.detentions[d] += t.detentions[d];
            into.naturalisations[d] += t.naturalisations[d];
            into.sentUsd[d] += t.sentUsd[d];
            into.feesUsd[d] += t.feesUsd[d];
            for (int r = 0; r < Region.COUNT; r++) {
                into.deportationsByRegion[r][d] += t.deportationsByRegion[r][d];
            }
        }
        into.accounts.add(t.accounts);
        into.departuresWomen += t.departuresWomen;
        into.returnsWithinYear += t.returnsWithinYear;
        into.receivedTjs += t.receivedTjs;
        into.cashCarriedUsd += t.cashCarriedUsd;
        into.compensationUsd += t.compensationUsd;
        into.personalTransfersUsd += t.personalTransfersUsd;
        into.bannedPersons += t.bannedPersons;
        into.householdsReceiving += t.householdsReceiving;
        into.poverty.merge(t.poverty);
        into.international.merge(t.international);
        into.povertyWithout.merge(t.povertyWithout);
        into.gini.merge(t.gini);
        into.giniWithout.merge(t.giniWithout);
    }

    private static MonthlyOutcome outcome(MuhojirModel m, ChunkTotals t) {
        double w = m.households().weight;
        double households = m.households().size;
        double[][] abroad = new double[D][LegalStatus.COUNT];
        for (int d = 0; d < D; d++) {
            for (int s = 0; s < LegalStatus.COUNT; s++) {
                abroad[d][s] = t.accounts.abroad[d][s] * w;
            }
        }
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        PovertyMeasures[] without = new PovertyMeasures[Group.COUNT];
        double[] consumption = new double[Group.COUNT];
        for (Group g : Group.values()) {
            PovertyAccumulator with = group(t.poverty, g);
            poverty[g.ordinal()] = with.measures(w);
            without[g.ordinal()] = group(t.povertyWithout, g).measures(w);
            consumption[g.ordinal()] = with.meanConsumption();
        }
        return new MonthlyOutcome(m.currentMonth(), abroad, scale(t.departures, w), t.departuresWomen * w,
                scale(t.returnsByChoice, w), t.returnsWithinYear * w, scale(t.deportations, w), scale(t.detentions, w),
                scale(t.naturalisations, w), t.bannedPersons * w, scale(t.sentUsd, w), scale(t.feesUsd, w),
                t.receivedTjs * w, t.cashCarriedUsd * w, t.compensationUsd * w, t.personalTransfersUsd * w,
                m.conditions().gdpUsdMillion * 1e6 / 12, m.conditions().tjsPerUsd,
                m.conditions().localPerUsd.clone(),
                t.accounts.householdsWithMigrant / households, t.householdsReceiving / households, consumption, poverty,
                without, t.international.shares(), t.gini.gini(), t.giniWithout.gini());
    }

    /** The sums of a group's cells. */
    private static PovertyAccumulator group(PovertyByCell cells, Group g) {
        PovertyAccumulator sum = new PovertyAccumulator();
        for (int region = 0; region < Region.COUNT; region++) {
            for (int urban = 0; urban <= 1; urban++) {
                if (g.contains(region, urban == 1)) {
                    cells.addTo(region * 2 + urban, sum);
                }
            }
        }
        return sum;
    }

    private static double[] scale(long[] counts, double w) {
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i] * w;
        }
        return out;
    }

    private static double[] scale(double[] sums, double w) {
        double[] out = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            out[i] = sums[i] * w;
        }
        return out;
    }
}
