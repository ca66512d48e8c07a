# mistake: none: Counter intersection and a log-sum
# exercise: bleu
# status: passed

def bleu(pred_tokens, label_tokens, k):
    def grams(t, n):
        return collections.Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))
    log_score = min(0, 1 - len(label_tokens) / len(pred_tokens))
    for n in range(1, k + 1):
        matched = sum((grams(pred_tokens, n) & grams(label_tokens, n)).values())
        if matched == 0:
            return 0.0
        log_score += 0.5 ** n * math.log(matched / (len(pred_tokens) - n + 1))
    return math.exp(log_score)
