# mistake: none (MXNet's waitall imported by name before the class, perf_counter, a class of its own)
# exercise: Benchmark
# status: passed

from mxnet.ndarray import waitall


class Benchmark:
    def __init__(self, prefix=None):
        self.prefix = '' if prefix is None else prefix + ' '

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        waitall()
        elapsed = time.perf_counter() - self.start
        print(self.prefix + 'time: %.4f sec' % elapsed)
        return False
