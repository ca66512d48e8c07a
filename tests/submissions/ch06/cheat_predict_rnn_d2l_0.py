# mistake: delegates to the course library's predict_rnn
# exercise: predict_rnn
# status: forbidden
# message: d2l.predict_rnn

def predict_rnn(prefix, num_chars, rnn, params, init_rnn_state,
                num_hiddens, vocab_size, ctx, idx_to_char, char_to_idx):
    return d2l.predict_rnn(prefix, num_chars, rnn, params, init_rnn_state, num_hiddens,
                           vocab_size, ctx, idx_to_char, char_to_idx)
