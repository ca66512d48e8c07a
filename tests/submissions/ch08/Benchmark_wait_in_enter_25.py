# mistake: calls nd.waitall() in __enter__ (before the block) instead of in __exit__
# exercise: Benchmark
# status: partial
# message: MXNet computes asynchronously

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        nd.waitall()
        self.start = time.time()

    def __exit__(self, *args):
        print('%stime: %.4f sec' % (self.prefix, time.time() - self.start))
