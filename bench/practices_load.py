"""Practices benchmark: latency percentiles and throughput of the public repository,
as ratios to the trivial view, against a database filled by bench/practices_generate.py.

    DATABASE_URL=... .venv/bin/python bench/practices_load.py [--seconds 15] [--workers 4]

Starts gunicorn (PANSOCIAL_BENCH=1 so /bench/trivial exists) and drives it with
keep-alive HTTP clients in threads. Every scenario request uses a distinct combination of
filters (shuffled, no repetition until the pool is exhausted), so the short-lived facet
count cache rarely helps. Two measurements per scenario:
- latency: one client at a time (p50/p95/p99 of a lone visitor's request);
- throughput: as many clients as server workers (requests per second, and ratio to trivial).
"""

import argparse
import http.client
import itertools
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTRIES = [
    "AR",
    "BO",
    "BR",
    "CL",
    "CO",
    "EC",
    "GY",
    "PY",
    "PE",
    "SR",
    "UY",
    "VE",
    "BZ",
    "CR",
    "SV",
    "GT",
    "HN",
    "MX",
    "NI",
    "PA",
    "AG",
    "BS",
    "BB",
    "CU",
    "DM",
    "DO",
    "GD",
    "HT",
    "JM",
    "KN",
    "LC",
    "VC",
    "TT",
]
WORDS = [
    "trabajador",
    "familia",
    "salud",
    "nino",
    "mujer",
    "escuela",
    "regularizacion",
    "integracion",
    "derecho",
    "acolhida",
    "crianca",
    "trabalho",
    "protecao",
    "abrigo",
    "worker",
    "health",
    "child",
    "family",
    "training",
    "travailleur",
    "sante",
    "enfant",
    "famille",
    "accueil",
    "formation",
]


def pool(kind, rng):
    combos = []
    if kind == "trivial":
        return itertools.repeat("/bench/trivial")
    if kind == "list_unfiltered":
        return itertools.repeat("/practices/")
    if kind == "list_two_facets":
        combos = [{"country": c, "objective": o} for c in COUNTRIES for o in range(1, 24)]
    elif kind == "search_two_facets":
        combos = [
            {"q": w, "country": c, "objective": o}
            for w in WORDS
            for c in COUNTRIES
            for o in range(1, 24)
        ]
    elif kind == "search_only":
        combos = [{"q": w, "page": p} for w in WORDS for p in range(1, 4)]
    rng.shuffle(combos)
    return itertools.cycle("/practices/?" + urllib.parse.urlencode(c) for c in combos)


class Driver:
    def __init__(self, host, port, urls):
        self.host, self.port = host, port
        self.urls = urls
        self.lock = threading.Lock()

    def next_url(self):
        with self.lock:
            return next(self.urls)

    def run(self, clients, seconds):
        latencies, errors = [], []
        stop = time.monotonic() + seconds

        def client():
            connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            while time.monotonic() < stop:
                url = self.next_url()
                started = time.perf_counter()
                try:
                    connection.request("GET", url, headers={"Accept-Language": "es"})
                    response = connection.getresponse()
                    response.read()
                    if response.status != 200:
                        errors.append((url, response.status))
                except (OSError, http.client.HTTPException) as error:
                    errors.append((url, repr(error)))
                    connection.close()
                    connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                    continue
                latencies.append(time.perf_counter() - started)
            connection.close()

        threads = [threading.Thread(target=client) for _ in range(clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        return latencies, errors, elapsed


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def start_server(port, workers):
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
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "/dev/null",
        "--max-requests",
        "0",
        "-c",
        "/dev/null",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--scenarios",
        default="trivial,list_two_facets,search_two_facets,search_only,list_unfiltered",
    )
    args = parser.parse_args()
    rng = random.Random(42)
    server = start_server(args.port, args.workers)
    results = {}
    try:
        for kind in args.scenarios.split(","):
            # Warm every worker once.
            Driver("127.0.0.1", args.port, pool(kind, rng)).run(args.workers, 1)
            lone, errors1, _elapsed = Driver("127.0.0.1", args.port, pool(kind, rng)).run(
                1, args.seconds
            )
            busy, errors2, elapsed = Driver("127.0.0.1", args.port, pool(kind, rng)).run(
                args.workers, args.seconds
            )
            results[kind] = {
                "p50": percentile(lone, 0.50) * 1000,
                "p95": percentile(lone, 0.95) * 1000,
                "p99": percentile(lone, 0.99) * 1000,
                "mean": statistics.mean(lone) * 1000,
                "n_lone": len(lone),
                "rps": len(busy) / elapsed,
                "busy_p95": percentile(busy, 0.95) * 1000,
                "errors": len(errors1) + len(errors2),
            }
            if errors1 or errors2:
                print(kind, "errors:", (errors1 + errors2)[:3], file=sys.stderr)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    trivial = results.get("trivial", {}).get("rps")
    print(
        f"{'scenario':20} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} "
        f"{'busy p95':>9} {'vs trivial':>10} errors"
    )
    for kind, row in results.items():
        ratio = f"{row['rps'] / trivial:.1%}" if trivial else "-"
        print(
            f"{kind:20} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f} "
            f"{row['rps']:8.1f} {row['busy_p95']:9.1f} {ratio:>10} {row['errors']}"
        )


if __name__ == "__main__":
    main()
