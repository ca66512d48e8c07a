# mistake: the center is not removed from its window
# exercise: get_centers_and_contexts
# status: partial
# message: center word is among its own contexts

def get_centers_and_contexts(dataset, max_window_size):
    centers, contexts = [], []
    for st in dataset:
        if len(st) < 2:  # 每个句子至少要有2个词才可能组成一对“中心词-背景词”
            continue
        centers += st
        for center_i in range(len(st)):
            window_size = random.randint(1, max_window_size)
            indices = list(range(max(0, center_i - window_size),
                                 min(len(st), center_i + 1 + window_size)))
            contexts.append([st[idx] for idx in indices])
    return centers, contexts
