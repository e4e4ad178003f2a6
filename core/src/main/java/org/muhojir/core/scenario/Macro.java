package org.muhojir.core.scenario;

/**
 * Exogenous national paths.
 *
 * @param gdpUsdMillion annual gross domestic product, millions of current US dollars, by month it applies to
 * @param tjsPerUsd     somoni per US dollar, by month
 */
public record Macro(MonthlySeries gdpUsdMillion, MonthlySeries tjsPerUsd) implements java.io.Serializable {
    void validate(Problems p, String path) {
        p.positive(path + ".gdpUsdMillion", gdpUsdMillion);
        p.positive(path + ".tjsPerUsd", tjsPerUsd);
    }
}
