# mistake: searches near vec(c) instead of the computed vector: returns token_c itself
# exercise: get_analogy
# status: failed
# message: one of the query words

def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed.get_vecs_by_tokens([token_a, token_b, token_c])
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(embed.idx_to_vec, vecs[2], 1)
    return embed.idx_to_token[topk[0]]
