# mistake: f is the word's count, not normalised by num_tokens
# exercise: discard
# status: failed
# message: not normalised

def discard(idx):
    return random.uniform(0, 1) < 1 - math.sqrt(1e-4 / counter[idx_to_token[idx]])
