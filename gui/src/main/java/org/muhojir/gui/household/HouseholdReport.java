package org.muhojir.gui.household;

import java.util.List;
import java.util.Locale;
import org.muhojir.core.population.HouseholdView;
import org.muhojir.core.world.LegalStatus;

/**
 * A household told in plain words, as HTML for Swing: who lives there, who is abroad where and with what status,
 * what they send, and its consumption against the poverty line, month by month. Money in somoni (TJS) unless
 * marked US$.
 */
public final class HouseholdReport {
    private static final String[] RUSSIAN = {"none", "basic", "conversational", "fluent"};
    private static final int HISTORY_ROWS = 36;

    private HouseholdReport() {
    }

    /** Where consumption stands against the lines: "poor", "extremely poor" or "not poor". */
    public static String standing(double consumption, double povertyLine, double extremeLine) {
        if (consumption < extremeLine) {
            return "extremely poor";
        }
        return consumption < povertyLine ? "poor" : "not poor";
    }

    /** Plain words for a legal status. */
    public static String status(LegalStatus s) {
        return switch (s) {
            case LEGAL -> "legal (papers in order)";
            case IRREGULAR -> "without papers";
            case DETAINED -> "detained after a raid";
            case NATURALISED -> "citizen of the destination";
        };
    }

    /**
     * The report of the household's latest month, with its history.
     *
     * @param history the months recorded, oldest first (at least one), each with its month's poverty lines
     */
    public static String html(List<HouseholdWatch.Row> history) {
        HouseholdWatch.Row now = history.get(history.size() - 1);
        HouseholdView v = now.view();
        double povertyLine = now.povertyLine();
        double extremeLine = now.extremeLine();
        StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif'>");
        b.append("<h2>Household ").append(v.index()).append(", ").append(v.region().label())
                .append(v.urban() ? " (town)" : " (village)").append(", ").append(now.month()).append("</h2>");
        b.append("<p>Working-age men: ").append(v.men()).append("; working-age women: ").append(v.women())
                .append("; children and elderly: ").append(v.dependants()).append(". ")
                .append("Its migrants' skill: ").append(v.skill().name().toLowerCase(Locale.ROOT))
                .append("; their Russian: ").append(RUSSIAN[Math.max(0, Math.min(3, v.russianLevel()))])
                .append(".<br>Savings ").append(money(v.savings())).append(" TJS, debt ").append(money(v.debt()))
                .append(" TJS.</p>");
        b.append("<p><b>This month</b>: consumption ").append(money(v.consumption()))
                .append(" TJS per adult equivalent against a poverty line of ").append(money(povertyLine))
                .append(": <b>").append(standing(v.consumption(), povertyLine, extremeLine)).append("</b>. ")
                .append("Remittances received: ").append(money(v.remittancesReceived())).append(" TJS; without them ")
                .append("it would consume ").append(money(v.consumptionWithoutRemittances())).append(" (")
                .append(standing(v.consumptionWithoutRemittances(), povertyLine, extremeLine)).append(").</p>");
        journey(b, now);
        quarter(b, now);
        if (v.bannedFrom() != null) {
            b.append("<p><b>A member at home is banned</b> from ").append(v.bannedFrom().label()).append(" until ")
                    .append(v.banEnd()).append(".</p>");
        }
        members(b, v);
        months(b, history);
        return b.append("</body></html>").toString();
    }

    private static void quarter(StringBuilder b, HouseholdWatch.Row now) {
        double welfare = now.view().welfare();
        if (welfare <= 0) {
            return; // nobody at home this month: the poverty figures do not count the household
        }
        b.append("<p><b>Over the quarter</b> to this month, as the poverty figures count it (the household budget ")
                .append("survey's welfare): consumption ").append(money(welfare))
                .append(" TJS per adult equivalent at this month's prices: <b>")
                .append(standing(welfare, now.povertyLine(), now.extremeLine())).append("</b>.</p>");
    }

    /**
     * Whether the household could now pay for a member's journey to Russia: what it could raise at the end of the
     * month (after any journey paid in it) against the journey's cost (the liquidity constraint of docs/ODD.md 7.5.3,
     * in somoni against a journey priced in dollars).
     */
    private static void journey(StringBuilder b, HouseholdWatch.Row now) {
        boolean enough = now.journeyToRussia() <= now.canRaise();
        b.append("<p><b>A journey</b>: it could now raise ").append(money(now.canRaise()))
                .append(" TJS (its savings and credit on its income at home, less its debt), against ")
                .append(money(now.journeyToRussia())).append(" TJS for a journey to Russia this month (a fare of US$ ")
                .append(money(now.fareToRussiaUsd())).append(" and papers of US$ ")
                .append(money(now.papersToRussiaUsd()))
                .append(", priced in dollars): <b>").append(enough ? "enough" : "not enough")
                .append("</b> for a member to leave for Russia at these prices (whether one goes is the household's ")
                .append("choice).</p>");
    }

    private static void members(StringBuilder b, HouseholdView v) {
        if (v.abroad().isEmpty()) {
            b.append("<p>Nobody is abroad.</p>");
            return;
        }
        // a list, not a table: a line a member wraps in the narrowest household window, where six columns did not fit
        b.append("<p><b>Abroad</b></p><ul>");
        for (HouseholdView.MemberAbroad m : v.abroad()) {
            b.append("<li>").append(m.female() ? "A woman" : "A man").append(" in ").append(m.destination().label())
                    .append(" since ").append(m.since()).append(", ").append(status(m.status()))
                    .append(": saved US$ ").append(money(m.savingsUsd())).append(", sent US$ ")
                    .append(money(m.sentUsd())).append(" this month.</li>");
        }
        b.append("</ul>");
    }

    private static void months(StringBuilder b, List<HouseholdWatch.Row> history) {
        // headers short enough for the narrowest household window (382 pixels at 1366 x 768): the sentence above
        // the table says what each column is
        b.append("<p><b>Month by month</b> (newest first): consumed, and what would have been without remittances, in "
                        + "TJS per adult equivalent; remittances received, in TJS for the household; where its members "
                        + "are abroad.</p>")
                .append("<table border='1' cellpadding='1' style='font-size:85%'><tr><th>month</th><th>consumed</th>")
                .append("<th>without</th><th>received</th><th>abroad</th></tr>");
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_ROWS); i--) {
            HouseholdWatch.Row r = history.get(i);
            HouseholdView v = r.view();
            StringBuilder where = new StringBuilder();
            for (HouseholdView.MemberAbroad m : v.abroad()) {
                where.append(where.length() == 0 ? "" : ", ").append(m.destination().label());
            }
            b.append("<tr><td>").append(r.month()).append("</td><td align='right'>").append(money(v.consumption()))
                    .append("</td><td align='right'>").append(money(v.consumptionWithoutRemittances()))
                    .append("</td><td align='right'>").append(money(v.remittancesReceived())).append("</td><td>")
                    .append(where.length() == 0 ? "nobody" : where).append("</td></tr>");
        }
        b.append("</table>");
    }

    private static String money(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }
}
