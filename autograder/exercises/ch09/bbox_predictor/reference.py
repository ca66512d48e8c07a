"""Reference `bbox_predictor`: the book's layer, and its named variant."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch09.bbox_predictor import public as ex


def bbox_predictor(num_anchors, variant=None):
    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1,
                     activation="relu" if variant == "relu" else None)


def variants(*args):
    return {key: functools.partial(bbox_predictor, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, bbox_predictor, ex.CONFIGS, variants)
