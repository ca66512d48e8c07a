# mistake: none: W_h h + W_s s with the first layer's weight split by columns, then the second layer
# exercise: attention_forward
# status: passed
# message: 

def attention_forward(model, enc_states, dec_state, valid_len=None):
    hidden, out = model[0], model[1]
    W = hidden.weight.data()
    n = enc_states.shape[-1]
    W_h, W_s = W[:, :n], W[:, n:]
    pre = nd.broadcast_add(nd.dot(enc_states, W_h.T), nd.dot(dec_state, W_s.T).expand_dims(0))
    e = out(nd.tanh(pre))  # (num_steps, batch, 1)
    if valid_len is not None:
        e = nd.SequenceMask(e, valid_len, use_sequence_length=True, value=-1e6)
    w = nd.exp(nd.broadcast_sub(e, e.max(axis=0, keepdims=True)))
    if valid_len is not None:
        w = nd.SequenceMask(w, valid_len, use_sequence_length=True, value=0)
    total = w.sum(axis=0, keepdims=True)
    w = nd.broadcast_div(w, total + (total == 0))
    return nd.broadcast_mul(w, enc_states).sum(axis=0)
