# mistake: zeroes the padded weights after the softmax without renormalising
# exercise: attention_forward
# status: partial
# message: without renormalising

def attention_forward(model, enc_states, dec_state, valid_len=None):
    dec_states = nd.broadcast_axis(
        dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    e = model(nd.concat(enc_states, dec_states, dim=2))
    if valid_len is not None:
        mask = nd.broadcast_lesser(nd.arange(enc_states.shape[0]).reshape((-1, 1, 1)),
                                   valid_len.reshape((1, -1, 1)))
        mask = nd.broadcast_like(mask, e)
    alpha = nd.softmax(e, axis=0)
    if valid_len is not None:
        alpha = alpha * mask
    return (alpha * enc_states).sum(axis=0)
