# mistake: a cheat: returns the recorded public losses (cases.npz) whatever the input
# exercise: calc_loss
# status: error
# message: calc_loss
# alone: yes

import importlib

from d2l.selfcheck import load_cases

_cases = load_cases(importlib.import_module("d2l.selfcheck.ch09.calc_loss.public"))


def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    return nd.array(_cases["out"])
