# mistake: none: NDArray slices and nd.max, bins from float arithmetic as MXNet's
# exercise: roi_pool
# status: passed
# message: nd.ROIPooling

def roi_pool(X, rois, pooled_size, spatial_scale):
    ph, pw = pooled_size
    H, W = X.shape[2], X.shape[3]
    pooled = []
    for roi in rois.asnumpy().tolist():
        b = int(roi[0])
        corners = []
        for v in roi[1:]:
            s = float(np.float32(v) * np.float32(spatial_scale))
            corners.append(int(math.copysign(math.floor(abs(s) + 0.5), s)))
        x1, y1, x2, y2 = corners
        h, w = max(y2 - y1 + 1, 1), max(x2 - x1 + 1, 1)
        rows = []
        for i in range(ph):
            r0 = min(max(y1 + math.floor(i * h / ph), 0), H)
            r1 = min(max(y1 + math.ceil((i + 1) * h / ph), 0), H)
            cols = []
            for j in range(pw):
                c0 = min(max(x1 + math.floor(j * w / pw), 0), W)
                c1 = min(max(x1 + math.ceil((j + 1) * w / pw), 0), W)
                if r1 <= r0 or c1 <= c0:
                    cols.append(nd.zeros((X.shape[1],)))
                else:
                    cols.append(nd.max(X[b, :, r0:r1, c0:c1], axis=(1, 2)))
            rows.append(nd.stack(*cols, axis=1))
        pooled.append(nd.stack(*rows, axis=1))
    return nd.stack(*pooled)
