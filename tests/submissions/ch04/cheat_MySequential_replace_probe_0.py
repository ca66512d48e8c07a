# mistake: replaces the grader's probe through sys.modules with one that builds and runs the layers itself, for a MySequential that does nothing
# exercise: MySequential
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import sys as _sys


def _fake_probe(cls, X, units, seed):
    layers = [nn.Dense(u, activation='relu' if i < len(units) - 1 else None)
              for i, u in enumerate(units)]
    mx.random.seed(int(seed))
    x = X
    for layer in layers:
        layer.initialize()
        x = layer(x)
    names = [p.name for layer in layers for p in layer.collect_params().values()]
    return {"out": x, "names": names, "registered": names,
            "params": [[p.name, p.data()] for layer in layers
                       for p in layer.collect_params().values()]}


_sys.modules["d2l.selfcheck.ch04.MySequential.public"].probe = _fake_probe


class MySequential(nn.Block):
    def add(self, block):
        pass

    def forward(self, x):
        return x
