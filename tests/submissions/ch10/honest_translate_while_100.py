# mistake: none: a while loop, argmax through NumPy, vocabulary lookups by to_indices/to_tokens
# exercise: translate
# status: passed

def translate(encoder, decoder, input_seq, max_seq_len):
    words = input_seq.split(' ')
    words = words + [EOS] + [PAD] * (max_seq_len - len(words) - 1)
    enc_output, enc_state = encoder(nd.array([in_vocab.to_indices(words)]),
                                    encoder.begin_state(batch_size=1))
    state = decoder.begin_state(enc_state)
    token = out_vocab.to_indices(BOS)
    result = []
    while len(result) < max_seq_len:
        scores, state = decoder(nd.array([token]), state, enc_output)
        token = int(np.argmax(scores.asnumpy()[0]))
        word = out_vocab.to_tokens(token)
        if word == EOS:
            break
        result.append(word)
    return result
