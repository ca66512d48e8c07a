"""Shared by the hidden checks of §9.7 (SSD) and §9.8 (R-CNN): fixed generators (the same
case in every run, whatever the seed) and the correct helpers swapped in while a part of
TinySSD is checked."""

import zlib

import numpy as np

#: The grader's correct versions of the SSD parts, swapped in while a later part is checked
#: (a wrong cls_predictor costs its own points only).
SSD_STAND_INS = {"cls_predictor": "cls_predictor", "bbox_predictor": "bbox_predictor",
                 "flatten_pred": "flatten_pred", "concat_preds": "concat_preds",
                 "down_sample_blk": "down_sample_blk"}


def fixed_rng(key):
    """A generator that gives the same numbers in every run, for the check named ``key``."""
    return np.random.default_rng(zlib.crc32(f"ch09/{key}".encode()))


def both(key, rng):
    """The fixed generator of ``key``, then the run's ``rng``: one case of each."""
    return [fixed_rng(key), rng]
