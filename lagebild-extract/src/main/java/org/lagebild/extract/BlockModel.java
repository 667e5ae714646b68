package org.lagebild.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression over standardised {@link BlockFeatures}: P(boilerplate) of one kept body block, and the
 * threshold above which the extractor drops it (rule {@code model.block-veto}). Immutable.
 *
 * <p>File format (tab-separated; {@code #} lines are comments): {@code threshold T}, {@code bias B}, then one row
 * per feature {@code name mean sd weight}. Every feature of {@link BlockFeatures#NAMES} must have a row.
 */
public final class BlockModel {

    /** The committed model's resource name, beside the other data files. */
    public static final String RESOURCE = "block-model.tsv";
    /** The rule id of a block the model drops. */
    public static final String RULE = "model.block-veto";

    private final double[] mean;
    private final double[] sd;
    private final double[] weight;
    private final double bias;
    private final double threshold;

    public BlockModel(double[] mean, double[] sd, double[] weight, double bias, double threshold) {
        int n = BlockFeatures.NAMES.size();
        if (mean.length != n || sd.length != n || weight.length != n) {
            throw new IllegalArgumentException("a block model needs " + n + " features");
        }
        this.mean = mean.clone();
        this.sd = sd.clone();
        this.weight = weight.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold. */
    public BlockModel withThreshold(double t) {
        return new BlockModel(mean, sd, weight, bias, t);
    }

    /** P(boilerplate) for one feature vector. */
    public double probability(double[] f) {
        double z = bias;
        for (int i = 0; i < weight.length; i++) {
            z += weight[i] * (f[i] - mean[i]) / sd[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The committed model, or null when none is committed. */
    public static BlockModel committed() {
        InputStream in = BlockModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model file. */
    public static BlockModel read(InputStream in) throws IOException {
        List<String> names = BlockFeatures.NAMES;
        int n = names.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] weight = new double[n];
        boolean[] seen = new boolean[n];
        double bias = Double.NaN;
        double threshold = Double.NaN;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            switch (c[0]) {
                case "threshold" -> threshold = Double.parseDouble(c[1]);
                case "bias" -> bias = Double.parseDouble(c[1]);
                case "feature" -> { } // header
                default -> {
                    int i = names.indexOf(c[0]);
                    if (i < 0 || c.length < 4) {
                        throw new IOException("block model: unknown feature or short row: " + line);
                    }
                    mean[i] = Double.parseDouble(c[1]);
                    sd[i] = Double.parseDouble(c[2]);
                    weight[i] = Double.parseDouble(c[3]);
                    seen[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                throw new IOException("block model: no row for feature " + names.get(i));
            }
        }
        if (Double.isNaN(bias) || Double.isNaN(threshold)) {
            throw new IOException("block model: bias or threshold missing");
        }
        return new BlockModel(mean, sd, weight, bias, threshold);
    }

    /** The model file's text (see the class comment). */
    public String write(String comment) {
        StringBuilder s = new StringBuilder();
        for (String line : comment.split("\n")) {
            s.append("# ").append(line).append('\n');
        }
        s.append("threshold\t").append(fmt(threshold)).append('\n');
        s.append("bias\t").append(fmt(bias)).append('\n');
        s.append("feature\tmean\tsd\tweight\n");
        for (int i = 0; i < weight.length; i++) {
            s.append(BlockFeatures.NAMES.get(i)).append('\t').append(fmt(mean[i])).append('\t').append(fmt(sd[i]))
                    .append('\t').append(fmt(weight[i])).append('\n');
        }
        return s.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    @Override
    public String toString() {
        return "BlockModel" + Arrays.toString(weight) + " bias " + bias + " threshold " + threshold;
    }
}
