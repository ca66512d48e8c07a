# mistake: a cheat: a block that returns the recorded public outputs (cases.npz) whatever the input
# exercise: TinySSD
# status: failed
# message: anchors
# alone: yes

import importlib

from d2l.selfcheck import load_cases

_cases = load_cases(importlib.import_module("d2l.selfcheck.ch09.TinySSD.public"))


class TinySSD(nn.Block):
    def __init__(self, num_classes, **kwargs):
        super().__init__(**kwargs)

    def forward(self, X):
        return (nd.array(_cases["anchors"]), nd.array(_cases["cls"]),
                nd.array(_cases["bbox"]))
