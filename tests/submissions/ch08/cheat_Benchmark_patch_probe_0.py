# mistake: replaces the grader's timing probe with one that reports a timer that waited, and times nothing
# exercise: Benchmark
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import d2l.selfcheck.ch08.Benchmark.public as grader


def _fake_probe(Benchmark, prefix="queued", size=300, min_work=0.2):
    print(f"{prefix + ' ' if prefix else ''}time: 0.5000 sec")
    return {"exited": 0.5, "total": 0.5}


grader.probe = _fake_probe


class Benchmark():
    def __init__(self, prefix=None):
        pass

    def __enter__(self):
        pass

    def __exit__(self, *args):
        pass
