# mistake: keeps the prefix without the space after it ('step 3time: ... sec')
# exercise: Benchmark
# status: partial
# message: the prefix and a space

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix if prefix else ''

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        nd.waitall()
        print('%stime: %.4f sec' % (self.prefix, time.time() - self.start))
