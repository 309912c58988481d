"""Concern Tracker output for notebooks: SQL over the Parquet tables, answered as pandas DataFrames.

    import ct
    ct.sql("SELECT platform, sum(concern) AS concern FROM platform_month GROUP BY 1")

The tables are read by DuckDB inside one JVM started with JPype on the project's class path
(org.concerntracker.query.DuckDbEngine: the engine `jobs/ct query` uses for local output, so a
query that works here works there). The output directory is $CT_OUT, else ../output beside this
file: what `jobs/run` writes. Everything here uses Debian's packages (python3-jpype, -pandas,
-matplotlib); run Jupyter as /usr/bin/jupyter.
"""

import json
import os
import pathlib
import subprocess

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent
JPYPE_JAR = "/usr/share/java/org.jpype.jar"  # Debian's JPype needs its jar on the class path

# Colours every notebook uses, so a stance or a source looks the same everywhere.
STANCE_COLORS = {"concern": "#c0392b", "reassurance": "#27ae60", "neutral": "#95a5a6"}
SOURCE_COLORS = {"hansard": "#006e46", "news": "#1f4e9c"}
PARTY_COLORS = {
    "Conservative": "#0087dc",
    "Labour": "#e4003b",
    "Labour/Co-operative": "#e4003b",
    "Liberal Democrat": "#faa61a",
    "Scottish National Party": "#c9b200",
    "Green": "#6ab023",
    "Plaid Cymru": "#005b54",
    "DUP": "#d46a4c",
    "Crossbench": "#7f7f7f",
    "Independent": "#b0b0b0",
}
NO_PARTY = "(no party recorded)"

_engine = None


def output_dir():
    """The output directory the notebooks read: $CT_OUT, else ../output beside this file."""
    return pathlib.Path(os.environ.get("CT_OUT") or ROOT / "output").expanduser().absolute()


def _classpath():
    given = os.environ.get("CT_CLASSPATH")
    if given:
        return given.split(os.pathsep)
    cp_file = ROOT / "target" / "classpath.txt"
    # jobs/lib.sh builds the project when it is missing or older than its sources.
    build = subprocess.run(
        ["bash", "-c", '. "$1/jobs/lib.sh" && ct_build_if_stale', "ct", str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 or not cp_file.exists():
        raise RuntimeError("could not build the project:\n" + build.stderr)
    return [str(ROOT / "target" / "classes")] + cp_file.read_text().strip().split(os.pathsep)


def engine():
    """The DuckDB engine over output_dir(), in this process's one JVM (started on first use)."""
    global _engine
    if _engine is None:
        import jpype

        if not jpype.isJVMStarted():
            jpype.startJVM(
                "-Xmx1g",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                classpath=_classpath() + [JPYPE_JAR],
                convertStrings=True,
            )
        out = output_dir()
        DuckDbEngine = jpype.JClass("org.concerntracker.query.DuckDbEngine")
        try:
            _engine = DuckDbEngine(str(out))
        except jpype.JException as e:
            raise RuntimeError(f"{out}: {e.getMessage()}") from None
    return _engine


def sql(query, *params):
    """Runs DuckDB SQL over the tables (?-placeholders bound to params); returns a DataFrame.

    DATE and TIMESTAMP columns come back as pandas datetimes, integers as int64 (nullable Int64
    when there are nulls), arrays as Python lists and maps or structs as dicts.
    """
    import jpype

    e = engine()
    try:
        result = json.loads(str(e.query(query, 0, *[_java(p) for p in params]).json()))
    except jpype.JException as ex:
        raise ValueError(str(ex.getMessage())) from None
    df = pd.DataFrame(result["rows"], columns=result["columns"])
    for column, kind in zip(result["columns"], result["types"]):
        kind = kind.upper()
        if kind in ("DATE",) or kind.startswith("TIMESTAMP"):
            df[column] = pd.to_datetime(df[column])
        elif kind in ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER"):
            # Plain int64 unless there are nulls (pandas' nullable Int64 trips up numpy).
            df[column] = df[column].astype("Int64" if df[column].isna().any() else "int64")
        elif kind in ("DOUBLE", "FLOAT") or kind.startswith("DECIMAL"):
            df[column] = df[column].astype("float64")
    return df


def _java(value):
    """A query parameter as JDBC takes it: dates as java.time values, numpy numbers as Python's."""
    import datetime

    import jpype

    if isinstance(value, (pd.Timestamp, datetime.datetime)):
        return jpype.JClass("java.time.LocalDateTime").parse(pd.Timestamp(value).isoformat())
    if isinstance(value, datetime.date):
        return jpype.JClass("java.time.LocalDate").parse(value.isoformat())
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def tables():
    """The tables in the output, in the contract's order."""
    return [str(t) for t in engine().tables()]


def run_info():
    """The pipeline run that wrote the output: id, when it finished, and its counts."""
    return sql("SELECT run_id, finished, counts FROM runs ORDER BY finished DESC LIMIT 1")


def source_url(doc_id, url=None):
    """Where a sentence can be read: the document's URL, or TheyWorkForYou's page for a Hansard id."""
    import jpype

    engine()  # starts the JVM
    link = jpype.JClass("org.concerntracker.query.SourceLinks").url(doc_id, url)
    return None if link is None else str(link)


def party_color(party):
    return PARTY_COLORS.get(party, "#c8c8c8")


def find_members(query):
    """Members in the evidence whose id is query, or whose name is or contains it (as `explain --mp`)."""
    import jpype

    e = engine()  # starts the JVM
    explainer = jpype.JClass("org.concerntracker.query.Explainer")(e)
    return pd.DataFrame(
        [(str(p.personId()), str(p.name()), _str(p.party()), int(p.rows())) for p in explainer.find(query)],
        columns=["person_id", "name", "party", "evidence_rows"],
    )


def platform_name(query):
    """The platform name the evidence uses for query: any case, or an alias (ByteDance means TikTok)."""
    import jpype

    e = engine()  # starts the JVM
    explainer = jpype.JClass("org.concerntracker.query.Explainer")(e)
    try:
        return str(explainer.platform(query))
    except jpype.JException as e:
        raise ValueError(str(e.getMessage())) from None


def label(name, party):
    """'Name (Party)', or just the name when no party is recorded (peers, often)."""
    return f"{name} ({party})" if isinstance(party, str) and party else name


def month_index(start, end):
    """Every month from start's to end's, as first-of-month timestamps (charts show empty months)."""
    return pd.date_range(pd.Timestamp(start).to_period("M").to_timestamp(), pd.Timestamp(end), freq="MS")


def month_axis(ax, months):
    """A time axis for monthly bars (drawn from each month's first day, 25 days wide): readable
    ticks, room either side so the first and last bars do not touch the frame, and at least six
    months shown so that a single month still reads as a month."""
    import matplotlib.dates as mdates

    start, end = months.min() - pd.Timedelta(days=20), months.max() + pd.Timedelta(days=45)
    short = pd.Timedelta(days=180) - (end - start)  # at least six months, so ticks name months
    if short > pd.Timedelta(0):
        start, end = start - short / 2, end + short / 2
    ax.set_xlim(start, end)
    locator = mdates.AutoDateLocator(minticks=5, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _str(value):
    return None if value is None else str(value)


def md(text):
    """text with Markdown's special characters escaped, to quote a sentence as it was written."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in str(text))
