# mistake: centres at (j / w, i / h), the pixels' corners, not (j + 0.5) / w, (i + 0.5) / h
# exercise: multibox_prior
# status: failed
# message: the centres are at i / h

def multibox_prior(data, sizes, ratios):
    h, w = data.shape[-2:]
    pairs = [(s, ratios[0]) for s in sizes] + [(sizes[0], r) for r in ratios[1:]]
    out = []
    for i in range(h):
        for j in range(w):
            x, y = j / w, i / h
            for s, r in pairs:
                bw, bh = s * math.sqrt(r) * h / w, s / math.sqrt(r)
                out.append([x - bw / 2, y - bh / 2, x + bw / 2, y + bh / 2])
    return nd.array(out).reshape((1, -1, 4))
