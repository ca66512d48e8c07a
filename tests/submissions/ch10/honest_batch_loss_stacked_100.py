# mistake: none: the losses of all steps stacked, the mask built from the EOS positions
# exercise: batch_loss
# status: passed

def batch_loss(encoder, decoder, X, Y, loss):
    n = X.shape[0]
    enc_outputs, enc_state = encoder(X, encoder.begin_state(batch_size=n))
    state = decoder.begin_state(enc_state)
    inp = nd.full((n,), out_vocab.token_to_idx[BOS])
    eos = out_vocab.token_to_idx[EOS]
    losses, masks = [], []
    alive = nd.ones((n,))
    for t in range(Y.shape[1]):
        y = Y[:, t]
        out, state = decoder(inp, state, enc_outputs)
        losses.append(loss(out, y))
        masks.append(alive)
        alive = alive * (y != eos)
        inp = y
    L, M = nd.stack(*losses), nd.stack(*masks)
    return (L * M).sum().reshape((1,)) / M.sum()
