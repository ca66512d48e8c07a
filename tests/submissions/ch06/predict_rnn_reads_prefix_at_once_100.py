# mistake: none: feeds the whole prefix in one call, then generates one step at a time
# exercise: predict_rnn
# status: passed
# message: continues a prefix greedily

def predict_rnn(prefix, num_chars, rnn, params, init_rnn_state,
                num_hiddens, vocab_size, ctx, idx_to_char, char_to_idx):
    state = init_rnn_state(1, num_hiddens, ctx)
    indices = [char_to_idx[c] for c in prefix]
    Y, state = rnn(to_onehot(nd.array([indices], ctx=ctx), vocab_size), state, params)
    for _ in range(num_chars):
        indices.append(int(Y[-1].argmax(axis=1).asscalar()))
        Y, state = rnn(to_onehot(nd.array([indices[-1:]], ctx=ctx), vocab_size), state, params)
    return ''.join(idx_to_char[i] for i in indices)
