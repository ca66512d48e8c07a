# mistake: none: one random.choices draw at a time, a set built once per center
# exercise: get_negatives
# status: passed

def get_negatives(all_contexts, sampling_weights, K):
    words = range(len(sampling_weights))
    result = []
    for contexts in all_contexts:
        banned, negatives = set(contexts), []
        while len(negatives) < K * len(contexts):
            (neg,) = random.choices(words, weights=sampling_weights)
            if neg not in banned:
                negatives.append(neg)
        result.append(negatives)
    return result
