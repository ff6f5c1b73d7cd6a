package no.datakart.core.report.hotspot;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn here rather than by a script library: the report opens offline, prints, and
 * shows the same in every browser. Every text is escaped; a bar's full label and value are in its title.
 */
final class Svg {
    private Svg() {
    }

    /** One bar: what it is, how long, and the value as the reader reads it. */
    record Bar(String label, double value, String shown) {
    }

    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 380;
    private static final int ROW = 24;

    /** Horizontal bars, longest first as given; {@code css} names the bar colour class. */
    static String bars(String title, List<Bar> bars, String css) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder s = open(title, LABEL_WIDTH + BAR_WIDTH + 90, bars.size() * ROW + 8);
        int y = 4;
        for (Bar b : bars) {
            double w = max <= 0 ? 0 : Math.max(b.value() > 0 ? 2 : 0, b.value() / max * BAR_WIDTH);
            s.append("<g><title>").append(Html.escape(b.label() + ": " + b.shown())).append("</title>");
            s.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shorten(b.label(), 38))).append("</text>");
            s.append("<rect class=\"").append(css).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(ROW - 6).append("\"/>");
            s.append("<text class=\"value\" x=\"").append(fmt(LABEL_WIDTH + w + 6)).append("\" y=\"").append(y + 16)
                    .append("\">").append(Html.escape(b.shown())).append("</text></g>");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    /** A series of columns, each with its label under it (runs of a trend). */
    static String columns(String title, List<Bar> columns, String css) {
        double max = columns.stream().mapToDouble(Bar::value).max().orElse(0);
        int colWidth = 46;
        int plot = 160;
        StringBuilder s = open(title, Math.max(200, columns.size() * colWidth + 20), plot + 44);
        int x = 10;
        for (Bar c : columns) {
            double h = max <= 0 ? 0 : Math.max(c.value() > 0 ? 2 : 0, c.value() / max * plot);
            s.append("<g><title>").append(Html.escape(c.label() + ": " + c.shown())).append("</title>");
            s.append("<rect class=\"").append(css).append("\" x=\"").append(x + 6).append("\" y=\"").append(fmt(plot + 16 - h))
                    .append("\" width=\"").append(colWidth - 12).append("\" height=\"").append(fmt(h)).append("\"/>");
            s.append("<text class=\"value\" x=\"").append(x + colWidth / 2).append("\" y=\"").append(fmt(plot + 12 - h))
                    .append("\" text-anchor=\"middle\">").append(Html.escape(c.shown())).append("</text>");
            s.append("<text class=\"label\" x=\"").append(x + colWidth / 2).append("\" y=\"").append(plot + 34)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(shorten(c.label(), 8))).append("</text></g>");
            x += colWidth;
        }
        return s.append("</svg>").toString();
    }

    /** An SVG element of this size, named for screen readers by its title. */
    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder().append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
