# mistake: nd.waitall() after the clock was read
# exercise: Benchmark
# status: partial
# message: but after reading the clock

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        elapsed = time.time() - self.start
        nd.waitall()
        print('%stime: %.4f sec' % (self.prefix, elapsed))
