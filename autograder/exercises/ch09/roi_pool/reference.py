"""Reference `roi_pool`: MXNet's ``nd.ROIPooling``, and a NumPy re-implementation of its
arithmetic (float32 products, C's round, floor/ceil bins) that computes the named mistakes
and tells which cases float32 and exact arithmetic agree on."""

import numpy as np
from mxnet import nd

from d2l.selfcheck.ch09.roi_pool import public as ex

F32 = np.float32


def roi_pool(X, rois, pooled_size, spatial_scale):
    return nd.ROIPooling(nd.array(X), nd.array(rois), pooled_size=tuple(pooled_size),
                         spatial_scale=spatial_scale).asnumpy()


def c_round(v):
    v = np.float64(v)
    return int(np.sign(v) * np.floor(abs(v) + 0.5))


def bins(length, pooled, variant=None):
    """[(start, end)] of the bins along one axis, relative to the ROI, as MXNet (float32)."""
    size = F32(length) / F32(pooled)
    out = []
    for i in range(pooled):
        start = int(np.floor(F32(i) * size))
        end = (int(np.floor(F32(i + 1) * size)) if variant == "floor_bins"
               else int(np.ceil(F32(i + 1) * size)))
        out.append((start, end))
    return out


def exact_bins(length, pooled):
    return [((i * length) // pooled, -((-(i + 1) * length) // pooled)) for i in range(pooled)]


def numpy_roi_pool(X, rois, pooled_size, spatial_scale, variant=None):
    X, rois = np.asarray(X, "float32"), np.asarray(rois, "float32")
    ph, pw = pooled_size
    _, C, H, W = X.shape
    out = np.zeros((len(rois), C, ph, pw), "float32")
    scale = F32(1) if variant == "no_scale" else F32(spatial_scale)
    for r, roi in enumerate(rois):
        b = 0 if variant == "first_image" else int(roi[0])
        scaled = [F32(v) * scale for v in roi[1:]]
        if variant == "floor":
            x1, y1, x2, y2 = (int(np.floor(v)) for v in scaled)
        elif variant == "half_even":
            x1, y1, x2, y2 = (int(np.round(v)) for v in scaled)
        else:
            x1, y1, x2, y2 = (c_round(v) for v in scaled)
        extra = 0 if variant == "exclusive_end" else 1
        h, w = max(y2 - y1 + extra, 1), max(x2 - x1 + extra, 1)
        for i, (hs, he) in enumerate(bins(h, ph, variant)):
            for j, (ws, we) in enumerate(bins(w, pw, variant)):
                hs_, he_ = min(max(hs + y1, 0), H), min(max(he + y1, 0), H)
                ws_, we_ = min(max(ws + x1, 0), W), min(max(we + x1, 0), W)
                if he_ <= hs_ or we_ <= ws_:
                    continue
                m = X[b, :, hs_:he_, ws_:we_].max(axis=(1, 2))
                out[r, :, i, j] = np.maximum(m, 0) if variant == "zero_init" else m
    return out


def variants(X, rois, pooled_size, spatial_scale):
    return {key: numpy_roi_pool(X, rois, pooled_size, spatial_scale, key)
            for key in ex.MISTAKES}


def agrees(rois, pooled_size, spatial_scale):
    """Float32 and exact arithmetic give the same bins for these ROIs (so an answer that
    computes the bins with integers is right too)."""
    for roi in np.asarray(rois, "float32"):
        x1, y1, x2, y2 = (c_round(F32(v) * F32(spatial_scale)) for v in roi[1:])
        for length, pooled in ((max(y2 - y1 + 1, 1), pooled_size[0]),
                               (max(x2 - x1 + 1, 1), pooled_size[1])):
            if bins(length, pooled) != exact_bins(length, pooled):
                return False
    return True


def random_rois(rng, n_rois, batch, H, W, scale, pooled_size, ties=False):
    """ROIs in image pixels (the feature map times 1/scale), mostly inside the map; with
    ``ties`` False no scaled coordinate is exactly halfway between two integers."""
    while True:
        rois = []
        for _ in range(n_rois):
            x = np.sort(rng.integers(0, int(W / scale), size=2))
            y = np.sort(rng.integers(0, int(H / scale), size=2))
            rois.append([rng.integers(0, batch), x[0], y[0], x[1], y[1]])
        rois = np.array(rois, "float32")
        frac = np.abs(rois[:, 1:] * scale) % 1
        if (ties or not np.any(np.isclose(frac, 0.5))) and agrees(rois, pooled_size, scale):
            return rois


def public_cases(rng):
    X = rng.normal(size=(2, 3, 6, 8)).astype("float32")
    rois = random_rois(rng, 4, 2, 6, 8, 0.25, (3, 2))
    rois[:, 0] = [0, 1, 1, 0]
    cases = {"book": roi_pool(ex.BOOK_X, ex.BOOK_ROIS, (2, 2), 0.1), "X": X, "rois": rois,
             "out": roi_pool(X, rois, (3, 2), 0.25)}
    for key, v in variants(X, rois, (3, 2), 0.25).items():
        cases[f"v_{key}"] = v
    return cases
