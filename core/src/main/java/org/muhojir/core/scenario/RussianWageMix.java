package org.muhojir.core.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muhojir.core.param.MonthlySeries;

/**
 * The nominal wage index of the jobs Tajik migrants do in Russia: Rosstat's average wage by sector, weighted by the
 * migrants' sector mix. Each sector's wage enters relative to its own level in the base year, so the break in Rosstat's
 * classification between 2016 and 2017 (OKVED1 to OKVED2) changes a sector's growth in that year but never mixes
 * two levels.
 *
 * <p>The mix, in per cent of migrants: construction 43, hotels and restaurants 18, transport 11, manufacturing 7,
 * trade 5 (data:migrant_sector_shares 2023, the IOM survey of returnees in {@code data/tajikistan-calibration.json};
 * its "social and personal services" are paid here as hotels and restaurants, its "transport and communication" as
 * transport: assumptions), and the 16 the survey leaves unassigned split between agriculture (8) and the whole
 * economy's average wage (8), an assumption (Central Asian migrants' earnings surveys list agriculture among their
 * main sectors, data:rus_migrant_earnings_survey, without a share).
 */
public final class RussianWageMix {
    /** Each sector's weight in per cent of migrants (see the class comment for the source of each) and its wages. */
    enum Sector {
        CONSTRUCTION(43, RecordedInputs.RUSSIA_WAGES_CONSTRUCTION),
        HOTELS_RESTAURANTS(18, RecordedInputs.RUSSIA_WAGES_HOTELS_RESTAURANTS),
        TRANSPORT(11, RecordedInputs.RUSSIA_WAGES_TRANSPORT),
        MANUFACTURING(7, RecordedInputs.RUSSIA_WAGES_MANUFACTURING),
        TRADE(5, RecordedInputs.RUSSIA_WAGES_TRADE),
        AGRICULTURE(8, RecordedInputs.RUSSIA_WAGES_AGRICULTURE),
        WHOLE_ECONOMY(8, RecordedInputs.RUSSIA_WAGES);

        final double percent;
        final RecordedSeries wages;

        Sector(double percent, RecordedSeries wages) {
            this.percent = percent;
            this.wages = wages;
        }
    }

    private RussianWageMix() {
    }

    /**
     * The mix's wage level by year, 1 in {@code baseYear}: the weighted sectors 2005-2024 (their data's years); 2025,
     * for which Rosstat's sector figures are not in the data, moves with the whole economy's average wage.
     */
    public static Map<Integer, Double> byYear(int baseYear) {
        Map<Integer, Double> mix = new LinkedHashMap<>();
        RecordedSeries all = RecordedInputs.RUSSIA_WAGES;
        int last = RecordedInputs.RUSSIA_WAGES_CONSTRUCTION.lastYear();
        for (int year = RecordedInputs.RUSSIA_WAGES_CONSTRUCTION.firstYear(); year <= last; year++) {
            double sum = 0;
            for (Sector sector : Sector.values()) {
                sum += sector.percent * relative(sector.wages, year, baseYear);
            }
            mix.put(year, sum / 100);
        }
        for (int year = last + 1; year <= all.lastYear(); year++) {
            mix.put(year, mix.get(year - 1) * all.value(year) / all.value(year - 1));
        }
        return mix;
    }

    /** The mix as an index by month, 1 on average in {@code baseYear}, each year's average kept. */
    public static MonthlySeries index(int baseYear) {
        return MonthlySeries.keepingAnnualAverages(byYear(baseYear));
    }

    private static double relative(RecordedSeries sector, int year, int baseYear) {
        return sector.value(year) / sector.value(baseYear);
    }
}
