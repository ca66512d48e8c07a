# mistake: none: excludes the three query words, as many implementations do
# exercise: get_analogy
# status: passed
# message:

def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed.get_vecs_by_tokens([token_a, token_b, token_c])
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(embed.idx_to_vec, x, 4)
    for i in topk:
        if embed.idx_to_token[i] not in (token_a, token_b, token_c):
            return embed.idx_to_token[i]
