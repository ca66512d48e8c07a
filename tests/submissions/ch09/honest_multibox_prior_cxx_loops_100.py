# mistake: none: the loops of MXNet's C++ operator, line by line, into a NumPy array
# exercise: multibox_prior
# status: passed
# message: matches MultiBoxPrior

def multibox_prior(data, sizes, ratios):
    in_height, in_width = data.shape[2], data.shape[3]
    out = np.zeros((in_height * in_width * (len(sizes) + len(ratios) - 1), 4), 'float32')
    count = 0
    for r in range(in_height):
        center_y = (r + 0.5) / in_height
        for c in range(in_width):
            center_x = (c + 0.5) / in_width
            pairs = [(s, ratios[0]) for s in sizes] + [(sizes[0], q) for q in ratios[1:]]
            for size, ratio in pairs:
                ratio = math.sqrt(ratio)
                w = size * in_height / in_width * ratio / 2
                h = size / ratio / 2
                out[count] = (center_x - w, center_y - h, center_x + w, center_y + h)
                count += 1
    return nd.array(out).expand_dims(axis=0)
