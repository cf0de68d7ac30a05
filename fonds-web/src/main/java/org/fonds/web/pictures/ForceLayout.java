package org.fonds.web.pictures;

/**
 * Places the nodes of a weighted graph in the unit square (Fruchterman and Reingold's forces): all
 * nodes push each other apart, an edge pulls its two ends together in proportion to its weight,
 * and a pull to the centre keeps groups that share no edge near the rest. The result is stretched
 * to fill the square (nothing is clamped at the border, where nodes would pile up). It starts from a circle in the
 * nodes' order and runs a fixed number of steps with StrictMath, so the same graph always gets the
 * same picture, on any machine.
 */
final class ForceLayout {
    static final int STEPS = 300;
    static final double GRAVITY = 1.0;

    private ForceLayout() {
    }

    /** Positions (x, y in 0..1) of nodes 0..n-1; {@code weights[i][j]} is the weight of edge i-j (0: none). */
    static double[][] place(int[][] weights) {
        int n = weights.length;
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            double angle = 2 * StrictMath.PI * i / Math.max(1, n);
            p[i][0] = n == 1 ? 0.5 : 0.5 + 0.4 * StrictMath.cos(angle);
            p[i][1] = n == 1 ? 0.5 : 0.5 + 0.4 * StrictMath.sin(angle);
        }
        int max = 1;
        for (int[] row : weights) for (int w : row) max = Math.max(max, w);
        double k = 1.5 * StrictMath.sqrt(1.0 / Math.max(1, n)); // a little more room than the textbook, for the names
        for (int step = 0; step < STEPS; step++) {
            double heat = 0.1 * (1 - (double) step / STEPS) + 0.002;
            move(p, forces(p, weights, max, k), heat);
        }
        return fitted(p);
    }

    private static double[][] forces(double[][] p, int[][] weights, int max, double k) {
        int n = p.length;
        double[][] d = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = p[i][0] - p[j][0];
                double dy = p[i][1] - p[j][1];
                double dist = Math.max(StrictMath.hypot(dx, dy), 1e-4);
                double push = k * k / dist;
                double pull = weights[i][j] == 0 ? 0 : dist * dist / k * weights[i][j] / max;
                double f = (push - pull) / dist;
                d[i][0] += dx * f;
                d[i][1] += dy * f;
                d[j][0] -= dx * f;
                d[j][1] -= dy * f;
            }
            // a spring to the centre, so that groups who never sat together stay in the picture
            d[i][0] += (0.5 - p[i][0]) * GRAVITY;
            d[i][1] += (0.5 - p[i][1]) * GRAVITY;
        }
        return d;
    }

    private static void move(double[][] p, double[][] d, double heat) {
        for (int i = 0; i < p.length; i++) {
            double len = StrictMath.hypot(d[i][0], d[i][1]);
            if (len == 0) continue;
            double step = Math.min(len, heat) / len;
            p[i][0] += d[i][0] * step;
            p[i][1] += d[i][1] * step;
        }
    }

    /** Stretched to fill the unit square, so the picture uses its whole frame. */
    private static double[][] fitted(double[][] p) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        for (double[] q : p) {
            q[0] = w < 1e-9 ? 0.5 : (q[0] - minX) / w;
            q[1] = h < 1e-9 ? 0.5 : (q[1] - minY) / h;
        }
        return p;
    }
}
