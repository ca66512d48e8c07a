# mistake: the probability 1 - t / f, without the square root
# exercise: discard
# status: failed
# message: square root is missing

def discard(idx):
    f = counter[idx_to_token[idx]] / num_tokens
    return random.uniform(0, 1) < 1 - 1e-4 / f
