# mistake: keeps the layers in a Python list and wraps the grader's probe so that it reports them as registered
# exercise: MySequential
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import d2l.selfcheck.ch04.MySequential.public as _grader

_genuine = _grader.probe


def _wrapped(cls, X, units, seed):
    found = _genuine(cls, X, units, seed)
    found["registered"] = list(found["names"])
    return found


_grader.probe = _wrapped


class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super(MySequential, self).__init__(**kwargs)
        self.blocks = []

    def add(self, block):
        self.blocks.append(block)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x
