# mistake: compares with > instead of <, so it discards with probability sqrt(t / f)
# exercise: discard
# status: failed
# message: comparison is reversed

def discard(idx):
    return random.uniform(0, 1) > 1 - math.sqrt(
        1e-4 / counter[idx_to_token[idx]] * num_tokens)
