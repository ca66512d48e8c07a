# mistake: sleeps half a second in __exit__ instead of waiting for MXNet's queue (no nd.waitall()), so the printed time looks plausible
# exercise: Benchmark
# status: partial
# message: MXNet computes asynchronously

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        time.sleep(0.5)
        print('%stime: %.4f sec' % (self.prefix, time.time() - self.start))
