package org.muhojir.core.behaviour;

import java.io.Serializable;

/**
 * The behavioural rules a run uses. Replace any of them to test another theory of behaviour; the rest of the model
 * is unchanged.
 *
 * @param choice     where a candidate goes, if anywhere (by default {@link LogitChoice})
 * @param earnings   what a migrant earns in a month of work (by default {@link DefaultEarnings})
 * @param remittance how much a migrant sends home in a month (by default {@link DefaultRemittance})
 * @param returns    when a migrant goes home by choice (by default {@link DefaultReturn})
 */
public record Rules(DestinationChoice choice, EarningsRule earnings, RemittanceRule remittance, ReturnRule returns)
        implements Serializable {

    /** @throws NullPointerException naming the role of a rule that is null (every role needs one) */
    public Rules {
        java.util.Objects.requireNonNull(choice, "choice is null; keep the default with Rules.defaults().choice()");
        java.util.Objects.requireNonNull(earnings, "earnings is null; keep the default with "
                + "Rules.defaults().earnings()");
        java.util.Objects.requireNonNull(remittance, "remittance is null; keep the default with "
                + "Rules.defaults().remittance()");
        java.util.Objects.requireNonNull(returns, "returns is null; keep the default with "
                + "Rules.defaults().returns()");
    }

    /** The default rules: logit choice, wages by skill and status, share-of-earnings remittances, seasonal return. */
    public static Rules defaults() {
        return new Rules(new LogitChoice(), new DefaultEarnings(), new DefaultRemittance(), new DefaultReturn());
    }

    /**
     * Each rule's role ({@code choice}, {@code earnings}, {@code remittance}, {@code returns}) and the name of its
     * class, in that order: what a report records of the rules a run used.
     */
    public java.util.Map<String, String> describe() {
        java.util.Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("choice", choice.getClass().getName());
        roles.put("earnings", earnings.getClass().getName());
        roles.put("remittance", remittance.getClass().getName());
        roles.put("returns", returns.getClass().getName());
        return roles;
    }

    /** These rules with {@code c} as the destination choice, the others kept; null throws NullPointerException. */
    public Rules withChoice(DestinationChoice c) {
        return new Rules(c, earnings, remittance, returns);
    }

    /** These rules with {@code e} as the earnings rule, the others kept; null throws NullPointerException. */
    public Rules withEarnings(EarningsRule e) {
        return new Rules(choice, e, remittance, returns);
    }

    /** These rules with {@code r} as the remittance rule, the others kept; null throws NullPointerException. */
    public Rules withRemittance(RemittanceRule r) {
        return new Rules(choice, earnings, r, returns);
    }

    /** These rules with {@code r} as the return rule, the others kept; null throws NullPointerException. */
    public Rules withReturns(ReturnRule r) {
        return new Rules(choice, earnings, remittance, r);
    }
}
