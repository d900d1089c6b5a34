#!/usr/bin/python3
"""Golden values for src/core/stats/, from reference implementations, into test/fixtures/stats-golden.json.

References: scipy and statsmodels (Debian python3-scipy, python3-statsmodels), R and its pROC package
(Debian r-base-core, r-cran-proc) called through Rscript, and, for the exact McNemar p-values, exact
rational arithmetic (Python integers). Inputs are fixed: typed in below, or drawn from numpy's legacy
RandomState, whose streams numpy guarantees never to change, and stored in the JSON with the results,
so the TypeScript tests reuse the very same inputs and bootstrap resample indices.

    /usr/bin/python3 scripts/stats-golden.py           # rewrite the fixture
    /usr/bin/python3 scripts/stats-golden.py --check   # exit 1, with a diff, if the committed file differs

The output is deterministic: sorted keys, floats as Python's shortest round-trip repr (so the JSON
parses back to the same doubles), one line per scalar array.
"""

import difflib
import json
import math
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy import special, stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests

FIXTURE = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "stats-golden.json"


def f(x):
    """A plain float (numpy scalars become Python floats), refusing NaN and infinities."""
    v = float(x)
    if not math.isfinite(v):
        raise ValueError(f"non-finite golden value {v!r}")
    return v


def run_r(code, stdin_text):
    """Runs R code with `stdin_text` on its standard input; returns its output lines (no shell involved)."""
    done = subprocess.run(["Rscript", "--vanilla", "-e", code], input=stdin_text, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"Rscript failed ({done.returncode}):\n{done.stderr}")
    return done.stdout.split()


# --- distributions ------------------------------------------------------------------------------

NORMAL_X = [-37.5, -30.0, -20.0, -10.0, -8.0, -5.0, -3.0, -2.0, -1.96, -1.0, -0.5, 0.0, 0.25, 1.0, 1.6448536269514722, 2.5, 5.0, 8.0]
NORMAL_P = [1e-300, 1e-100, 1e-20, 1e-10, 1e-05, 0.001, 0.01, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975, 0.99, 0.999, 0.99999]
T_POINTS = [
    (0.5, 1.0), (2.0, 1.0), (-3.0, 2.0), (2.0, 3.0), (2.5, 4.7), (-1.0, 10.0), (10.0, 5.0), (50.0, 3.0), (1.7, 30.0), (2.0, 100.0),
    (2.0, 10000.0), (2.0, 1000000.0), (5.0, 1000000.0), (0.1, 1.0), (30.0, 2.5), (-4.0, 7.3), (1.5, 0.5), (100.0, 10.0), (1.2, 250000.0),
]
T_QUANTILES = [(0.975, 1.0), (0.975, 2.0), (0.975, 3.0), (0.975, 4.7), (0.975, 10.0), (0.975, 30.0), (0.995, 1000.0), (0.9999, 1.5), (0.6, 5.0), (0.025, 8.0), (0.99, 2.2), (0.999999, 12.0)]
BINOMIAL = [(3, 10, 0.5), (0, 5, 0.5), (5, 10, 0.5), (1000, 2100, 0.5), (5000, 11000, 0.5), (200000, 402000, 0.5), (7, 40, 0.3), (0, 1000, 0.001), (30, 100, 0.45), (499999, 1000000, 0.5)]
LOG_GAMMA = [0.001, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 7.5, 9.99, 10.0, 33.3, 100.0, 10000.0, 1000000.0, 1e10]
# x given with y = 1 - x exact (x >= 0.5, or the pair swapped by the test), so references and tests see one input.
BETA = [(2.0, 3.0, 0.625), (0.5, 0.5, 0.875), (10.0, 20.0, 0.5), (100.0, 100.0, 0.5625), (500000.0, 0.5, 0.999996), (30.0, 0.25, 0.96875), (1500.0, 1700.0, 0.5), (0.01, 4.0, 0.5)]
GAMMA = [(0.5, 2.0), (1.0, 0.1), (3.0, 2.5), (10.0, 20.0), (100.0, 90.0), (10000.0, 10200.0), (0.01, 0.5), (2.5, 40.0)]

R_DISTRIBUTIONS = r"""
con <- file("stdin"); lines <- readLines(con); close(con)
g <- function(x) cat(sprintf("%.17g", x), "\n")
for (line in lines) {
  w <- strsplit(line, " ")[[1]]; a <- as.numeric(w[-1])
  switch(w[1],
    pnorm = g(pnorm(a[1])), qnorm = g(qnorm(a[1])), pt = g(pt(a[1], a[2])),
    pt2 = g(2 * pt(-abs(a[1]), a[2])), qt = g(qt(a[1], a[2])), pbinom = g(pbinom(a[1], a[2], a[3])),
    lgamma = g(lgamma(a[1])), pbeta = g(c(pbeta(a[3], a[1], a[2]), pbeta(a[3], a[1], a[2], lower.tail = FALSE))),
    pgamma = g(c(pgamma(a[2], a[1]), pgamma(a[2], a[1], lower.tail = FALSE))))
}
"""


def distributions():
    queries = []
    queries += [f"pnorm {x!r}" for x in NORMAL_X]
    queries += [f"qnorm {p!r}" for p in NORMAL_P]
    queries += [f"pt {t!r} {df!r}" for t, df in T_POINTS]
    queries += [f"pt2 {t!r} {df!r}" for t, df in T_POINTS]
    queries += [f"qt {p!r} {df!r}" for p, df in T_QUANTILES]
    queries += [f"pbinom {k} {n} {p!r}" for k, n, p in BINOMIAL]
    queries += [f"lgamma {x!r}" for x in LOG_GAMMA]
    queries += [f"pbeta {a!r} {b!r} {x!r}" for a, b, x in BETA]
    queries += [f"pgamma {a!r} {x!r}" for a, x in GAMMA]
    out = iter(float(v) for v in run_r(R_DISTRIBUTIONS, "\n".join(queries) + "\n"))
    r = lambda: f(next(out))  # noqa: E731 (consumed in the order queried)
    result = {
        "normal_cdf": [{"x": x, "scipy": f(stats.norm.cdf(x)), "r": r()} for x in NORMAL_X],
        "normal_quantile": [{"p": p, "scipy": f(stats.norm.ppf(p)), "r": r()} for p in NORMAL_P],
        "t_cdf": [{"t": t, "df": df, "scipy": f(stats.t.cdf(t, df)), "r": r()} for t, df in T_POINTS],
        "t_two_sided": [{"t": t, "df": df, "scipy": f(2 * stats.t.sf(abs(t), df)), "r": r()} for t, df in T_POINTS],
        "t_quantile": [{"p": p, "df": df, "scipy": f(stats.t.ppf(p, df)), "r": r()} for p, df in T_QUANTILES],
        "binomial_cdf": [{"k": k, "n": n, "p": p, "scipy": f(stats.binom.cdf(k, n, p)), "r": r()} for k, n, p in BINOMIAL],
        "log_gamma": [{"x": x, "scipy": f(special.gammaln(x)), "r": r()} for x in LOG_GAMMA],
        "incomplete_beta": [{"a": a, "b": b, "x": x, "y": 1 - x, "scipy": f(special.betainc(a, b, x)), "r_lower": r(), "r_upper": r()} for a, b, x in BETA],
        "incomplete_gamma": [{"a": a, "x": x, "scipy_lower": f(special.gammainc(a, x)), "scipy_upper": f(special.gammaincc(a, x)), "r_lower": r(), "r_upper": r()} for a, x in GAMMA],
    }
    assert next(out, None) is None, "R printed more values than were asked for"
    return result


# --- McNemar, Welch, Holm ----------------------------------------------------------------------

MCNEMAR = [(0, 0), (0, 1), (0, 5), (1, 1), (3, 7), (10, 10), (12, 25), (25, 40), (100, 130), (1000, 1100), (7, 300), (0, 60), (5000, 6000), (20000, 20600), (400000, 402000)]
EXACT_UP_TO = 50000  # discordant pairs; the exact sum of binomial coefficients is quick up to here


def exact_mcnemar(b, c):
    """min(1, 2·P(X <= min(b, c))), X ~ Binomial(b + c, 1/2), in exact rational arithmetic, then rounded once."""
    n, k = b + c, min(b, c)
    total, coefficient = 0, 1
    for i in range(k + 1):
        total += coefficient
        coefficient = coefficient * (n - i) // (i + 1)
    return float(min(Fraction(1), Fraction(2 * total, 2**n)))


def mcnemar_cases():
    cases = []
    for b, c in MCNEMAR:
        res = mcnemar([[50, b], [c, 50]], exact=True)
        case = {"b": b, "c": c, "statistic": int(res.statistic), "statsmodels": f(res.pvalue)}
        if b + c <= EXACT_UP_TO:
            case["exact"] = exact_mcnemar(b, c)
        cases.append(case)
    return cases


def welch_cases(rs):
    arrays = [
        ("seeds", [0.91, 0.92, 0.905, 0.915, 0.918], [0.9, 0.902, 0.899, 0.905, 0.897]),
        ("unequal sizes", [1.5, 2.5, 2.25], [1.0, 3.0, 2.0, 2.5, 1.75, 0.5, 2.0]),
        ("large", [round(v, 6) for v in rs.normal(0.0, 1.0, 1000)], [round(v, 6) for v in rs.normal(0.1, 2.0, 800)]),
        ("tiny p", [round(v, 6) for v in rs.normal(1.0, 0.1, 50)], [round(v, 6) for v in rs.normal(0.0, 0.1, 50)]),
        ("equal means", [1.0, 2.0, 3.0], [2.0, 1.0, 3.0, 2.0]),
        ("offset", [1e6 + v for v in [0.001, 0.002, 0.0015, 0.0012]], [1e6 + v for v in [0.0011, 0.0009, 0.001, 0.0008, 0.0013]]),
    ]
    cases = []
    for name, a, b in arrays:
        a = [float(v) for v in a]
        b = [float(v) for v in b]
        res = stats.ttest_ind(a, b, equal_var=False)
        va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
        df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
        cases.append({"name": name, "a": a, "b": b, "t": f(res.statistic), "df": f(df), "pvalue": f(res.pvalue)})
    return cases


def holm_cases(rs):
    vectors = [
        [0.01, 0.04, 0.03, 0.005],
        [0.5],
        [0.01, 0.01, 0.02, 0.9],
        [0.2, 0.3, 0.05, 0.001, 0.04, 0.6],
        [1.0, 0.99, 0.5],
        [0.0001, 0.3, 0.3, 0.3],
        [round(v, 8) for v in rs.uniform(0, 0.2, 20)],
    ]
    return [{"p": [float(v) for v in p], "adjusted": [f(v) for v in multipletests(p, method="holm")[1]]} for p in vectors]


# --- DeLong ---------------------------------------------------------------------------------------

R_DELONG = r"""
suppressMessages(library(pROC))
con <- file("stdin"); lines <- readLines(con); close(con)
g <- function(x) cat(sprintf("%.17g", x), "\n")
for (i in seq(1, length(lines), by = 3)) {
  y <- as.numeric(strsplit(lines[i], ",")[[1]])
  a <- as.numeric(strsplit(lines[i + 1], ",")[[1]])
  b <- as.numeric(strsplit(lines[i + 2], ",")[[1]])
  ra <- roc(y, a, levels = c(0, 1), direction = "<", quiet = TRUE)
  rb <- roc(y, b, levels = c(0, 1), direction = "<", quiet = TRUE)
  t <- roc.test(ra, rb, method = "delong", paired = TRUE)
  v <- var(ra, method = "delong") + var(rb, method = "delong") - 2 * cov(ra, rb, method = "delong")
  g(c(as.numeric(auc(ra)), as.numeric(auc(rb)), unname(t$statistic), t$p.value, v))
}
"""


def delong_cases(rs):
    datasets = []
    # Coarse scores (one decimal): many ties, within and across the classes.
    y = (rs.uniform(size=30) < 0.5).astype(int)
    datasets.append(("coarse ties", y, np.round(y * 0.3 + rs.uniform(size=30), 1), np.round(y * 0.2 + rs.uniform(size=30), 1)))
    y = (rs.uniform(size=200) < 0.4).astype(int)
    shared = rs.normal(size=200)
    datasets.append(("correlated", y, np.round(y + shared + 0.5 * rs.normal(size=200), 2), np.round(0.8 * y + shared + 0.5 * rs.normal(size=200), 2)))
    y = (rs.uniform(size=500) < 0.1).astype(int)
    datasets.append(("imbalanced", y, np.round(1.2 * y + rs.normal(size=500), 1), np.round(1.0 * y + rs.normal(size=500), 2)))
    y = (rs.uniform(size=50) < 0.5).astype(int)
    base = np.round(y + rs.normal(size=50), 3)
    datasets.append(("nearly equal", y, base, np.round(base + 0.05 * rs.normal(size=50), 3)))
    text = ""
    for _, y, a, b in datasets:
        for column in (y, a, b):
            text += ",".join(repr(float(v)) if column is not y else str(int(v)) for v in column) + "\n"
    out = iter(float(v) for v in run_r(R_DELONG, text))
    cases = []
    for name, y, a, b in datasets:
        auc_a, auc_b, z, p, var = (f(next(out)) for _ in range(5))
        cases.append({"name": name, "labels": [int(v) for v in y], "a": [float(v) for v in a], "b": [float(v) for v in b], "auc_a": auc_a, "auc_b": auc_b, "z": z, "pvalue": p, "variance": var})
    return cases


# --- bootstrap on fixed resamples -------------------------------------------------------------

N_EXAMPLES, N_CLUSTERS, N_RESAMPLES = 60, 12, 200
CLASSES = ["a", "b", "c"]


def bootstrap_data(rs):
    """60 examples in 12 clusters of uneven size, three classes, per-model values for each metric kind."""
    cluster = np.sort(rs.randint(0, N_CLUSTERS, N_EXAMPLES))
    cluster[:N_CLUSTERS] = np.arange(N_CLUSTERS)  # every cluster non-empty
    label = rs.randint(0, 3, N_EXAMPLES)

    def predictions(skill):
        right = rs.uniform(size=N_EXAMPLES) < skill
        return np.where(right, label, (label + rs.randint(1, 3, N_EXAMPLES)) % 3)

    champion, challenger = predictions(0.6), predictions(0.7)
    data = {
        "ids": [f"ex{i:03d}" for i in range(N_EXAMPLES)],
        "cluster": [f"u{c:02d}" for c in np.sort(cluster)],
        "label": [CLASSES[v] for v in label],
        "weight": [round(float(v), 3) for v in rs.uniform(0.2, 3.0, N_EXAMPLES)],
        "champion": {"prediction": [CLASSES[v] for v in champion], "logloss": [round(float(v), 6) for v in rs.exponential(0.7, N_EXAMPLES)], "squared_error": [round(float(v), 6) for v in rs.exponential(1.0, N_EXAMPLES)]},
        "challenger": {"prediction": [CLASSES[v] for v in challenger], "logloss": [round(float(v), 6) for v in rs.exponential(0.6, N_EXAMPLES)], "squared_error": [round(float(v), 6) for v in rs.exponential(0.9, N_EXAMPLES)]},
    }
    for arm, pred in (("champion", champion), ("challenger", challenger)):
        data[arm]["correct"] = [float(v) for v in (pred == label)]
    return data


def metric_value(kind, cls, m, data, arm):
    """The metric of one model with example multiplicities m (resample counts times weights)."""
    if kind in ("mean", "rmse"):
        values = np.array(data[arm]["squared_error" if kind == "rmse" else data["_value"]])
        mean = np.sum(m * values) / np.sum(m)
        return math.sqrt(mean) if kind == "rmse" else mean
    label = np.array([CLASSES.index(v) for v in data["label"]])
    pred = np.array([CLASSES.index(v) for v in data[arm]["prediction"]])
    scores = []
    for k in range(len(CLASSES)):
        tp = np.sum(m * ((pred == k) & (label == k)))
        fp = np.sum(m * ((pred == k) & (label != k)))
        fn = np.sum(m * ((pred != k) & (label == k)))
        num, den = {"f1": (2 * tp, 2 * tp + fp + fn), "precision": (tp, tp + fp), "recall": (tp, tp + fn)}[kind]
        scores.append(num / den if den > 0 else 0.0)
    return scores[CLASSES.index(cls)] if cls is not None else float(np.mean(scores))


BOOTSTRAP_CASES = [
    # name, metric kind, value column (mean), class, weighted, clustered
    ("accuracy", "mean", "correct", None, False, False),
    ("log loss, weighted", "mean", "logloss", None, True, False),
    ("rmse", "rmse", None, None, False, False),
    ("rmse, weighted, clustered", "rmse", None, None, True, True),
    ("accuracy, clustered", "mean", "correct", None, False, True),
    ("f1 macro", "f1", None, None, False, False),
    ("f1 of b, weighted", "f1", None, "b", True, False),
    ("precision macro, clustered", "precision", None, None, False, True),
    ("recall of a", "recall", None, "a", False, False),
    ("precision of c, weighted, clustered", "precision", None, "c", True, True),
]


def bootstrap(rs):
    data = bootstrap_data(rs)
    example_indices = rs.randint(0, N_EXAMPLES, (N_RESAMPLES, N_EXAMPLES))
    cluster_indices = rs.randint(0, N_CLUSTERS, (N_RESAMPLES, N_CLUSTERS))
    cluster_of = np.array([int(c[1:]) for c in data["cluster"]])
    weight = np.array(data["weight"])
    cases = []
    for name, kind, value, cls, weighted, clustered in BOOTSTRAP_CASES:
        data["_value"] = value
        w = weight if weighted else np.ones(N_EXAMPLES)

        def difference(m):
            return metric_value(kind, cls, m, data, "challenger") - metric_value(kind, cls, m, data, "champion")

        diffs = []
        for r in range(N_RESAMPLES):
            counts = np.bincount(cluster_indices[r], minlength=N_CLUSTERS)[cluster_of] if clustered else np.bincount(example_indices[r], minlength=N_EXAMPLES)
            diffs.append(difference(counts * w))
        diffs = np.array(diffs)
        low, high = np.percentile(diffs, [2.5, 97.5])
        below, above = int(np.sum(diffs <= 0)), int(np.sum(diffs >= 0))
        metric = {"kind": kind} if cls is None else {"kind": kind, "class": cls}
        cases.append({
            "name": name, "metric": metric, "value": value, "weighted": weighted, "clustered": clustered,
            "champion": f(metric_value(kind, cls, w, data, "champion")), "challenger": f(metric_value(kind, cls, w, data, "challenger")),
            "differences": [f(d) for d in diffs], "low": f(low), "high": f(high), "standard_error": f(np.std(diffs, ddof=1)),
            "pvalue": f(min(1.0, 2 * (1 + min(below, above)) / (N_RESAMPLES + 1))),
        })
    del data["_value"]
    return {"data": data, "example_indices": example_indices.tolist(), "cluster_indices": cluster_indices.tolist(), "cases": cases}


# --- output -------------------------------------------------------------------------------------


def dump(value, indent=0):
    """JSON with sorted keys, one line per array of scalars, floats as their shortest round-trip repr."""
    pad = "  " * indent
    if isinstance(value, dict):
        items = [f'{pad}  {json.dumps(k)}: {dump(value[k], indent + 1).lstrip()}' for k in sorted(value)]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}" if items else "{}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(dump(v) for v in value) + "]"
        return "[\n" + ",\n".join(f"{pad}  {dump(v, indent + 1)}" for v in value) + f"\n{pad}]"
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(f(value))
    raise TypeError(f"cannot write {type(value).__name__}")


def generate():
    rs = np.random.RandomState(20240616)
    proc = run_r('cat(as.character(packageVersion("pROC")))', "")[0]
    rversion = run_r('cat(paste(R.version$major, R.version$minor, sep = "."))', "")[0]
    golden = {
        "about": "Generated by scripts/stats-golden.py; do not edit. Regenerate with /usr/bin/python3 scripts/stats-golden.py.",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__, "R": rversion, "pROC": proc},
        "distributions": distributions(),
        "mcnemar": mcnemar_cases(),
        "welch": welch_cases(rs),
        "holm": holm_cases(rs),
        "delong": delong_cases(rs),
        "bootstrap": bootstrap(rs),
    }
    return dump(golden) + "\n"


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        committed = FIXTURE.read_text() if FIXTURE.exists() else ""
        if committed == text:
            print(f"{FIXTURE.name} is up to date")
            return 0
        diff = list(difflib.unified_diff(committed.splitlines(), text.splitlines(), "committed", "regenerated", lineterm="", n=1))
        print(f"{FIXTURE.name} differs from what scripts/stats-golden.py generates ({sum(1 for d in diff if d[:1] in '+-') - 2} lines); first differences:")
        print("\n".join(line[:200] for line in diff[:40]))
        print("Regenerate with /usr/bin/python3 scripts/stats-golden.py (and check why the references changed).")
        return 1
    FIXTURE.write_text(text)
    print(f"wrote {FIXTURE.relative_to(FIXTURE.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
