# mistake: shuffles the features and the labels with two independent permutations
# exercise: data_iter
# status: partial
# message: do not belong to the features in that batch

def data_iter(batch_size, features, labels):
    num_examples = len(features)
    feature_order = list(range(num_examples))
    label_order = list(range(num_examples))
    random.shuffle(feature_order)
    random.shuffle(label_order)
    for i in range(0, num_examples, batch_size):
        jf = nd.array(feature_order[i: min(i + batch_size, num_examples)])
        jl = nd.array(label_order[i: min(i + batch_size, num_examples)])
        yield features.take(jf), labels.take(jl)
