# mistake: reports a made-up long time instead of measuring
# exercise: Benchmark
# status: partial
# message: longer than the whole block took

class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        pass

    def __exit__(self, *args):
        print('%stime: %.4f sec' % (self.prefix, 30.0))
