# mistake: its own search by dot product, not cosine
# exercise: get_analogy
# status: partial
# message: dot product

def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed.get_vecs_by_tokens([token_a, token_b, token_c])
    x = vecs[1] - vecs[0] + vecs[2]
    scores = nd.dot(embed.idx_to_vec, x)
    return embed.idx_to_token[int(scores.argmax(axis=0).asscalar())]
