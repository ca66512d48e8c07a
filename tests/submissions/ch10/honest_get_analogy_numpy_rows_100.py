# mistake: none: rows by token_to_idx, cosines in NumPy, no knn
# exercise: get_analogy
# status: passed
# message:

def get_analogy(token_a, token_b, token_c, embed):
    M = embed.idx_to_vec.asnumpy()
    a, b, c = (M[embed.token_to_idx[t]] for t in (token_a, token_b, token_c))
    x = b - a + c
    cos = M @ x / (np.linalg.norm(M, axis=1) * np.linalg.norm(x) + 1e-9)
    return embed.idx_to_token[int(np.argmax(cos))]
