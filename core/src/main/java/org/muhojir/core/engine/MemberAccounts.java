package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * One chunk's members abroad and households with one, by destination, legal status and region: kept up to date as
 * members leave, come home and change status (phases 2 and 7), so that the accounting phase reads them instead of
 * counting every household's members again each month. Counts are whole numbers, so keeping them as things happen
 * gives exactly what a count at the end of the month would ({@code MemberAccountsTest} checks it against a count).
 * The counts are simulated (unweighted) persons and households.
 */
final class MemberAccounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;

    /** Members abroad by destination and legal status. */
    final long[][] abroad = new long[D][LegalStatus.COUNT];
    /** Members abroad by region of origin and destination. */
    final long[][] abroadByRegion = new long[Region.COUNT][D];
    /** Households with at least one member at each destination, by region. */
    final long[][] householdsWithMemberAt = new long[Region.COUNT][D];
    /** Households by region. */
    final long[] householdsByRegion = new long[Region.COUNT];
    /** Households with at least one member abroad. */
    long householdsWithMigrant;

    /** Counts households {@code from} to {@code to - 1} and their members abroad, from nothing. */
    void countAll(Households hh, int from, int to) {
        clear();
        for (int h = from; h < to; h++) {
            int region = hh.region[h];
            householdsByRegion[region]++;
            if (hh.membersAbroad(h) > 0) {
                householdsWithMigrant++;
            }
            int seen = 0; // destinations of the household's members counted so far, a bit each
            for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
                int d = hh.slotDestination[s];
                if (d != Households.NONE) {
                    abroad[d][hh.slotStatus[s]]++;
                    abroadByRegion[region][d]++;
                    if ((seen & (1 << d)) == 0) {
                        seen |= 1 << d;
                        householdsWithMemberAt[region][d]++;
                    }
                }
            }
        }
    }

    /** Counts the member just placed abroad in slot {@code s} of household {@code h} ({@link Households#occupy}). */
    void arrived(Households hh, int h, int s) {
        int d = hh.slotDestination[s];
        int region = hh.region[h];
        abroad[d][hh.slotStatus[s]]++;
        abroadByRegion[region][d]++;
        if (othersAt(hh, h, s, d) == 0) {
            householdsWithMemberAt[region][d]++;
        }
        if (hh.membersAbroad(h) == 1) {
            householdsWithMigrant++;
        }
    }

    /**
     * Takes out the member of slot {@code s} of household {@code h} who is about to come home: call before
     * {@link Households#clearSlot}.
     */
    void leaving(Households hh, int h, int s) {
        int d = hh.slotDestination[s];
        int region = hh.region[h];
        abroad[d][hh.slotStatus[s]]--;
        abroadByRegion[region][d]--;
        if (othersAt(hh, h, s, d) == 0) {
            householdsWithMemberAt[region][d]--;
        }
        if (hh.membersAbroad(h) == 1) {
            householdsWithMigrant--;
        }
    }

    /** Moves a member at destination {@code d} from legal status {@code from} to {@code to} (ordinals). */
    void statusChanged(int d, byte from, byte to) {
        abroad[d][from]--;
        abroad[d][to]++;
    }

    /** Adds {@code other}'s counts to these. */
    void add(MemberAccounts other) {
        for (int d = 0; d < D; d++) {
            for (int s = 0; s < LegalStatus.COUNT; s++) {
                abroad[d][s] += other.abroad[d][s];
            }
            for (int r = 0; r < Region.COUNT; r++) {
                abroadByRegion[r][d] += other.abroadByRegion[r][d];
                householdsWithMemberAt[r][d] += other.householdsWithMemberAt[r][d];
            }
        }
        for (int r = 0; r < Region.COUNT; r++) {
            householdsByRegion[r] += other.householdsByRegion[r];
        }
        householdsWithMigrant += other.householdsWithMigrant;
    }

    /** Sets every count to 0. */
    void clear() {
        for (int d = 0; d < D; d++) {
            Arrays.fill(abroad[d], 0);
        }
        for (int r = 0; r < Region.COUNT; r++) {
            Arrays.fill(abroadByRegion[r], 0);
            Arrays.fill(householdsWithMemberAt[r], 0);
        }
        Arrays.fill(householdsByRegion, 0);
        householdsWithMigrant = 0;
    }

    /** Whether {@code other} holds the same counts (for tests). */
    boolean sameAs(MemberAccounts other) {
        return Arrays.deepEquals(abroad, other.abroad)
                && Arrays.deepEquals(abroadByRegion, other.abroadByRegion)
                && Arrays.deepEquals(householdsWithMemberAt, other.householdsWithMemberAt)
                && Arrays.equals(householdsByRegion, other.householdsByRegion)
                && householdsWithMigrant == other.householdsWithMigrant;
    }

    /** Members of household {@code h} at destination {@code d} in slots other than {@code s}. */
    private static int othersAt(Households hh, int h, int s, int d) {
        int others = 0;
        for (int k = h * Households.SLOTS; k < (h + 1) * Households.SLOTS; k++) {
            if (k != s && hh.slotDestination[k] == d) {
                others++;
            }
        }
        return others;
    }
}
