# mistake: none (a ContextDecorator subclass, time.time, mx.nd.waitall through the package, f-string)
# exercise: Benchmark
# status: passed

import contextlib


class Benchmark(contextlib.ContextDecorator):
    def __init__(self, prefix=None):
        self.prefix = f'{prefix} ' if prefix else ''

    def __enter__(self):
        self._t0 = time.time()
        return self

    def __exit__(self, *exc):
        mx.nd.waitall()
        self.elapsed = time.time() - self._t0
        print(f'{self.prefix}time: {self.elapsed:.4f} sec')
        return False
