# mistake: none: NumPy's choice with the context words' weights set to zero
# exercise: get_negatives
# status: passed

def get_negatives(all_contexts, sampling_weights, K):
    weights = np.asarray(sampling_weights, dtype=np.float64)
    out = []
    for contexts in all_contexts:
        w = weights.copy()
        w[list(contexts)] = 0
        out.append(np.random.choice(len(w), size=len(contexts) * K, p=w / w.sum()).tolist())
    return out
