# mistake: none: NumPy's generator and an explicit max(0, .)
# exercise: discard
# status: passed

def discard(idx):
    f = counter[idx_to_token[idx]] / num_tokens
    p = max(0.0, 1.0 - np.sqrt(1e-4 / f))
    return bool(np.random.rand() < p)
