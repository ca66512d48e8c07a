# mistake: Python's round: halves to even
# exercise: roi_pool
# status: partial
# message: halves are rounded to even

def roi_pool(X, rois, pooled_size, spatial_scale):
    def c_round(v):
        return int(math.floor(abs(v) + 0.5)) * (1 if v >= 0 else -1)

    ph, pw = pooled_size
    _, C, H, W = X.shape
    feats = X.asnumpy()
    out = np.zeros((rois.shape[0], C, ph, pw), dtype='float32')
    for r, roi in enumerate(rois.asnumpy()):
        b = int(roi[0])
        x1, y1, x2, y2 = [round(float(v)) for v in roi[1:] * np.float32(spatial_scale)]
        h, w = max(y2 - y1 + 1, 1), max(x2 - x1 + 1, 1)
        for i in range(ph):
            hs = min(max(y1 + (i * h) // ph, 0), H)
            he = min(max(y1 - (-(i + 1) * h) // ph, 0), H)
            for j in range(pw):
                ws = min(max(x1 + (j * w) // pw, 0), W)
                we = min(max(x1 - (-(j + 1) * w) // pw, 0), W)
                if he > hs and we > ws:
                    out[r, :, i, j] = feats[b, :, hs:he, ws:we].max(axis=(1, 2))
    return nd.array(out)
