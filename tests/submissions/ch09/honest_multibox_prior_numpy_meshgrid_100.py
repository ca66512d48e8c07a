# mistake: none: NumPy meshgrid and broadcasting in float64, pixel sizes divided back
# exercise: multibox_prior
# status: passed
# message: matches MultiBoxPrior

def multibox_prior(data, sizes, ratios):
    h, w = data.shape[-2:]
    s = np.array(list(sizes) + [sizes[0]] * (len(ratios) - 1), dtype='float64')
    r = np.sqrt(np.array([ratios[0]] * len(sizes) + list(ratios[1:]), dtype='float64'))
    # in pixels: h * s * sqrt(r) wide, h * s / sqrt(r) high; then normalise by (w, h)
    half = np.stack([h * s * r / w, h * s / r / h], axis=1) / 2          # (k, 2)
    ys, xs = np.meshgrid((np.arange(h) + 0.5) / h, (np.arange(w) + 0.5) / w, indexing='ij')
    centres = np.stack([xs.ravel(), ys.ravel()], axis=1)[:, None, :]     # (hw, 1, 2)
    boxes = np.concatenate([centres - half, centres + half], axis=2)     # (hw, k, 4)
    return nd.array(boxes.reshape(1, -1, 4))
