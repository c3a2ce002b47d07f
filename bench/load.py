"""Load benchmark: latency percentiles and throughput of public pages, as ratios to a
trivial Django view on the same server, against a database filled by bench/generate.py.

    DATABASE_URL=... .venv/bin/python bench/load.py [--scenarios members,tables]
        [--seconds 10] [--workers 4] [--markdown]

Migrates the database named by ``DATABASE_URL``, starts gunicorn on it
(``PANSOCIAL_BENCH=1`` so ``/bench/trivial`` exists; ``gunicorn.conf.py`` is not read) and
drives it with HTTP clients in threads (``http.client``, reconnecting when the server
closes). Per scenario:

- latency: one client at a time for ``--seconds`` (p50/p95/p99 of a lone visitor);
- throughput: ``--clients`` concurrent clients (default: as many as server workers) for
  ``--seconds``: requests per second, its ratio to ``trivial``, and the p95 under load.

``--scenarios`` takes scenario names and set names, comma-separated (``all`` for every
set); ``trivial`` is always measured first. Scenario URLs vary where the page has
parameters (filters, pages, search words): each request takes the next one of a shuffled
pool, so caches keyed on the URL rarely help. The ids of countries and stakeholder groups
and the number of directory pages are read from the server's own pages at start.
``--page-cache off`` (the default) sends a session cookie so that every request renders
its page, as for a signed-in member (the cost to optimise); ``--page-cache on`` measures
an anonymous visitor, whom the public page cache serves after the first request of a URL.
``--warmup`` sets the unmeasured load on each pool before measuring (1 s by default; the
first search for a word in a process costs its full-text lookup, see decision 0005).
``--list`` prints the scenarios.
"""

import argparse
import http.client
import itertools
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST = "127.0.0.1"
# Public pages are cached for visitors without a session (pansocial.common.cache). A
# session cookie (unknown to the server: the visitor stays anonymous) makes every request
# render its page, as for a signed-in member; one extra query looks the session up.
NO_PAGE_CACHE = {"Cookie": "sessionid=bench-no-page-cache"}
HEADERS = {"Accept-Language": "es"}

COUNTRY_CODES = [
    "AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE", "BZ", "CR", "SV", "GT",
    "HN", "MX", "NI", "PA", "AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC",
    "TT"
]  # fmt: skip
# Practice searches: stems and spellings in the four languages, accents left out.
PRACTICE_WORDS = [
    "trabajador", "familia", "salud", "nino", "mujer", "escuela", "regularizacion", "integracion",
    "derecho", "acolhida", "crianca", "trabalho", "protecao", "abrigo", "worker", "health",
    "child", "family", "training", "travailleur", "sante", "enfant", "famille", "accueil",
    "formation"
]  # fmt: skip
# Directory searches: words of organisation names and descriptions (bench/generate.py),
# with and without their accents, singular and plural, in the four languages.
MEMBER_WORDS = [
    "migrantes", "migración", "integracion", "integración", "mujeres", "mulheres", "femmes",
    "familias", "familles", "derechos", "direitos", "salud", "saude", "frontera", "fronteira",
    "retorno", "acogida", "acolhida", "trabajadoras", "juventudes", "refugee", "network",
    "fundacion", "asociación", "coletivo", "réseau", "observatorio", "albergues"
]  # fmt: skip


class Context:
    """What the pools need to know about the server's data, read from its pages."""

    def __init__(self, port, rng):
        self.port = port
        self.rng = rng
        self._form = None
        self._pages = None

    def get(self, path):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            connection.request("GET", path, headers={"Accept-Language": "es"})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def options(self, name):
        """The values of the directory filter ``<select name=...>``."""
        if self._form is None:
            status, self._form = self.get("/members/")
            if status != 200:
                raise SystemExit(f"/members/ answered {status}")
        match = re.search(rf'<select[^>]*\bname="{name}"[^>]*>(.*?)</select>', self._form, re.S)
        values = re.findall(r'<option value="([^"]+)"', match.group(1)) if match else []
        if not values:
            raise SystemExit(f"no options for {name!r} on /members/")
        return values

    def directory_pages(self):
        if self._pages is None:
            _status, body = self.get("/members/?page=999999999")  # Django gives the last page
            match = re.search(r'aria-current="page">([^<]*)<', body)
            numbers = re.findall(r"\d+", match.group(1).replace(".", "")) if match else []
            self._pages = int(numbers[-1]) if numbers else 1
        return self._pages


def _shuffled(rng, urls):
    urls = list(urls)
    rng.shuffle(urls)
    return itertools.cycle(urls)


def _query(path, params):
    return f"{path}?{urllib.parse.urlencode(params)}"


def directory_deep(ctx):
    last = ctx.directory_pages()
    first = max(2, last // 2) if last > 2 else last
    return _shuffled(ctx.rng, (f"/members/?page={p}" for p in range(first, last + 1)))


def directory_filtered(ctx):
    countries, groups = ctx.options("country"), ctx.options("group")
    return _shuffled(
        ctx.rng,
        (_query("/members/", {"country": c, "group": g}) for c in countries for g in groups),
    )


def directory_search(ctx):
    return _shuffled(ctx.rng, (_query("/members/", {"q": w}) for w in MEMBER_WORDS))


def practices_two_facets(ctx):
    return _shuffled(
        ctx.rng,
        (
            _query("/practices/", {"country": c, "objective": o})
            for c in COUNTRY_CODES
            for o in range(1, 24)
        ),
    )


def practices_search_facets(ctx):
    return _shuffled(
        ctx.rng,
        (
            _query("/practices/", {"q": w, "country": c, "objective": o})
            for w in PRACTICE_WORDS
            for c in COUNTRY_CODES
            for o in range(1, 24)
        ),
    )


def practices_search(ctx):
    return _shuffled(
        ctx.rng,
        (_query("/practices/", {"q": w, "page": p}) for w in PRACTICE_WORDS for p in range(1, 4)),
    )


def fixed(path):
    def pool(ctx):
        return itertools.repeat(path)

    pool.path = path
    return pool


# name: (set, pool, what it requests)
SCENARIOS = {
    "trivial": ("trivial", fixed("/bench/trivial"), "/bench/trivial"),
    "home": ("pages", fixed("/"), "/"),
    "objective": ("pages", fixed("/gcm/objectives/7/"), "/gcm/objectives/7/"),
    "directory": ("members", fixed("/members/"), "/members/ (page 1)"),
    "directory_deep": ("members", directory_deep, "/members/?page=<second half>"),
    "directory_filtered": (
        "members",
        directory_filtered,
        "/members/?country=<id>&group=<id> (33+ × 13)",
    ),
    "directory_search": (
        "members",
        directory_search,
        f"/members/?q=<word> ({len(MEMBER_WORDS)} words)",
    ),
    "coverage": ("members", fixed("/members/coverage/"), "/members/coverage/"),
    "tables": ("tables", fixed("/tables/"), "/tables/"),
    "table_mt1": ("tables", fixed("/tables/mt1/"), "/tables/mt1/"),
    "representation": ("tables", fixed("/tables/representation/"), "/tables/representation/"),
    "practices_list": ("practices", fixed("/practices/"), "/practices/"),
    "practices_two_facets": (
        "practices",
        practices_two_facets,
        "/practices/?country=PE&objective=12 (33 × 23)",
    ),
    "practices_search_facets": (
        "practices",
        practices_search_facets,
        "/practices/?q=familia&country=PE&objective=12 (× 25 words)",
    ),
    "practices_search": ("practices", practices_search, "/practices/?q=<word>&page=1..3"),
}
SETS = sorted({kind for kind, _pool, _doc in SCENARIOS.values()} - {"trivial"})


def chosen(spec):
    names = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        if item == "all":
            names += [n for n, (kind, _p, _d) in SCENARIOS.items() if kind != "trivial"]
        elif item in SETS:
            names += [n for n, (kind, _p, _d) in SCENARIOS.items() if kind == item]
        elif item in SCENARIOS:
            names.append(item)
        else:
            raise SystemExit(f"unknown scenario or set {item!r}; see --list")
    return ["trivial", *dict.fromkeys(n for n in names if n != "trivial")]


class Driver:
    def __init__(self, port, urls, headers=None):
        self.port = port
        self.urls = urls
        self.headers = headers or HEADERS
        self.lock = threading.Lock()

    def next_url(self):
        with self.lock:
            return next(self.urls)

    def run(self, clients, seconds):
        latencies, errors = [], []
        stop = time.monotonic() + seconds

        def client():
            connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            while time.monotonic() < stop:
                url = self.next_url()
                started = time.perf_counter()
                try:
                    connection.request("GET", url, headers=self.headers)
                    response = connection.getresponse()
                    response.read()
                    if response.status != 200:
                        errors.append((url, response.status))
                except (OSError, http.client.HTTPException) as error:
                    errors.append((url, repr(error)))
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
                    continue
                latencies.append(time.perf_counter() - started)
            connection.close()

        threads = [threading.Thread(target=client) for _ in range(clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return latencies, errors, time.monotonic() - began


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def port_in_use(port):
    try:
        with socket.create_connection((HOST, port), timeout=1):
            return True
    except OSError:
        return False


def start_server(port, workers):
    if port_in_use(port):
        raise SystemExit(f"port {port} is in use: choose another with --port")
    env = dict(os.environ)
    env.update(
        {
            "PANSOCIAL_BENCH": "1",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "RATELIMIT_ENABLE": "0",
            "LOG_LEVEL": "WARNING",
            "LOG_LEVEL_SERVER": "WARNING",
        }
    )
    command = [
        os.path.join(ROOT, ".venv/bin/gunicorn"),
        "pansocial.wsgi",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        "--timeout",
        "120",
        "--access-logfile",
        "/dev/null",
        "--max-requests",
        "0",
        "-c",
        "/dev/null",
    ]
    # A database generated before the latest migrations would fail on the first page.
    subprocess.run(
        [os.path.join(ROOT, ".venv/bin/python"), "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(150):
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/bench/trivial")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise SystemExit("the server did not start (or PANSOCIAL_BENCH is off)")


def stop_server(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    server.wait(timeout=30)


def measure(ctx, name, clients, seconds, headers, warmup=1.0):
    _kind, pool, _doc = SCENARIOS[name]
    if name == "trivial":
        headers = HEADERS  # the baseline stays the cheapest response: no session to look up
    # Warm every worker (and any per-process cache of the page's structure) first.
    Driver(ctx.port, pool(ctx), headers).run(clients, warmup)
    lone, errors1, _elapsed = Driver(ctx.port, pool(ctx), headers).run(1, seconds)
    busy, errors2, elapsed = Driver(ctx.port, pool(ctx), headers).run(clients, seconds)
    errors = errors1 + errors2
    if errors:
        print(f"{name}: {len(errors)} errors, e.g. {errors[:3]}", file=sys.stderr)
    return {
        "p50": percentile(lone, 0.50) * 1000,
        "p95": percentile(lone, 0.95) * 1000,
        "p99": percentile(lone, 0.99) * 1000,
        "mean": statistics.mean(lone) * 1000 if lone else float("nan"),
        "requests_lone": len(lone),
        "rps": len(busy) / elapsed,
        "busy_p95": percentile(busy, 0.95) * 1000,
        "errors": len(errors),
    }


def report(results, clients, markdown):
    trivial = results.get("trivial", {}).get("rps")
    if markdown:
        print(
            f"| scenario | p50 ms | p95 ms | p99 ms | req/s ({clients} clients) "
            f"| p95 at {clients} clients | vs trivial |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, row in results.items():
            ratio = f"{row['rps'] / trivial:.1%}".replace("%", " %") if trivial else "-"
            flag = f" ({row['errors']} errors)" if row["errors"] else ""
            print(
                f"| {name}{flag} | {row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} "
                f"| {row['rps']:.1f} | {row['busy_p95']:.1f} | {ratio} |"
            )
        return
    print(
        f"{'scenario':24} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'n':>6} {'req/s':>8} "
        f"{'busy p95':>9} {'vs trivial':>10} errors"
    )
    for name, row in results.items():
        ratio = f"{row['rps'] / trivial:.1%}" if trivial else "-"
        print(
            f"{name:24} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f} "
            f"{row['requests_lone']:6d} {row['rps']:8.1f} {row['busy_p95']:9.1f} "
            f"{ratio:>10} {row['errors']}"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenarios", default="all", help=f"names or sets: {', '.join(SETS)}")
    parser.add_argument("--seconds", type=float, default=10, help="per measurement")
    parser.add_argument(
        "--warmup",
        type=float,
        default=1.0,
        help="seconds of unmeasured load on each scenario's pool first (default 1): longer "
        "to measure the steady state once every worker has seen the pool's searches",
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--clients", type=int, help="concurrent clients (default: workers)")
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument(
        "--external", action="store_true", help="use a server already on --port (bench on)"
    )
    parser.add_argument(
        "--page-cache",
        choices=["on", "off"],
        default="off",
        help="off (default): every request renders its page, as for a signed-in member; "
        "on: an anonymous visitor, served from the public page cache after the first request",
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (kind, _pool, doc) in SCENARIOS.items():
            print(f"{kind:10} {name:24} {doc}")
        return
    names = chosen(args.scenarios)
    headers = HEADERS if args.page_cache == "on" else {**HEADERS, **NO_PAGE_CACHE}
    clients = args.clients or args.workers
    server = None if args.external else start_server(args.port, args.workers)
    results = {}
    try:
        ctx = Context(args.port, random.Random(args.seed))
        for name in names:
            results[name] = measure(ctx, name, clients, args.seconds, headers, args.warmup)
            print(
                f"  {name}: p95 {results[name]['p95']:.1f} ms, {results[name]['rps']:.1f} req/s",
                file=sys.stderr,
                flush=True,
            )
    finally:
        if server is not None:
            stop_server(server)
    report(results, clients, args.markdown)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(
                {
                    "clients": clients,
                    "seconds": args.seconds,
                    "warmup": args.warmup,
                    "page_cache": args.page_cache,
                    "results": results,
                },
                handle,
            )


if __name__ == "__main__":
    main()
