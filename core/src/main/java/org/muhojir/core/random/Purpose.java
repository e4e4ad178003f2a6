package org.muhojir.core.random;

/**
 * What a draw is for. Each purpose has its own number so that draws for different decisions in the same household
 * and month are independent; each member abroad has one draw a month, {@link #member}.
 */
public final class Purpose {
    /** Offset of the second uniform used by a Gaussian draw. */
    public static final int GAUSSIAN_PARTNER = 500;

    // building the population (month -1)
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

    /** Base of the one draw a month of each member abroad: add the member's slot. */
    public static final int MEMBER_BASE = 100;

    /** Base of the per-destination draws that decide a lottery win or a sponsor offer this month. */
    public static final int ENTRY_BASE = 1000;

    private Purpose() {
    }

    /** The purpose number of destination {@code d}'s lottery or sponsorship draw. */
    public static int entry(int d) {
        return ENTRY_BASE + d;
    }

    /** The purpose number of the month's draw of the member in slot {@code slot} (0 to 2). */
    public static int member(int slot) {
        return MEMBER_BASE + slot;
    }
}
