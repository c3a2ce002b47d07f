"""Production server settings (docs/operations.md). Override any of them with
GUNICORN_CMD_ARGS, e.g. GUNICORN_CMD_ARGS="--workers 9"."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
if not os.environ.get("REDIS_URL"):
    # Rate limits are counted in the cache. Without Redis each worker would keep its own
    # local-memory counts, and every limit would be multiplied by the number of workers.
    if "WEB_CONCURRENCY" in os.environ and workers != 1:
        raise SystemExit(
            f"WEB_CONCURRENCY={workers} needs a shared cache for the rate limits: set "
            "REDIS_URL, or run one worker (WEB_CONCURRENCY=1)."
        )
    workers = 1


def on_starting(server):
    """Also refuses --workers N / GUNICORN_CMD_ARGS given on the command line."""
    if not os.environ.get("REDIS_URL") and server.cfg.workers != 1:
        raise SystemExit(
            f"{server.cfg.workers} workers need a shared cache for the rate limits: set "
            "REDIS_URL, or run one worker."
        )


worker_class = "sync"
timeout = 30
graceful_timeout = 20
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
