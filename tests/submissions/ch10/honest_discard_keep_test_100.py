# mistake: none: draws the keep test and negates it (random.random() >= p)
# exercise: discard
# status: passed

T = 1e-4


def discard(idx):
    count = counter[idx_to_token[idx]]
    keep = min(1.0, (T * num_tokens / count) ** 0.5)
    return not random.random() < keep
