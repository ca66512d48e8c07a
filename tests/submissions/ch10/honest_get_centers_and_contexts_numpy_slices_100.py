# mistake: none: NumPy's generator, slices, contexts right side first
# exercise: get_centers_and_contexts
# status: passed

def get_centers_and_contexts(dataset, max_window_size):
    centers, contexts = [], []
    for sentence in filter(lambda s: len(s) > 1, dataset):
        for i, word in enumerate(sentence):
            w = int(np.random.randint(1, max_window_size + 1))
            centers.append(word)
            contexts.append(list(sentence[i + 1:i + 1 + w]) + list(sentence[max(0, i - w):i]))
    return centers, contexts
