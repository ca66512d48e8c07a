# mistake: draws one window size per sentence instead of one per center
# exercise: get_centers_and_contexts
# status: partial
# message: drawn once per sentence

def get_centers_and_contexts(dataset, max_window_size):
    centers, contexts = [], []
    for st in dataset:
        if len(st) < 2:
            continue
        w = random.randint(1, max_window_size)
        for i, c in enumerate(st):
            centers.append(c)
            contexts.append(st[max(0, i - w):i] + st[i + 1:i + 1 + w])
    return centers, contexts
