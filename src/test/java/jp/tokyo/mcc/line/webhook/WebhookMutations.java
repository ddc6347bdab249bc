package jp.tokyo.mcc.line.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutated webhook bodies from a seed: a valid text event changed in one to three ways (other JSON types, missing
 * fields, huge strings, deep nesting, odd Unicode, control characters, duplicate keys), whole bodies broken (not JSON,
 * cut short, not UTF-8, no events array), and one body in a thousand of 1,000 events. Every mutated value carries {@link #SECRET}, so
 * a test can check that none reaches the log. Most bodies also carry a valid sibling event (a follow event with the
 * id {@code siblingPrefix + n}), which must be stored whenever the body is answered 200.
 */
final class WebhookMutations {

    static final String SECRET = "fzsecret";
    private static final ObjectMapper RAW = new ObjectMapper();
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FIELDS = {"type", "mode", "timestamp", "source", "source.type", "source.userId",
            "replyToken", "webhookEventId", "deliveryContext", "deliveryContext.isRedelivery", "message", "message.type",
            "message.text", "message.id", "message.quoteToken"};
    private static final String[] ODD = {"\uD800", "\uDC00x", "x\uDBFF", "👨‍👩‍👧‍👦", "\u202Eabc", "\uFEFF", "\uFFFF",
            "e\u0301\u0301\u0301", "𠮷野家", "Z\u0351\u0352\u0353\u0354", "\u0000", "\u0007", "\u001F", "\u007F", "\t\n\r",
            "\u2028\u2029", "\uDB40\uDC01", "ｱｲｳ", "😀😀😀"};

    private final Random random;
    private final String userPrefix;
    private final String siblingPrefix;
    private int counter;

    WebhookMutations(long seed, String userPrefix, String siblingPrefix) {
        this.random = new Random(seed);
        this.userPrefix = userPrefix;
        this.siblingPrefix = siblingPrefix;
    }

    /** One mutated body; {@code sibling} receives the id of the valid sibling event it carries (or null). */
    byte[] next(java.util.function.Consumer<String> sibling) {
        int n = counter++;
        int kind = random.nextInt(100);
        if (kind < 6) {
            return brokenBody(n);
        }
        ArrayNode events = NODES.arrayNode();
        if (n % 1000 == 999) {
            // 1,000 events: many families, some set aside, half of them in standby (recorded, not handled)
            for (int i = 0; i < 1000; i++) {
                ObjectNode event = validEvent(n * 1000L + i);
                if (i % 2 == 0) {
                    event.put("mode", "standby");
                }
                if (i % 97 == 0) {
                    mutate(event);
                }
                events.add(event);
            }
        } else if (kind < 10) {
            events.add(oddElement());
        } else {
            ObjectNode event = validEvent(n);
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                mutate(event);
            }
            events.add(event);
        }
        String siblingId = null;
        if (random.nextInt(10) < 8) {
            siblingId = siblingPrefix + n;
            ObjectNode follow = validEvent(n);
            follow.put("type", "follow");
            follow.remove("message");
            follow.putObject("follow").put("isUnblocked", false);
            follow.put("webhookEventId", siblingId);
            follow.put("replyToken", "fz-sibling-" + n);
            events.insert(random.nextInt(events.size() + 1), follow);
        }
        ObjectNode body = NODES.objectNode();
        body.put("destination", "Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        body.set("events", events);
        String text = write(body);
        if (random.nextInt(20) == 0) {
            // a duplicate key in the first event: Jackson keeps the last one
            text = text.replaceFirst("\\{\"type\":", "{\"type\":\"" + SECRET + "dup\",\"type\":");
        }
        if (siblingId != null) {
            sibling.accept(siblingId);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A body that is signed but cannot be read as a webhook body at all. */
    private byte[] brokenBody(int n) {
        String valid = write(NODES.objectNode().set("events", NODES.arrayNode().add(validEvent(n))));
        return switch (random.nextInt(9)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> new byte[0];
            case 2 -> ("[" + valid + "]").getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"events\":{\"0\":1}}".getBytes(StandardCharsets.UTF_8);
            case 4 -> ("\"" + SECRET + "\"").getBytes(StandardCharsets.UTF_8);
            case 5 -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) 0xFF; // not UTF-8
                yield bytes;
            }
            case 6 -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = 0; // a raw NUL byte
                yield bytes;
            }
            case 7 -> ("{\"events\":[" + "[".repeat(1500) + "]".repeat(1500) + "]}").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"events\":[" + valid + ",]}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private JsonNode oddElement() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(42);
            case 1 -> NODES.textNode(SECRET);
            case 2 -> NODES.nullNode();
            case 3 -> NODES.arrayNode().add(SECRET);
            case 4 -> NODES.objectNode();
            default -> NODES.booleanNode(true);
        };
    }

    ObjectNode validEvent(long n) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "message");
        event.put("mode", "active");
        event.put("timestamp", 1_700_000_000_000L + n);
        event.putObject("source").put("type", "user").put("userId", userPrefix + Long.toHexString(n % 40));
        event.put("webhookEventId", "fz-" + userPrefix + "-" + n);
        event.putObject("deliveryContext").put("isRedelivery", false);
        event.put("replyToken", "fz-token-" + n);
        ObjectNode message = event.putObject("message");
        message.put("id", String.valueOf(n));
        message.put("type", "text");
        message.put("quoteToken", "q");
        message.put("text", "fuzz " + n);
        return event;
    }

    private void mutate(ObjectNode event) {
        String path = FIELDS[random.nextInt(FIELDS.length)];
        int dot = path.indexOf('.');
        ObjectNode parent = dot < 0 ? event : event.path(path.substring(0, dot)) instanceof ObjectNode o ? o : event;
        String field = dot < 0 ? path : path.substring(dot + 1);
        switch (random.nextInt(6)) {
            case 0 -> parent.set(field, otherType());
            case 1 -> parent.remove(field);
            case 2 -> parent.put(field, SECRET + "x".repeat(new int[] {60, 100, 1000, 65_536, 300_000}[random.nextInt(5)]));
            case 3 -> parent.set(field, nested(new int[] {5, 40, 300, 900}[random.nextInt(4)]));
            case 4 -> parent.put(field, SECRET + ODD[random.nextInt(ODD.length)] + ODD[random.nextInt(ODD.length)]);
            default -> parent.put(field + SECRET, SECRET);
        }
    }

    private JsonNode otherType() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(1.5e300);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(SECRET).add(1);
            case 5 -> NODES.objectNode().put(SECRET, SECRET);
            case 6 -> NODES.textNode("");
            default -> NODES.numberNode(new java.math.BigInteger("9".repeat(400)));
        };
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.textNode(SECRET);
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    /** Half the bodies with non-ASCII characters escaped (so unpaired surrogates travel as \\uD800), half raw UTF-8. */
    private String write(JsonNode body) {
        try {
            return (random.nextBoolean() ? ASCII : RAW).writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bodies that are not signed (or wrongly): each names its events {@code unsignedPrefix + n}. */
    static List<byte[]> unsigned(int count, String unsignedPrefix, String userPrefix) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode event = new WebhookMutations(i, userPrefix, "-").validEvent(i);
            event.put("webhookEventId", unsignedPrefix + i);
            ObjectNode body = NODES.objectNode();
            body.set("events", NODES.arrayNode().add(event));
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }
}
