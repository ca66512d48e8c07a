# mistake: returns the index of the answer instead of the token
# exercise: get_analogy
# status: failed
# message: the index of the answer

def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed.get_vecs_by_tokens([token_a, token_b, token_c])
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(embed.idx_to_vec, x, 1)
    return int(topk[0])
