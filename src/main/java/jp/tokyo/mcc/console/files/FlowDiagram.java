package jp.tokyo.mcc.console.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tokyo.mcc.conversation.FlowPreview;
import jp.tokyo.mcc.conversation.FlowPreview.Link;
import jp.tokyo.mcc.conversation.FlowPreview.LinkKind;

/**
 * A flow's states and transitions as an SVG drawn on the server (no script): the states in columns by how far they
 * are from the start (left to right), states of other flows as dashed boxes, global commands as one box "どこからでも"
 * on the left; arrows carry the choice's label. Every text is escaped; styling is by class (the console's CSS), so
 * the console's Content-Security-Policy needs no inline styles.
 */
final class FlowDiagram {

    static final int NODE_W = 150;
    static final int NODE_H = 44;
    static final int GAP_X = 90;
    static final int GAP_Y = 22;
    static final int MARGIN = 16;
    static final int LABEL_MAX = 10;
    static final String COMMANDS = " commands";

    private record Node(String key, String label, String sub, String css, int layer, int row) {
    }

    /** Where the boxes go: column and row, each column centred on the tallest. */
    private record Grid(Map<Integer, Integer> rows, int tallest) {

        int x(Node n) {
            return MARGIN + n.layer() * (NODE_W + GAP_X);
        }

        int y(Node n) {
            int offset = (tallest - rows.getOrDefault(n.layer(), 1)) * (NODE_H + GAP_Y) / 2;
            return MARGIN + offset + n.row() * (NODE_H + GAP_Y);
        }
    }

    private FlowDiagram() {
    }

    /**
     * @param anywhere the label of the box for global commands (e.g. どこからでも)
     * @param waits    short labels for what a state waits for, by {@link FlowPreview.State#waits()} ("" for none)
     */
    static String svg(FlowPreview flow, String anywhere, Map<String, String> waits) {
        Map<String, FlowPreview.State> states = new LinkedHashMap<>();
        flow.states().forEach(s -> states.put(s.id(), s));
        Map<String, Integer> layer = layers(flow, states);
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        for (FlowPreview.State s : flow.states()) {
            String css = s.end() ? "end" : s.waits() != null ? "waits" : "goes-on";
            if (s.id().equals(flow.start())) {
                css += " start";
            }
            int l = layer.get(s.id());
            nodes.put(s.id(), new Node(s.id(), s.id(), s.waits() == null ? (s.end() ? waits.getOrDefault("end", "") : "")
                    : waits.getOrDefault(s.waits(), s.waits()), css, l, next(rows, l)));
        }
        if (!flow.commands().isEmpty()) {
            // below the start: commands lead somewhere from any state
            nodes.put(COMMANDS, new Node(COMMANDS, anywhere, "", "command", 0, next(rows, 0)));
        }
        List<String[]> edges = new ArrayList<>(); // from key, to key, label, kind
        int outside = nodes.values().stream().mapToInt(Node::layer).max().orElse(0) + 1;
        for (FlowPreview.State s : flow.states()) {
            for (Link link : s.links()) {
                edges.add(new String[] {s.id(), target(flow, link, nodes, rows, outside), link.label(), link.kind().name()});
            }
        }
        for (Link link : flow.commands()) {
            edges.add(new String[] {COMMANDS, target(flow, link, nodes, rows, outside), link.label(),
                    LinkKind.COMMAND.name()});
        }
        int maxLayer = nodes.values().stream().mapToInt(Node::layer).max().orElse(0);
        int maxRow = nodes.values().stream().mapToInt(Node::row).max().orElse(0);
        Grid grid = new Grid(rows, maxRow + 1);
        int width = MARGIN * 2 + (maxLayer + 1) * NODE_W + maxLayer * GAP_X;
        int height = MARGIN * 2 + (maxRow + 1) * NODE_H + maxRow * GAP_Y + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow-diagram\" role=\"group\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"><title>").append(escape(flow.id())).append("</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                        + "class=\"arrow-head\"/></marker></defs>");
        for (String[] e : edges) {
            edge(svg, grid, nodes.get(e[0]), nodes.get(e[1]), e[2], e[3]);
        }
        for (Node n : nodes.values()) {
            node(svg, grid, n, states.containsKey(n.key()));
        }
        return svg.append("</svg>").toString();
    }

    /** Columns: breadth-first from the start and the commands' targets; states reached from nowhere come last. */
    private static Map<String, Integer> layers(FlowPreview flow, Map<String, FlowPreview.State> states) {
        Map<String, Integer> layer = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        if (flow.start() != null && states.containsKey(flow.start())) {
            layer.put(flow.start(), 0);
            todo.add(flow.start());
        }
        for (Link c : flow.commands()) {
            if (c.flow().equals(flow.id()) && states.containsKey(c.state()) && !layer.containsKey(c.state())) {
                layer.put(c.state(), 1);
                todo.add(c.state());
            }
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (Link link : states.get(id).links()) {
                if (link.flow().equals(flow.id()) && states.containsKey(link.state()) && !layer.containsKey(link.state())) {
                    layer.put(link.state(), layer.get(id) + 1);
                    todo.add(link.state());
                }
            }
        }
        int last = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        states.keySet().forEach(id -> layer.putIfAbsent(id, last));
        return layer;
    }

    /** The node a link leads to; a state of another flow (or a missing one) gets a dashed box of its own. */
    private static String target(FlowPreview flow, Link link, Map<String, Node> nodes, Map<Integer, Integer> rows,
                                 int outside) {
        if (link.flow().equals(flow.id()) && nodes.containsKey(link.state())) {
            return link.state();
        }
        String key = link.flow().equals(flow.id()) ? link.state() : link.flow() + ":" + link.state();
        if (!nodes.containsKey(key)) {
            nodes.put(key, new Node(key, key, "", link.flow().equals(flow.id()) ? "missing" : "external", outside,
                    next(rows, outside)));
        }
        return key;
    }

    private static int next(Map<Integer, Integer> rows, int layer) {
        int row = rows.getOrDefault(layer, 0);
        rows.put(layer, row + 1);
        return row;
    }

    private static void node(StringBuilder svg, Grid grid, Node n, boolean state) {
        int x = grid.x(n);
        int y = grid.y(n);
        if (state) {
            svg.append("<a href=\"#state-").append(escape(n.key())).append("\">");
        }
        svg.append("<g class=\"node ").append(n.css()).append("\"><rect x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(NODE_W).append("\" height=\"").append(NODE_H).append("\" rx=\"8\"/>")
                .append("<text x=\"").append(x + NODE_W / 2).append("\" y=\"").append(y + (n.sub().isEmpty() ? 27 : 19))
                .append("\" text-anchor=\"middle\" class=\"name\">").append(escape(cut(n.label(), 18))).append("</text>");
        if (!n.sub().isEmpty()) {
            svg.append("<text x=\"").append(x + NODE_W / 2).append("\" y=\"").append(y + 35)
                    .append("\" text-anchor=\"middle\" class=\"sub\">").append(escape(n.sub())).append("</text>");
        }
        svg.append("</g>");
        if (state) {
            svg.append("</a>");
        }
    }

    private static void edge(StringBuilder svg, Grid grid, Node from, Node to, String label, String kind) {
        int x1 = grid.x(from) + NODE_W;
        int y1 = grid.y(from) + NODE_H / 2;
        int x2 = grid.x(to);
        int y2 = grid.y(to) + NODE_H / 2;
        String d;
        int lx;
        int ly;
        String anchor;
        if (to.layer() > from.layer()) {
            int mid = (x1 + x2) / 2;
            d = "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
            // by the arrow's end, where the lines of one box's choices have parted
            lx = x2 - 8;
            ly = y2 - 5;
            anchor = "end";
        } else {
            // back to an earlier column (or the same one): around below both boxes
            int bx1 = grid.x(from) + NODE_W / 2;
            int by1 = grid.y(from) + NODE_H;
            int bx2 = grid.x(to) + NODE_W / 2;
            int by2 = grid.y(to) + NODE_H;
            int below = Math.max(by1, by2) + GAP_Y + 10;
            d = "M" + bx1 + "," + by1 + " C" + bx1 + "," + below + " " + bx2 + "," + below + " " + bx2 + "," + by2;
            lx = bx1 + 4;
            ly = by1 + 14;
            anchor = "start";
        }
        svg.append("<path class=\"edge ").append(kind.toLowerCase(Locale.ROOT)).append("\" d=\"").append(d)
                .append("\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
        if (label != null && !label.isBlank()) {
            svg.append("<text class=\"edge-label\" text-anchor=\"").append(anchor).append("\" x=\"").append(lx)
                    .append("\" y=\"").append(ly).append("\">").append(escape(cut(label, LABEL_MAX))).append("</text>");
        }
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s
                : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
