"""Run the same action from many threads at once, to prove a form or a domain function
is safe under concurrent identical submissions.

Use inside ``@pytest.mark.django_db(transaction=True, serialized_rollback=True)`` so that
each thread's connection sees committed data. Every thread is released by one barrier,
so the requests really overlap; each thread closes its own connection when it is done.
"""

import threading

from django.db import connections
from django.test import Client

TIMEOUT = 60


def in_parallel(action, *, times=20):
    """Call ``action(i)`` for i in range(times) from ``times`` threads released together.

    Returns the results in order; an exception raised by an action is returned in its
    place, never raised here, so a test can assert on every outcome."""
    barrier = threading.Barrier(times)
    results = [None] * times

    def worker(index):
        try:
            barrier.wait(timeout=TIMEOUT)
            results[index] = action(index)
        except BaseException as exc:  # noqa: BLE001 - reported to the test as a result
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 2)
    return results


def post_in_parallel(path, data, *, times=20, user=None, **extra):
    """POST the same form ``times`` times at once, each from its own client (signed in as
    ``user`` when given). Returns the responses; a server error is a 500 response, not an
    exception, so ``assert 500 not in [r.status_code for r in responses]`` reads naturally."""
    clients = []
    for _ in range(times):
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user)
        clients.append(client)
    connections.close_all()
    return in_parallel(lambda i: clients[i].post(path, data, **extra), times=times)
