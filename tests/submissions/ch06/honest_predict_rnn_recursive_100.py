# mistake: none: a recursive helper feeds one character per call
# exercise: predict_rnn
# status: passed
# message: drives any model it is given

def predict_rnn(prefix, num_chars, rnn, params, init_rnn_state,
                num_hiddens, vocab_size, ctx, idx_to_char, char_to_idx):
    last_step = num_chars + len(prefix) - 1

    def go(output, state, t):
        if t == last_step:
            return output
        X = to_onehot(nd.array([output[-1]], ctx=ctx), vocab_size)
        Y, state = rnn(X, state, params)
        if t < len(prefix) - 1:
            nxt = char_to_idx[prefix[t + 1]]
        else:
            nxt = int(Y[0].argmax(axis=1).asscalar())
        return go(output + [nxt], state, t + 1)

    output = go([char_to_idx[prefix[0]]], init_rnn_state(1, num_hiddens, ctx), 0)
    return ''.join(idx_to_char[i] for i in output)
