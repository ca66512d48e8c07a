# mistake: the book's text formula: width w*s*sqrt(r) pixels, i.e. the normalised width not scaled by h/w
# exercise: multibox_prior
# status: partial
# message: not scaled by h / w

def multibox_prior(data, sizes, ratios):
    h, w = data.shape[-2:]
    pairs = [(s, ratios[0]) for s in sizes] + [(sizes[0], r) for r in ratios[1:]]
    out = []
    for i in range(h):
        for j in range(w):
            x, y = (j + 0.5) / w, (i + 0.5) / h
            for s, r in pairs:
                bw, bh = s * math.sqrt(r), s / math.sqrt(r)
                out.append([x - bw / 2, y - bh / 2, x + bw / 2, y + bh / 2])
    return nd.array(out).reshape((1, -1, 4))
