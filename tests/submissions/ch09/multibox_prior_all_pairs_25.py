# mistake: every one of the n*m size-ratio pairs at each pixel
# exercise: multibox_prior
# status: partial
# message: all n * m

def multibox_prior(data, sizes, ratios):
    h, w = data.shape[-2:]
    pairs = [(s, r) for s in sizes for r in ratios]
    out = []
    for i in range(h):
        for j in range(w):
            x, y = (j + 0.5) / w, (i + 0.5) / h
            for s, r in pairs:
                bw, bh = s * math.sqrt(r) * h / w, s / math.sqrt(r)
                out.append([x - bw / 2, y - bh / 2, x + bw / 2, y + bh / 2])
    return nd.array(out).reshape((1, -1, 4))
