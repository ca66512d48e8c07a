# mistake: the book's Benchmark, verbatim: it does not wait for MXNet's queue (the notebook asks it to)
# exercise: Benchmark
# status: partial
# message: MXNet computes asynchronously

class Benchmark():  # 本类已保存在d2lzh包中方便以后使用
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        print('%stime: %.4f sec' % (self.prefix, time.time() - self.start))
