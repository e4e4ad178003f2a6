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
    /** The household's region and whether it is urban. */
    public static final int INIT_REGION = 1;
    /** The household's size (1 plus a Poisson draw). */
    public static final int INIT_SIZE = 3;
    /** How many members are of working age (the size times the working-age share, rounded at random). */
    public static final int INIT_COMPOSITION = 4;
    /** The skill of the household's prospective migrants. */
    public static final int INIT_SKILL = 5;
    /** The Russian level of the household's prospective migrants. */
    public static final int INIT_RUSSIAN = 6;
    /** The household's income factor (a Gaussian draw, with {@link #GAUSSIAN_PARTNER} added for its partner). */
    public static final int INIT_EARNINGS = 7;
    /** The household's savings at the start (an exponential draw). */
    public static final int INIT_SAVINGS = 8;
    /** Whether the household has a member abroad at the start. */
    public static final int INIT_ABROAD = 9;
    /** Where that member is ({@link #INIT_SECOND_MEMBER} added for a second member). */
    public static final int INIT_DESTINATION = 10;
    /** Whether that member is without papers ({@link #INIT_SECOND_MEMBER} added for a second member). */
    public static final int INIT_STATUS = 11;
    /**
     * How long that member has been abroad, and so their savings there ({@link #INIT_SECOND_MEMBER} added for a
     * second member).
     */
    public static final int INIT_SPELL = 12;
    /**
     * Whether the household has kin or neighbours at a destination besides its own members: the draw for destination
     * {@code d} is this plus 37 times {@code d}'s ordinal.
     */
    public static final int INIT_TIES = 13;
    /**
     * How many of the working-age members are women; this plus 1 (plus {@link #INIT_SECOND_MEMBER} for a second
     * member) whether the member placed abroad at the start is a woman.
     */
    public static final int INIT_WOMEN = 21;
    /** Whether a household with a member abroad at the start has a second one there. */
    public static final int INIT_SECOND_ABROAD = 30;
    /** Whether a household is a migrant household, which considers migration more often (ConsiderPropensity). */
    public static final int INIT_CONSIDER_TYPE = 31;
    /** Added to the purposes of the first member abroad's draws for the second member's. */
    public static final int INIT_SECOND_MEMBER = 60;

    // monthly, household level
    /** Whether a skills programme trains the household this month. */
    public static final int TRAINING = 40;
    /** Whether the household considers migration this month. */
    public static final int CONSIDER = 41;
    /** Whether the month's candidate is a woman. */
    public static final int CANDIDATE_SEX = 42;
    /** The destination the candidate chooses (or staying). */
    public static final int CHOICE = 43;
    /** The entry test of a first choice (on arrival for a visa-free route). */
    public static final int EXAM = 44;
    /** The visa refusal of a first choice. */
    public static final int VISA = 45;
    /** Whether the member who leaves arrives without papers (the destination's {@code irregularOnArrival}). */
    public static final int ARRIVAL_STATUS = 46;
    /** The household's place in the month's queue for quota places. */
    public static final int QUOTA_ORDER = 47;
    /** The month's second choice of a candidate refused, failing the test or finding no quota place. */
    public static final int CHOICE_AGAIN = 48;
    /** The entry test of that second choice (on arrival for a visa-free route). */
    public static final int EXAM_AGAIN = 49;
    /** The visa refusal of that second choice. */
    public static final int VISA_AGAIN = 50;

    // monthly, per member slot (add SLOT_STRIDE * slot)
    /** First purpose of the per-member draws: {@link #slot} adds {@link #SLOT_STRIDE} times the slot and the draw. */
    public static final int SLOT_BASE = 100;
    /** Per member: whether the member has work this month. */
    public static final int EMPLOYED = 0;
    /** Per member: whether the member is detained in a raid. */
    public static final int RAID = 1;
    /** Per member: whether a detained member is deported. */
    public static final int DEPORT = 2;
    /** Per member: whether a member without papers is expelled under a mass-ban policy. */
    public static final int EXPEL = 3;
    /** Per member: whether a legal member loses legal status. */
    public static final int LAPSE = 4;
    /** Per member: whether a member without papers seeks them. */
    public static final int REGULARISE = 5;
    /** Per member: whether that member passes the entry test for them. */
    public static final int REGULARISE_EXAM = 6;
    /** Per member: whether the member goes home by choice. */
    public static final int RETURN = 7;
    /** Per member: whether a legal member becomes a citizen of the destination. */
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
