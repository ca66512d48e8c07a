# mistake: none: returns a tuple of tuples, built with a generator of pairs
# exercise: get_centers_and_contexts
# status: passed

def _pairs(dataset, max_window_size):
    for st in dataset:
        if len(st) >= 2:
            for i in range(len(st)):
                w = random.choice(range(1, max_window_size + 1))
                yield st[i], tuple(st[j] for j in range(len(st)) if 0 < abs(j - i) <= w)


def get_centers_and_contexts(dataset, max_window_size):
    pairs = list(_pairs(dataset, max_window_size))
    return tuple(c for c, _ in pairs), tuple(ctx for _, ctx in pairs)
