# mistake: nd.SequenceMask with -1e6 only: a source of valid length 0 gets the average of all steps
# exercise: attention_forward
# status: partial
# message: average of all steps

def attention_forward(model, enc_states, dec_state, valid_len=None):
    dec_states = nd.broadcast_axis(
        dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    e = model(nd.concat(enc_states, dec_states, dim=2))
    if valid_len is not None:
        e = nd.SequenceMask(e, valid_len, use_sequence_length=True, value=-1e6)
    alpha = nd.softmax(e, axis=0)
    return (alpha * enc_states).sum(axis=0)
