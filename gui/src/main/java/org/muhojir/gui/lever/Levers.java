package org.muhojir.gui.lever;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.EntryExam;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.policy.TravelCostChange;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import sim.util.Interval;

/**
 * The policy levers students pull, as a Java bean that MASON's inspector shows as sliders (its {@code dom...}
 * methods give each lever's range, {@code des...} its explanation).
 *
 * <p>Two kinds of lever. <b>Intensities</b> (raids, consular protection) act on top of the scenario: raids x1 and
 * no protection leave it as it is. <b>Values</b> (patent fee, rouble rate, exam pass rate, quotas, transfer fee)
 * follow the scenario until the student moves them; the slider then pins the value, until {@link #reset()}.
 * While a value follows, its getter shows what was in force last month. A change smaller than one slider position
 * (a thousandth of the range) is ignored: see {@link #isEcho}. Values are shown and kept to a few decimals
 * ({@link #shown}), finer than a slider position, so the inspector never shows floating-point noise.
 *
 * <p>Each month, {@link #shocksFor(Conditions)} turns the levers into ordinary shocks for that month only, given
 * what the scenario alone has in force then; so a lever moved now acts from the next simulated month, and moving it
 * again never compounds. Thread-safe: Swing sets levers while the model's thread reads them.
 */
public final class Levers {
    private static final int RUSSIA = Destination.RUSSIA.ordinal();
    private static final int KOREA = Destination.SOUTH_KOREA.ordinal();
    private static final int UK = Destination.UK.ordinal();
    private static final int FOLLOW = -1;
    /*
     * Lever ranges come from the core fields the levers set (their plausible range, which lies within the legal
     * one), so a lever can neither go beyond what core accepts nor hide a range core declares.
     */
    private static final double[] RAIDS = FieldInfo.of(RaidWave.class, "raidMultiplier").plausibleRange();
    private static final double[] DEPORTATION_FACTOR = FieldInfo.of(ConsularProtection.class,
            "deportationShareMultiplier").plausibleRange();
    private static final double[] EXAM = FieldInfo.of(EntryExam.class, "examPassRate").plausibleRange();
    private static final double[] QUOTA = FieldInfo.of(QuotaChange.class, "annualQuota").plausibleRange();
    private static final double[] TRANSFER_FEE = FieldInfo.of(TransferFeeChange.class, "transferFeeRate")
            .plausibleRange();
    private static final double[] FARE = FieldInfo.of(TravelCostChange.class, "travelMultiplier").plausibleRange();
    /** Legal factors on the patent fee and the exam pass rate, and on units of a currency per dollar. */
    private static final FieldInfo FEE_FACTOR = FieldInfo.of(TightenedRules.class, "feeMultiplier");
    private static final FieldInfo EXAM_FACTOR = FieldInfo.of(TightenedRules.class, "examPassMultiplier");
    private static final FieldInfo RATE_FIELD = FieldInfo.of(ExchangeRateShock.class, "rateMultiplier");
    /** Display ranges of the Russian patent fee (RUB a month) and of roubles per dollar: Russia's own values. */
    private static final double PATENT_FEE_MAX = 30_000;
    private static final double ROUBLES_MIN = 20;
    private static final double ROUBLES_MAX = 300;
    /** Positions of a MASON inspector slider ({@code sim.util.gui.PropertyField}). */
    static final int SLIDER_STEPS = 1000;

    private final Supplier<Conditions> inForce;
    private double raidIntensity = 1;
    private double consularProtection;
    private double fareFactor = 1;
    private double patentFeeRub = Double.NaN;
    private double roublesPerDollar = Double.NaN;
    private double examPassRate = Double.NaN;
    private double transferFeePercent = Double.NaN;
    private int koreaQuota = FOLLOW;
    private int ukQuota = FOLLOW;

    /**
     * @param inForce what the scenario and the shocks fired have in force, before the levers, in the month simulated
     *                last (shown by levers that follow)
     */
    public Levers(Supplier<Conditions> inForce) {
        this.inForce = inForce;
    }

    // ---- raids ----

    public synchronized double getRaidIntensityInRussia() {
        return shown(raidIntensity, 2);
    }

    public synchronized void setRaidIntensityInRussia(double x) {
        if (!isEcho(x, getRaidIntensityInRussia(), RAIDS[1] - RAIDS[0])) {
            raidIntensity = shown(clamp(x, RAIDS[0], RAIDS[1]), 2);
        }
    }

    public Object domRaidIntensityInRussia() {
        return new Interval(RAIDS[0], RAIDS[1]);
    }

    public String nameRaidIntensityInRussia() {
        return "Raids in Russia (x)";
    }

    public String desRaidIntensityInRussia() {
        return tip("How often police raid workplaces and hostels in Russia, as a multiple of the scenario's rate "
                + "(1 = as in the scenario, 3 = three times as often).");
    }

    // ---- consular protection ----

    public synchronized double getConsularProtectionInRussia() {
        return shown(consularProtection, 3);
    }

    public synchronized void setConsularProtectionInRussia(double x) {
        if (!isEcho(x, getConsularProtectionInRussia(), DEPORTATION_FACTOR[1] - DEPORTATION_FACTOR[0])) {
            consularProtection = shown(clamp(x, 1 - DEPORTATION_FACTOR[1], 1 - DEPORTATION_FACTOR[0]), 3);
        }
    }

    public Object domConsularProtectionInRussia() {
        return new Interval(1 - DEPORTATION_FACTOR[1], 1 - DEPORTATION_FACTOR[0]);
    }

    // ---- the fare to Russia ----

    public synchronized double getFareToRussia() {
        return shown(fareFactor, 2);
    }

    public synchronized void setFareToRussia(double x) {
        if (!isEcho(x, getFareToRussia(), FARE[1] - FARE[0])) {
            fareFactor = shown(clamp(x, FARE[0], FARE[1]), 2);
        }
    }

    public Object domFareToRussia() {
        return new Interval(FARE[0], FARE[1]);
    }

    public String nameFareToRussia() {
        return "Fare to Russia (x)";
    }

    public String desFareToRussia() {
        return tip("What the journey to Russia costs, as a multiple of the scenario's fare (1 = as in the scenario, "
                + "0.5 = half, as a travel subsidy would make it, 2 = twice, as a shortage of flights would). A "
                + "household whose savings and credit fall short of the journey cannot send a member: a followed "
                + "household's window says whether it can.");
    }

    public String nameConsularProtectionInRussia() {
        return "Consular protection (0-1)";
    }

    public String desConsularProtectionInRussia() {
        return tip("Share of deportations after detention that an embassy defending its citizens prevents in Russia "
                + "(0 = none, 0.5 = half of the detained who would be deported are released instead; 1 = all). Mass "
                + "expulsions under a ban policy (the crackdowns of 2024 and 2026) are not detentions and go on.");
    }

    // ---- patent fee ----

    public synchronized double getPatentFeeInRussia() {
        return shown(Double.isNaN(patentFeeRub) ? inForce.get().monthlyFee[RUSSIA] : patentFeeRub, 0);
    }

    public synchronized void setPatentFeeInRussia(double rub) {
        if (!isEcho(rub, getPatentFeeInRussia(), PATENT_FEE_MAX)) {
            patentFeeRub = shown(clamp(rub, 0, PATENT_FEE_MAX), 0);
        }
    }

    public Object domPatentFeeInRussia() {
        return new Interval(0.0, PATENT_FEE_MAX);
    }

    public String namePatentFeeInRussia() {
        return "Patent fee (RUB a month)";
    }

    public String desPatentFeeInRussia() {
        return tip("Monthly price of the work patent a migrant must buy to work legally in Moscow, roubles "
                + "(5,350 in 2020, 10,000 in 2026).");
    }

    // ---- rouble ----

    public synchronized double getRoublesPerDollar() {
        return shown(Double.isNaN(roublesPerDollar) ? inForce.get().localPerUsd[RUSSIA] : roublesPerDollar, 2);
    }

    public synchronized void setRoublesPerDollar(double rub) {
        if (!isEcho(rub, getRoublesPerDollar(), ROUBLES_MAX - ROUBLES_MIN)) {
            roublesPerDollar = shown(clamp(rub, ROUBLES_MIN, ROUBLES_MAX), 2);
        }
    }

    public Object domRoublesPerDollar() {
        return new Interval(ROUBLES_MIN, ROUBLES_MAX);
    }

    public String nameRoublesPerDollar() {
        return "Roubles per dollar";
    }

    public String desRoublesPerDollar() {
        return tip("Roubles a US dollar buys. More roubles per dollar is a weaker rouble: the same rouble wage sends "
                + "fewer dollars home (85 in 2023).");
    }

    // ---- exam ----

    public synchronized double getExamPassRateInRussia() {
        return shown(Double.isNaN(examPassRate) ? inForce.get().examPassRate[RUSSIA] : examPassRate, 3);
    }

    public synchronized void setExamPassRateInRussia(double share) {
        if (!isEcho(share, getExamPassRateInRussia(), EXAM[1] - EXAM[0])) {
            examPassRate = shown(clamp(share, EXAM[0], EXAM[1]), 3);
        }
    }

    public Object domExamPassRateInRussia() {
        return new Interval(EXAM[0], EXAM[1]);
    }

    public String nameExamPassRateInRussia() {
        return "Russian exam pass rate (0-1)";
    }

    public String desExamPassRateInRussia() {
        return tip("Share of candidates with enough Russian who pass the patent's language and history exam at the "
                + "first attempt (0.97 before 2024; about 0.7 after it was made harder).");
    }

    // ---- quotas ----

    public synchronized int getSouthKoreaQuota() {
        return koreaQuota == FOLLOW ? inForce.get().annualQuota[KOREA] : koreaQuota;
    }

    public synchronized void setSouthKoreaQuota(int places) {
        if (!isEcho(places, getSouthKoreaQuota(), 0)) {
            koreaQuota = (int) clamp(places, QUOTA[0], QUOTA[1]);
        }
    }

    public Object domSouthKoreaQuota() {
        return new Interval((long) QUOTA[0], (long) QUOTA[1]);
    }

    public String nameSouthKoreaQuota() {
        return "Korea quota (a year)";
    }

    public String desSouthKoreaQuota() {
        return tip("Work permits a year South Korea's Employment Permit System offers Tajik workers (none before the "
                + "2024 agreement).");
    }

    public synchronized int getUkQuota() {
        return ukQuota == FOLLOW ? inForce.get().annualQuota[UK] : ukQuota;
    }

    public synchronized void setUkQuota(int places) {
        if (!isEcho(places, getUkQuota(), 0)) {
            ukQuota = (int) clamp(places, QUOTA[0], QUOTA[1]);
        }
    }

    public Object domUkQuota() {
        return new Interval((long) QUOTA[0], (long) QUOTA[1]);
    }

    public String nameUkQuota() {
        return "UK visas (a year)";
    }

    public String desUkQuota() {
        return tip("Seasonal worker visas a year the UK gives Tajik workers (six months of farm work each).");
    }

    // ---- transfer fee ----

    public synchronized double getTransferFeePercent() {
        return shown(Double.isNaN(transferFeePercent) ? 100 * inForce.get().transferFeeRate[RUSSIA]
                : transferFeePercent, 2);
    }

    public synchronized void setTransferFeePercent(double percent) {
        if (!isEcho(percent, getTransferFeePercent(), 100 * (TRANSFER_FEE[1] - TRANSFER_FEE[0]))) {
            transferFeePercent = shown(clamp(percent, 100 * TRANSFER_FEE[0], 100 * TRANSFER_FEE[1]), 2);
        }
    }

    public Object domTransferFeePercent() {
        return new Interval(100 * TRANSFER_FEE[0], 100 * TRANSFER_FEE[1]);
    }

    public String nameTransferFeePercent() {
        return "Transfer fee (%)";
    }

    public String desTransferFeePercent() {
        return tip("Per cent of every remittance lost to transfer fees, on every corridor once moved (while it follows "
                + "the scenario it shows the Russian corridor's fee).");
    }

    // ---- state ----

    /**
     * Which levers are moved from the scenario (intensities off neutral, values pinned), for the inspector, by short
     * names: three at most and "and N more", so that the line never widens the Model tab (a wider line brought up a
     * scroll bar that hid the shock buttons).
     */
    public synchronized String getPinned() {
        List<String> pinned = new ArrayList<>();
        if (raidIntensity != 1) {
            pinned.add("raids");
        }
        if (consularProtection != 0) {
            pinned.add("consular");
        }
        if (fareFactor != 1) {
            pinned.add("fare");
        }
        if (!Double.isNaN(patentFeeRub)) {
            pinned.add("patent fee");
        }
        if (!Double.isNaN(roublesPerDollar)) {
            pinned.add("rouble");
        }
        if (!Double.isNaN(examPassRate)) {
            pinned.add("exam");
        }
        if (koreaQuota != FOLLOW) {
            pinned.add("Korea");
        }
        if (ukQuota != FOLLOW) {
            pinned.add("UK");
        }
        if (!Double.isNaN(transferFeePercent)) {
            pinned.add("transfer fee");
        }
        if (pinned.isEmpty()) {
            return "none";
        }
        int shown = pinned.size() > 3 ? 2 : pinned.size();
        String names = String.join(", ", pinned.subList(0, shown));
        return shown == pinned.size() ? names : names + " and " + (pinned.size() - shown) + " more";
    }

    public String namePinned() {
        return "Levers you moved";
    }

    public String desPinned() {
        return tip("Levers you have moved (three named at most). The others follow the scenario.");
    }

    /** Puts every lever back: intensities to neutral, values to following the scenario. */
    public synchronized void reset() {
        raidIntensity = 1;
        consularProtection = 0;
        fareFactor = 1;
        patentFeeRub = Double.NaN;
        roublesPerDollar = Double.NaN;
        examPassRate = Double.NaN;
        transferFeePercent = Double.NaN;
        koreaQuota = FOLLOW;
        ukQuota = FOLLOW;
    }

    /**
     * The shocks that make one month's conditions what the levers say.
     *
     * @param base what the scenario (with any "shock now" shocks) has in force that month, before the levers
     * @return the shocks, in a fixed order; none when every lever is neutral or follows the scenario
     */
    public synchronized List<Shock> shocksFor(Conditions base) {
        List<Shock> out = new ArrayList<>();
        if (raidIntensity != 1) {
            out.add(new RaidWave(Destination.RUSSIA, raidIntensity));
        }
        if (!Double.isNaN(patentFeeRub) && base.monthlyFee[RUSSIA] > 0 && patentFeeRub != base.monthlyFee[RUSSIA]) {
            out.add(new TightenedRules(Destination.RUSSIA, clamp(patentFeeRub / base.monthlyFee[RUSSIA], FEE_FACTOR.min(), FEE_FACTOR.max()), 1,
                    0));
        }
        if (!Double.isNaN(examPassRate) && base.examPassRate[RUSSIA] > 0 && examPassRate != base.examPassRate[RUSSIA]) {
            out.add(new TightenedRules(Destination.RUSSIA, 1, clamp(examPassRate / base.examPassRate[RUSSIA], EXAM_FACTOR.min(),
                    EXAM_FACTOR.max()),
                    0));
        }
        if (!Double.isNaN(roublesPerDollar) && roublesPerDollar != base.localPerUsd[RUSSIA]) {
            out.add(new ExchangeRateShock(Destination.RUSSIA.currency(),
                    clamp(roublesPerDollar / base.localPerUsd[RUSSIA], RATE_FIELD.min(), RATE_FIELD.max())));
        }
        addQuota(out, Destination.SOUTH_KOREA, koreaQuota, base);
        addQuota(out, Destination.UK, ukQuota, base);
        if (!Double.isNaN(transferFeePercent)) {
            out.add(new TransferFeeChange(null, transferFeePercent / 100));
        }
        if (consularProtection > 0) {
            out.add(new ConsularProtection(Destination.RUSSIA, 1 - consularProtection));
        }
        if (fareFactor != 1) {
            out.add(new TravelCostChange(Destination.RUSSIA, fareFactor));
        }
        return out;
    }

    private static void addQuota(List<Shock> out, Destination d, int quota, Conditions base) {
        int i = d.ordinal();
        if (quota != FOLLOW && (quota != base.annualQuota[i] || base.route[i] != EntryRoute.QUOTA)) {
            out.add(new QuotaChange(d, quota));
        }
    }

    /**
     * Whether a value set from the inspector is only MASON's slider echoing back the value it shows: a slider has
     * {@value #SLIDER_STEPS} positions, and when the shown value changes (a lever following the scenario, or any
     * redraw) it writes back the nearest position below. A change of less than one position is not a student's
     * move, so it must neither pin a lever nor make a pinned one drift.
     *
     * @param range the lever's range (max - min); 0 for whole-number levers, whose sliders are exact
     */
    static boolean isEcho(double value, double current, double range) {
        return Math.abs(value - current) <= range / SLIDER_STEPS * 1.0001;
    }

    /**
     * {@code x} to {@code decimals} decimal places, as the double nearest that decimal (so it prints as 0.698, not
     * 0.6983999999999 or 0.6980000000000001). Each lever's decimals are finer than one of its slider's positions.
     */
    static double shown(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return java.math.BigDecimal.valueOf(x).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * A lever's explanation as MASON shows it, a tooltip: wrapped at a readable width (one long line ran off the
     * screen), as HTML with the text's own characters escaped.
     */
    static String tip(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><body style='width: 300px'>" + escaped + "</body></html>";
    }

    private static double clamp(double x, double min, double max) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("a lever cannot be set to NaN");
        }
        return Math.max(min, Math.min(max, x));
    }
}
