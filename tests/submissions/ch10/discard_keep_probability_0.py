# mistake: returns True with the probability of keeping the word, sqrt(t / f)
# exercise: discard
# status: failed
# message: probability of keeping

def discard(idx):
    return random.uniform(0, 1) < math.sqrt(1e-4 / counter[idx_to_token[idx]] * num_tokens)
