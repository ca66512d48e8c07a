# mistake: none: uses masked_softmax on the scores moved to (batch, 1, num_steps)
# exercise: attention_forward
# status: passed
# message: 

def attention_forward(model, enc_states, dec_state, valid_len=None):
    T = enc_states.shape[0]
    dec_states = nd.stack(*([dec_state] * T))
    e = model(nd.concat(enc_states, dec_states, dim=-1))
    alpha = masked_softmax(e.transpose((1, 2, 0)), valid_len)  # (batch, 1, T)
    return nd.batch_dot(alpha, enc_states.transpose((1, 0, 2))).reshape((0, -1))
