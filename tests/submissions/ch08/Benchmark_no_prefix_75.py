# mistake: the prefix is never printed
# exercise: Benchmark
# status: partial
# message: should start with the prefix

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        nd.waitall()
        print('time: %.4f sec' % (time.time() - self.start))
