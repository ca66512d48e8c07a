# mistake: orders a pixel's anchors as the book's formula lists them: (s1, r1..rm), then (s2..sn, r1)
# exercise: multibox_prior
# status: partial
# message: the order of the book's formula

def multibox_prior(data, sizes, ratios):
    h, w = data.shape[-2:]
    pairs = [(sizes[0], r) for r in ratios] + [(s, ratios[0]) for s in sizes[1:]]
    out = []
    for i in range(h):
        for j in range(w):
            x, y = (j + 0.5) / w, (i + 0.5) / h
            for s, r in pairs:
                bw, bh = s * math.sqrt(r) * h / w, s / math.sqrt(r)
                out.append([x - bw / 2, y - bh / 2, x + bw / 2, y + bh / 2])
    return nd.array(out).reshape((1, -1, 4))
