#!/usr/bin/env python3
"""Writes the scenario and targets files of the history-from-2010 experiment (README.md beside this script).

Run from the repository's root after `./muhojir history docs/experiments/history-2010/history-2010-wage-index.json
--sample 0.01 --replications 4 --seed 1 -o /tmp/h2010 -f` (its history-fit.csv lists the catalogue's figures of
2010-2012, which the bundled targets file leaves out because the bundled history starts in 2013):

    python3 docs/experiments/history-2010/make-files.py /tmp/h2010/history-fit.csv

It reads only data/ (GDP, the somoni per dollar, the population), the bundled targets file and that fit table.
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def gdp_per_person_tjs():
    """Nominal GDP per person, somoni a year: data:gdp_usd_wdi (2005-2023; data:tjk_gdp_current_usd for 2024 and
    2025) x data:tjs_per_usd_annual / data:population_wdi (2024's population held for 2025)."""
    calibration = json.load(open(ROOT / "data/tajikistan-calibration.json"))["series"]
    inputs = json.load(open(ROOT / "data/exogenous-inputs.json"))["series"]
    gdp = {int(y): v * 1e6 for y, v in calibration["gdp_usd_wdi"]["values"].items()}
    gdp.update({2024: 14_205e6, 2025: 17_500e6})  # data:tjk_gdp_current_usd 2024 and 2025 (USD)
    population = {int(y): v for y, v in calibration["population_wdi"]["values"].items()}
    population[2025] = population[2024]
    rate = {int(y): v for y, v in inputs["tjs_per_usd_annual"]["values"].items()}
    return {y: gdp[y] * rate[y] / population[y] for y in range(2005, 2026)}


def monthly_points(annual):
    """Each year's value at its July, joined by constant monthly growth (as the scenario's recorded points are)."""
    years = sorted(annual)
    points = {}
    for a, b in zip(years, years[1:]):
        for k in range(12):
            month = 7 + k
            year, calendar_month = a + (month - 1) // 12, (month - 1) % 12 + 1
            points[f"{year}-{calendar_month:02d}"] = round(annual[a] * (annual[b] / annual[a]) ** (k / 12), 3)
    points[f"{years[-1]}-07"] = round(annual[years[-1]], 3)
    return points


def write(name, content):
    (HERE / name).write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n")


def main(fit_table):
    wage_index = {"schemaVersion": 1, "extends": "baseline", "name": "history-2010-wage-index",
                  "description": "Experiment (docs/experiments/history-2010): the baseline's world simulated from "
                                 "January 2010 after its warm-up at 2010's inputs, reported from 2010 to 2023.",
                  "historyStart": "2010-01", "start": "2010-01", "months": 168}
    gdp_index = dict(wage_index, name="history-2010-gdp-index",
                     description=wage_index["description"] + " Local wages and non-labour income move with "
                     "nominal GDP per person (make-files.py) instead of TajStat's average wage.",
                     macro={"homeWages": monthly_points(gdp_per_person_tjs())})
    write("history-2010-wage-index.json", wage_index)
    write("history-2010-gdp-index.json", gdp_index)

    bundled = json.load(open(ROOT / "scenarios/calibration/targets-history.json"))
    known = {t["id"] for t in bundled["targets"]}
    earlier = []
    for row in csv.DictReader(open(fit_table)):
        if row["year"] in ("2010", "2011", "2012") and row["use"] != "not modelled" and row["id"] not in known:
            value = float(row["observed"])
            earlier.append({"id": row["id"], "description": row["description"], "year": int(row["year"]),
                            "moment": row["moment"], "value": int(value) if value.is_integer() else value,
                            "tolerance": float(row["tolerance"]), "weight": float(row["weight"]),
                            "source": row["note"] + " (" + row["data"] + ")"})
    for anchor in ("history-2010-wage-index", "history-2010-gdp-index"):
        targets = dict(bundled, anchor=anchor + ".json", targets=earlier + bundled["targets"],
                       description="Experiment (docs/experiments/history-2010): the bundled targets and the "
                                   "catalogue's figures of 2010-2012, on the anchor " + anchor + ".")
        write("targets-" + anchor.removeprefix("history-") + ".json", targets)


if __name__ == "__main__":
    main(sys.argv[1])
