# mistake: looks the count up by index, counter[idx], but counter is keyed by tokens
# exercise: discard
# status: error
# message: counter[idx_to_token[idx]]

def discard(idx):
    return random.uniform(0, 1) < 1 - math.sqrt(1e-4 / counter[idx] * num_tokens)
