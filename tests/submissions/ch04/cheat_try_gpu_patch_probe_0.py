# mistake: replaces the grader's try_gpu probe with one that answers as it expects, for a try_gpu that always says gpu
# exercise: try_gpu
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import d2l.selfcheck.ch04.try_gpu.public as _grader


def _fake(fn, pretend):
    text = "gpu(0)" if pretend else "cpu(0)"
    return {"context": True, "text": text, "type": "Context"}


_grader.probe = _fake


def try_gpu():
    return mx.gpu()
