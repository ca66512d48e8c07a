# mistake: masks with -inf: a source of valid length 0 gives NaN
# exercise: attention_forward
# status: partial
# message: valid length 0 gives NaN

def attention_forward(model, enc_states, dec_state, valid_len=None):
    dec_states = nd.broadcast_axis(
        dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    e = model(nd.concat(enc_states, dec_states, dim=2))
    if valid_len is not None:
        mask = nd.broadcast_lesser(nd.arange(enc_states.shape[0]).reshape((-1, 1, 1)),
                                   valid_len.reshape((1, -1, 1)))
        mask = nd.broadcast_like(mask, e)
        e = nd.where(mask, e, nd.full(e.shape, -float('inf')))
    alpha = nd.softmax(e, axis=0)
    if valid_len is not None:
        alpha = alpha * mask
    return (alpha * enc_states).sum(axis=0)
