package org.lagebild.stories.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * Binary logistic regression fitted by Newton's method (iteratively reweighted least squares) with
 * an L2 penalty, on standardised features; the result is given back in the raw feature space.
 * Small and exact for the few dozen features of {@link PairFeatures}: each step solves a
 * (d+1)×(d+1) system. Deterministic; stateless.
 */
public final class LogisticRegression {
    private LogisticRegression() {
    }

    /** Weights in raw feature space: {@code p = sigmoid(bias + Σ weights[i]·x[i])}. */
    public record Fit(double bias, double[] weights, int iterations, double logLoss) {
    }

    /**
     * Fits {@code y ~ x}. {@code l2} penalises the standardised weights (not the bias); examples
     * count with {@code sampleWeight} (null: 1 each).
     */
    public static Fit fit(List<double[]> x, boolean[] y, double[] sampleWeight, double l2) {
        int n = x.size();
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one: " + n + " / " + y.length);
        }
        int d = x.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sw = sampleWeight == null ? 1 : sampleWeight[i];
            total += sw;
            for (int j = 0; j < d; j++) {
                mean[j] += sw * x.get(i)[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= total;
        }
        for (int i = 0; i < n; i++) {
            double sw = sampleWeight == null ? 1 : sampleWeight[i];
            for (int j = 0; j < d; j++) {
                double c = x.get(i)[j] - mean[j];
                sd[j] += sw * c * c;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / total);
            if (sd[j] < 1e-9) {
                sd[j] = 1; // a constant feature: its weight stays 0 under the penalty
            }
        }
        // beta[0] is the bias, beta[1..d] the standardised weights
        double[] beta = new double[d + 1];
        double[] z = new double[d + 1];
        z[0] = 1;
        int it = 0;
        double loss = Double.NaN;
        for (; it < 100; it++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            loss = 0;
            for (int i = 0; i < n; i++) {
                double[] xi = x.get(i);
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (xi[j] - mean[j]) / sd[j];
                }
                double p = sigmoid(dot(beta, z));
                double sw = sampleWeight == null ? 1 : sampleWeight[i];
                double r = (y[i] ? 1 : 0) - p;
                double w = sw * Math.max(p * (1 - p), 1e-12);
                loss -= sw * Math.log(Math.max(1e-15, y[i] ? p : 1 - p));
                for (int a = 0; a <= d; a++) {
                    grad[a] += sw * r * z[a];
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= l2 * beta[a];
                hess[a][a] += l2;
                loss += 0.5 * l2 * beta[a] * beta[a];
            }
            for (int a = 0; a <= d; a++) {
                for (int b = a + 1; b <= d; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            double[] step = solve(hess, grad);
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
        return new Fit(bias, w, it + 1, loss / total);
    }

    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a·x = b} by Gaussian elimination with partial pivoting (a is positive definite here). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            if (Math.abs(m[c][c]) < 1e-12) {
                m[c][c] = 1e-12;
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
