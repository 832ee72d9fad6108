package org.aanboord.synthetic;

import java.util.List;

/** A choice among values with given weights (summing to 1), made from one uniform draw in [0, 1). */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    Weighted(List<T> values, double... weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException(values.size() + " values but " + weights.length + " weights");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T pick(double draw) {
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
