# mistake: none: returns the centers as a NumPy array (the book's pipeline takes any sequence)
# exercise: get_centers_and_contexts
# status: passed
# message:

def get_centers_and_contexts(dataset, max_window_size):
    centers, contexts = [], []
    for st in dataset:
        if len(st) < 2:
            continue
        for i in range(len(st)):
            w = random.randint(1, max_window_size)
            centers.append(st[i])
            contexts.append(st[max(0, i - w):i] + st[i + 1:i + 1 + w])
    return np.array(centers), contexts
