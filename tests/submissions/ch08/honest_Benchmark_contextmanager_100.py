# mistake: none (a generator-based context manager, perf_counter, wait_to_read-free waitall)
# exercise: Benchmark
# status: passed

import contextlib


@contextlib.contextmanager
def Benchmark(prefix=None):
    start = time.perf_counter()
    try:
        yield
    finally:
        nd.waitall()
        print(f"{prefix + ' ' if prefix else ''}time: {time.perf_counter() - start:.4f} sec")
