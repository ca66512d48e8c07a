# mistake: none: slices a NumPy array and converts each minibatch, with a generator expression
# exercise: data_iter_consecutive
# status: passed
# message: continues in the next minibatch

def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    data = np.array(corpus_indices)
    batch_len = len(data) // batch_size
    rows = data[:batch_size * batch_len].reshape(batch_size, batch_len)
    starts = range(0, (batch_len - 1) // num_steps * num_steps, num_steps)
    return ((nd.array(rows[:, s:s + num_steps], ctx), nd.array(rows[:, s + 1:s + 1 + num_steps], ctx))
            for s in starts)
