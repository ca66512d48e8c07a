# mistake: the brevity penalty with the lengths swapped (len_pred / len_label)
# exercise: bleu
# status: partial
# message: inverted

def bleu(pred_tokens, label_tokens, k):
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_pred / len_label))
    for n in range(1, k + 1):
        num_matches, label_subs = 0, collections.defaultdict(int)
        for i in range(len_label - n + 1):
            label_subs[tuple(label_tokens[i: i + n])] += 1
        for i in range(len_pred - n + 1):
            if label_subs[tuple(pred_tokens[i: i + n])] > 0:
                num_matches += 1
                label_subs[tuple(pred_tokens[i: i + n])] -= 1
        score *= math.pow(num_matches / (len_pred - n + 1), math.pow(0.5, n))
    return score
