package org.muhojir.core.random;

/**
 * What a draw is for. Each purpose has its own number so that draws for different decisions in the same household
 * and month are independent; draws about a member abroad add {@link #SLOT_STRIDE} times the member's slot.
 */
public final class Purpose {
    /** Offset of the second uniform used by a Gaussian draw. */
    public static final int GAUSSIAN_PARTNER = 500;
    /** Spacing between the purposes of successive member slots. */
    public static final int SLOT_STRIDE = 32;

    // building the population (KeyedRandom.populationStream)
    public static final int INIT_REGION = 1;
    public static final int INIT_SIZE = 3;
    public static final int INIT_COMPOSITION = 4;
    public static final int INIT_SKILL = 5;
    public static final int INIT_RUSSIAN = 6;
    public static final int INIT_EARNINGS = 7;
    public static final int INIT_SAVINGS = 8;
    public static final int INIT_ABROAD = 9;
    public static final int INIT_DESTINATION = 10;
    public static final int INIT_STATUS = 11;
    public static final int INIT_SPELL = 12;
    public static final int INIT_TIES = 13; // + destination index
    public static final int INIT_WOMEN = 21;
    /** Whether a household with a member abroad at the start has a second one there. */
    public static final int INIT_SECOND_ABROAD = 30;
    /** Whether a household is a migrant household, which considers migration more often (ConsiderPropensity). */
    public static final int INIT_CONSIDER_TYPE = 31;
    /** Added to the purposes of the first member abroad's draws for the second member's. */
    public static final int INIT_SECOND_MEMBER = 60;

    // monthly, household level
    public static final int TRAINING = 40;
    public static final int CONSIDER = 41;
    public static final int CANDIDATE_SEX = 42;
    public static final int CHOICE = 43;
    public static final int EXAM = 44;
    public static final int VISA = 45;
    public static final int ARRIVAL_STATUS = 46;
    public static final int QUOTA_ORDER = 47;
    /** The month's second choice of a candidate refused, failing the test or finding no quota place. */
    public static final int CHOICE_AGAIN = 48;
    /** The entry test of that second choice (on arrival for a visa-free route). */
    public static final int EXAM_AGAIN = 49;
    /** The visa refusal of that second choice. */
    public static final int VISA_AGAIN = 50;

    // monthly, per member slot (add SLOT_STRIDE * slot)
    public static final int SLOT_BASE = 100;
    public static final int EMPLOYED = 0;
    public static final int RAID = 1;
    public static final int DEPORT = 2;
    public static final int EXPEL = 3;
    public static final int LAPSE = 4;
    public static final int REGULARISE = 5;
    public static final int REGULARISE_EXAM = 6;
    public static final int RETURN = 7;
    public static final int NATURALISE = 8;

    /** Base of the per-destination draws that decide a lottery win or a sponsor offer this month. */
    public static final int ENTRY_BASE = 1000;

    private Purpose() {
    }

    /** The purpose number of destination {@code d}'s lottery or sponsorship draw. */
    public static int entry(int d) {
        return ENTRY_BASE + d;
    }

    /** The purpose number of a per-member draw. */
    public static int slot(int slot, int what) {
        return SLOT_BASE + slot * SLOT_STRIDE + what;
    }
}
