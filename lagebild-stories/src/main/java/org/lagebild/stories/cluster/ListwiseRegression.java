package org.lagebild.stories.cluster;

import java.util.List;

/**
 * A listwise (softmax) linear model over an article's candidate stories plus a "new story" option,
 * after Miranda et al. (EMNLP 2018), who rank an article's candidates and then decide join or new:
 * candidate k of a group scores {@code s_k = bias + Σ w·x_k}, the new-story option scores 0, and
 * the probability of each is its softmax share. Fitted by Newton's method with an L2 penalty on
 * standardised weights (as {@link LogisticRegression}); the result is given in raw feature space, so
 * {@code sigmoid(s_k)} is the probability of k against opening a story when k is the only candidate,
 * which is how {@link StoryModel.Weights#probability} reads it. Deterministic; stateless.
 */
public final class ListwiseRegression {
    private ListwiseRegression() {
    }

    /**
     * Fits groups of examples: {@code group[i]} numbers the article of row {@code i} (rows of one
     * article adjacent), {@code y[i]} marks the article's gold story (at most one per group; none:
     * the article opened a story or woke one), {@code groupWeight} is each row's group weight.
     */
    public static LogisticRegression.Fit fit(List<double[]> x, int[] group, boolean[] y, double[] groupWeight, double l2) {
        int n = x.size();
        if (n == 0 || group.length != n || y.length != n || groupWeight.length != n) {
            throw new IllegalArgumentException("need a group, label and weight per example, and one example: " + n);
        }
        int d = x.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
            if (sd[j] < 1e-9) {
                sd[j] = 1;
            }
        }
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x.get(i)[j] - mean[j]) / sd[j];
            }
        }
        double[] beta = new double[d + 1];
        double loss = Double.NaN;
        double total = 0;
        int it = 0;
        for (; it < 100; it++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            loss = 0;
            total = 0;
            for (int start = 0; start < n; ) {
                int end = start;
                while (end < n && group[end] == group[start]) {
                    end++;
                }
                double gw = groupWeight[start];
                total += gw;
                // softmax over the group's candidates and the new-story option (score 0)
                double max = 0;
                double[] s = new double[end - start];
                for (int i = start; i < end; i++) {
                    s[i - start] = dot(beta, z[i]);
                    max = Math.max(max, s[i - start]);
                }
                double norm = Math.exp(-max);
                for (double v : s) {
                    norm += Math.exp(v - max);
                }
                double[] mix = new double[d + 1];
                boolean anyGold = false;
                for (int i = start; i < end; i++) {
                    double p = Math.exp(s[i - start] - max) / norm;
                    if (y[i]) {
                        anyGold = true;
                        loss -= gw * Math.log(Math.max(1e-300, p));
                    }
                    for (int a = 0; a <= d; a++) {
                        grad[a] += gw * ((y[i] ? 1 : 0) - p) * z[i][a];
                        mix[a] += p * z[i][a];
                        for (int b = 0; b <= a; b++) {
                            hess[a][b] += gw * p * z[i][a] * z[i][b];
                        }
                    }
                }
                if (!anyGold) {
                    loss -= gw * Math.log(Math.max(1e-300, Math.exp(-max) / norm));
                }
                for (int a = 0; a <= d; a++) {
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] -= gw * mix[a] * mix[b];
                    }
                }
                start = end;
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= l2 * beta[a];
                hess[a][a] += l2;
                loss += 0.5 * l2 * beta[a] * beta[a];
            }
            hess[0][0] += 1e-9;
            for (int a = 0; a <= d; a++) {
                for (int b = a + 1; b <= d; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            double[] step = LogisticRegression.solve(hess, grad);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] w = new double[d];
        double bias = beta[0];
        for (int j = 0; j < d; j++) {
            w[j] = beta[j + 1] / sd[j];
            bias -= w[j] * mean[j];
        }
        return new LogisticRegression.Fit(bias, w, it + 1, loss / total);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
