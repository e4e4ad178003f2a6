package org.muhojir.core.population;

import java.io.Serializable;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * The whole household population as parallel arrays ("structure of arrays"): household {@code h}'s attributes
 * are element {@code h} of each array, and its members abroad occupy slots {@code h * SLOTS .. h * SLOTS +
 * SLOTS - 1}. About 117 bytes a household; phases step it in chunks, never one object per household.
 *
 * <p>Members are counted, not listed: {@link #men}, {@link #women} and {@link #dependants} are all members
 * including those abroad; a member abroad is a filled slot. Months are indices from the run's first simulated
 * month after its warm-up (the scenario's history start, else its start; negative = in the warm-up or before).
 *
 * <p>Fields are public for the phases' inner loops; code outside the model should read them only through
 * {@link HouseholdView} or between steps.
 */
public final class Households implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Members abroad a household can have at once. */
    public static final int SLOTS = 3;
    /** Value of {@link #slotDestination} for an empty slot and of {@link #banDestination} for no ban. */
    public static final byte NONE = -1;
    /** Value of {@link #lastReturn} for a household none of whose members has come home from a spell abroad. */
    public static final short NEVER = Short.MIN_VALUE;
    /** Value of the relative consumption of a month in which nobody was at home (no budget, not counted). */
    public static final float NO_BUDGET = -1f;

    /** Number of households. */
    public final int size;
    /**
     * National households each simulated household stands for this month: the running model sets it every month
     * from the scenario's population of that month ({@link org.muhojir.core.scenario.PopulationSpec#weight(
     * java.time.YearMonth, int)}).
     */
    public double weight;

    /** Region of each household ({@link org.muhojir.core.world.Region} ordinal). */
    public final byte[] region;
    /** 1 if urban, 0 if rural. */
    public final byte[] urban;
    /** Working-age men, at home and abroad. */
    public final byte[] men;
    /** Working-age women, at home and abroad. */
    public final byte[] women;
    /** Children and elderly members (never migrate). */
    public final byte[] dependants;
    /** Skill of the household's prospective migrants ({@link org.muhojir.core.world.Skill} ordinal). */
    public final byte[] skill;
    /** Russian level of the prospective migrants, 0 (none) to 3 (fluent). */
    public final byte[] russian;
    /** Bit d set if the household has kin or a member at destination d. */
    public final byte[] ties;
    /** Household-specific multiplier on all local income, earnings and non-labour (lognormal, mean 1). */
    public final float[] incomeFactor;
    /** Savings at home, TJS. */
    public final float[] savings;
    /** Debt, TJS. */
    public final float[] debt;
    /** Consumption this month, TJS per adult equivalent. */
    public final float[] consumption;
    /** Consumption this month had no remittances arrived, TJS per adult equivalent (static counterfactual). */
    public final float[] consumptionWithoutRemittances;
    /**
     * Consumption per adult equivalent last month over that month's poverty line (1: at the line), or {@link
     * #NO_BUDGET} if nobody was at home; between steps, that of the month just simulated. With the month before's and
     * this month's it makes the quarter that poverty and inequality are measured on, as the household budget survey
     * measures them. Kept from two months before a run's first reported month on.
     */
    public final float[] relativeConsumptionLastMonth;
    /** The same the month before last. */
    public final float[] relativeConsumptionMonthBefore;
    /** {@link #relativeConsumptionLastMonth} had no remittances arrived (the static counterfactual). */
    public final float[] relativeWithoutRemittancesLastMonth;
    /** The same the month before last. */
    public final float[] relativeWithoutRemittancesMonthBefore;
    /**
     * Welfare over the survey's quarter to this month: consumption per adult equivalent over this month and the two
     * before, TJS at this month's prices, as the poverty measures count it (docs/ODD.md 7.7.1); 0 if nobody was at
     * home this month. Kept from two months before a run's first reported month on (0 before).
     */
    public final float[] welfare;
    /** Remittances received this month, TJS. */
    public final float[] remittancesReceived;
    /** Destination that has banned a member, or {@link #NONE}. */
    public final byte[] banDestination;
    /** Members at home under that ban. */
    public final byte[] bannedMembers;
    /** First month the ban no longer applies. */
    public final short[] banEnd;

    /**
     * Month a member last came home from a spell abroad (by choice, deported, expelled or at the end of a seasonal
     * visa), set by {@link #clearSlot}; {@link #NEVER} if none has. A household with a recent returnee leaves again
     * more readily (repeat migration).
     */
    public final short[] lastReturn;
    /** Destination of the household's last completed spell ({@link Destination} ordinal), or {@link #NONE}. */
    public final byte[] lastDestination;

    /** Working-age men abroad (kept equal to the filled slots of men by {@link #occupy} and {@link #clearSlot}). */
    public final byte[] menAbroad;
    /** Working-age women abroad (kept equal to the filled slots of women). */
    public final byte[] womenAbroad;

    /** Destination of each slot ({@link Destination} ordinal) or {@link #NONE} if empty. */
    public final byte[] slotDestination;
    /** Legal status of each slot ({@link LegalStatus} ordinal). */
    public final byte[] slotStatus;
    /** 1 if the member in the slot is a woman. */
    public final byte[] slotFemale;
    /** Skill the member had when leaving ({@link org.muhojir.core.world.Skill} ordinal); training at home later
     *  does not change it. */
    public final byte[] slotSkill;
    /** Month the member left; for a naturalised member, the month of naturalisation (the start of settlement). */
    public final short[] slotSince;
    /** Savings the member has built abroad, US dollars. */
    public final float[] slotSavingsUsd;
    /** What the member sent home this month, US dollars before fees. */
    public final float[] slotSentUsd;
    /**
     * What the member earned this month after living costs and, for a legal member, the monthly fee, local currency;
     * 0 when that is nothing or less (no work, or pay that does not cover them: the shortfall comes out of the
     * member's savings abroad).
     */
    public final float[] slotEarnedLocal;

    /** Decision of this month: destination chosen by the household's candidate, or {@link #NONE}. */
    public final byte[] intent;
    /**
     * Flags of this month's candidate: bit 0 a woman, bit 1 a member under the household's ban, bit 2 on a second
     * choice (after a refused visa, a failed entry test or no quota place), bits 3 to 5 a quota applicant's choice if
     * no place is left (a {@link Destination} ordinal, or {@link Destination#COUNT} to stay home).
     */
    public final byte[] intentFlags;

    /** Number of households: indices run from 0 to {@code size() - 1}. The same as {@link #size}. */
    public int size() {
        return size;
    }

    /**
     * {@code size} empty households, each standing for {@code weight} national households: no members, savings, debt
     * or consumption, every slot empty, no ban, no return ({@link #NEVER}), no budget in the months before
     * ({@link #NO_BUDGET}). {@link PopulationGenerator} fills them.
     */
    public Households(int size, double weight) {
        this.size = size;
        this.weight = weight;
        region = new byte[size];
        urban = new byte[size];
        men = new byte[size];
        women = new byte[size];
        dependants = new byte[size];
        skill = new byte[size];
        russian = new byte[size];
        ties = new byte[size];
        incomeFactor = new float[size];
        savings = new float[size];
        debt = new float[size];
        consumption = new float[size];
        consumptionWithoutRemittances = new float[size];
        relativeConsumptionLastMonth = new float[size];
        relativeConsumptionMonthBefore = new float[size];
        relativeWithoutRemittancesLastMonth = new float[size];
        relativeWithoutRemittancesMonthBefore = new float[size];
        welfare = new float[size];
        remittancesReceived = new float[size];
        banDestination = new byte[size];
        bannedMembers = new byte[size];
        banEnd = new short[size];
        lastReturn = new short[size];
        lastDestination = new byte[size];
        menAbroad = new byte[size];
        womenAbroad = new byte[size];
        slotDestination = new byte[size * SLOTS];
        slotStatus = new byte[size * SLOTS];
        slotFemale = new byte[size * SLOTS];
        slotSkill = new byte[size * SLOTS];
        slotSince = new short[size * SLOTS];
        slotSavingsUsd = new float[size * SLOTS];
        slotSentUsd = new float[size * SLOTS];
        slotEarnedLocal = new float[size * SLOTS];
        intent = new byte[size];
        intentFlags = new byte[size];
        java.util.Arrays.fill(slotDestination, NONE);
        java.util.Arrays.fill(banDestination, NONE);
        java.util.Arrays.fill(lastDestination, NONE);
        java.util.Arrays.fill(lastReturn, NEVER);
        java.util.Arrays.fill(intent, NONE);
        java.util.Arrays.fill(relativeConsumptionLastMonth, NO_BUDGET);
        java.util.Arrays.fill(relativeConsumptionMonthBefore, NO_BUDGET);
        java.util.Arrays.fill(relativeWithoutRemittancesLastMonth, NO_BUDGET);
        java.util.Arrays.fill(relativeWithoutRemittancesMonthBefore, NO_BUDGET);
    }

    /**
     * Bytes of heap the arrays hold per household: every array's element size times its length per household.
     * Object headers and array headers (a few hundred bytes in all) are not counted.
     */
    public static int bytesPerHousehold() {
        int perHousehold = 0;
        for (java.lang.reflect.Field f : Households.class.getFields()) {
            Class<?> type = f.getType();
            if (type.isArray() && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                int elements = f.getName().startsWith("slot") ? SLOTS : 1;
                perHousehold += elements * elementBytes(type.getComponentType());
            }
        }
        return perHousehold;
    }

    private static int elementBytes(Class<?> type) {
        if (type == byte.class) {
            return 1;
        }
        if (type == short.class) {
            return 2;
        }
        if (type == float.class || type == int.class) {
            return 4;
        }
        if (type == double.class || type == long.class) {
            return 8;
        }
        throw new IllegalStateException("unexpected array type " + type);
    }

    /** Members abroad. */
    public int membersAbroad(int h) {
        return menAbroad[h] + womenAbroad[h];
    }

    /** Working-age men at home. */
    public int menAtHome(int h) {
        return men[h] - menAbroad[h];
    }

    /** Working-age women at home. */
    public int womenAtHome(int h) {
        return women[h] - womenAbroad[h];
    }

    /** Members living at home (working-age and dependants). */
    public int membersAtHome(int h) {
        return men[h] + women[h] + dependants[h] - membersAbroad(h);
    }

    /** Whether household {@code h} has a slot free for one more member abroad. */
    public boolean hasFreeSlot(int h) {
        return menAbroad[h] + womenAbroad[h] < SLOTS;
    }

    /** An empty slot of household {@code h}, or -1 if every slot is filled. */
    public int freeSlot(int h) {
        for (int s = h * SLOTS; s < h * SLOTS + SLOTS; s++) {
            if (slotDestination[s] == NONE) {
                return s;
            }
        }
        return -1;
    }

    /** Whether household {@code h} is banned from destination {@code d} in {@code month}. */
    public boolean banned(int h, int d, int month) {
        return banDestination[h] == d && month < banEnd[h] && bannedMembers[h] > 0;
    }

    /**
     * Puts a member of household {@code s / SLOTS} abroad in the empty slot {@code s}, with the household's
     * current skill.
     *
     * @param destination {@link Destination} ordinal
     * @param status      {@link LegalStatus} ordinal
     * @param month       month of departure
     */
    public void occupy(int s, int destination, boolean female, int status, int month) {
        int h = s / SLOTS;
        if (female) {
            womenAbroad[h]++;
        } else {
            menAbroad[h]++;
        }
        slotDestination[s] = (byte) destination;
        slotFemale[s] = (byte) (female ? 1 : 0);
        slotSkill[s] = skill[h];
        slotStatus[s] = (byte) status;
        slotSince[s] = (short) month;
        slotSavingsUsd[s] = 0;
        slotSentUsd[s] = 0;
        slotEarnedLocal[s] = 0;
    }

    /**
     * Whether a member of household {@code h} came home from a spell abroad fewer than {@code months} months before
     * {@code month} (a recent returnee).
     */
    public boolean returnedWithin(int h, int month, int months) {
        return lastReturn[h] != NEVER && month - lastReturn[h] < months;
    }

    /**
     * Empties slot {@code s}: the member is home in {@code month}, and the household remembers when and from where.
     */
    public void clearSlot(int s, int month) {
        int h = s / SLOTS;
        lastReturn[h] = (short) month;
        lastDestination[h] = slotDestination[s];
        if (slotFemale[s] == 1) {
            womenAbroad[h]--;
        } else {
            menAbroad[h]--;
        }
        slotDestination[s] = NONE;
        slotStatus[s] = 0;
        slotFemale[s] = 0;
        slotSkill[s] = 0;
        slotSince[s] = 0;
        slotSavingsUsd[s] = 0;
        slotSentUsd[s] = 0;
        slotEarnedLocal[s] = 0;
    }
}
