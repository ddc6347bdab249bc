package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.tokyo.mcc.conversation.FlowPreview;
import jp.tokyo.mcc.conversation.FlowPreview.Chip;
import jp.tokyo.mcc.conversation.FlowPreview.Link;
import jp.tokyo.mcc.conversation.FlowPreview.LinkKind;
import jp.tokyo.mcc.conversation.FlowPreview.Message;
import jp.tokyo.mcc.conversation.FlowPreviews;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.NextCase;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.line.LineLimits;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A flow file's states as the engine sends them on entering each (say, then the question, the choices or the
 * buttons card), with LINE's limits flagged, and the links between states. Reads the file however broken it is (the
 * parser keeps what it can), so the preview follows the editor while the draft is still being written.
 */
@Component
class FlowPreviewer implements FlowPreviews {

    private final MessageSource messages;

    FlowPreviewer(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<FlowPreview> preview(String fileName, String content) {
        FlowParser.Result parsed = FlowParser.parse(fileName, content);
        Flow flow = parsed.flow();
        if (!parsed.flowFile() || flow == null) {
            return Optional.empty();
        }
        List<FlowPreview.State> states = new ArrayList<>();
        for (FlowState s : flow.states().values()) {
            states.add(state(flow, s));
        }
        List<Link> commands = new ArrayList<>();
        flow.commands().values().forEach(c -> {
            if (c.to() != null) {
                commands.add(link(LinkKind.COMMAND, c.chipLabel(), c.to()));
            }
        });
        return Optional.of(new FlowPreview(flow.id(), flow.title(), flow.start(), states, commands));
    }

    private FlowPreview.State state(Flow flow, FlowState s) {
        List<Message> sent = new ArrayList<>();
        s.say().forEach(t -> sent.add(FlowVocabulary.CARD.matcher(t).matches() ? centerCard(t.strip()) : text(t)));
        List<Chip> chips = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        String waits = null;
        Ask a = s.ask();
        if (a != null) {
            waits = a.typeName();
            List<Chip> offers = new ArrayList<>();
            if (a.type() == SlotType.CHOICE || a.type() == SlotType.MULTI_CHOICE) {
                for (AskOption o : a.options()) {
                    offers.add(chip(o.label()));
                    if (o.to() != null) {
                        links.add(link(LinkKind.ANSWER, o.label(), o.to()));
                    }
                }
                if (a.type() == SlotType.MULTI_CHOICE) {
                    offers.add(chip(a.done() != null ? a.done() : message("conversation.multi.done")));
                }
            } else if (a.type() == SlotType.YES_NO) {
                offers.add(chip(message("conversation.yes")));
                offers.add(chip(message("conversation.no")));
                addLink(links, LinkKind.ANSWER, message("conversation.yes"), a.yes());
                addLink(links, LinkKind.ANSWER, message("conversation.no"), a.no());
            }
            addLink(links, LinkKind.ANSWER, "outside", a.outside());
            if (a.buttons() && !offers.isEmpty() && offers.size() <= LineLimits.BUTTONS_ACTIONS) {
                sent.add(card(null, a.prompt(), offers));
            } else {
                sent.add(text(a.prompt()));
                chips.addAll(offers);
            }
        } else if (!s.choices().isEmpty()) {
            waits = "choices";
            for (Choice c : s.choices()) {
                chips.add(chip(c.label()));
                addLink(links, LinkKind.CHOICE, c.label(), c.to());
            }
        } else if (s.buttons() != null) {
            waits = "buttons";
            List<Chip> buttons = new ArrayList<>();
            for (Choice c : s.buttons().choices()) {
                buttons.add(chip(c.label()));
                addLink(links, LinkKind.CHOICE, c.label(), c.to());
            }
            sent.add(card(s.buttons().title(), s.buttons().text(), buttons));
        }
        for (NextCase n : s.next()) {
            addLink(links, LinkKind.NEXT, n.unconditional() ? "" : condition(n), n.to());
        }
        List<String> limits = new ArrayList<>();
        if (sent.size() > LineLimits.MESSAGES_PER_REQUEST) {
            limits.add(message("conversation.preview.too-many-messages", sent.size(), LineLimits.MESSAGES_PER_REQUEST));
        }
        if (chips.size() > LineLimits.QUICK_REPLY_ITEMS) {
            limits.add(message("conversation.preview.too-many-chips", chips.size(), LineLimits.QUICK_REPLY_ITEMS));
        }
        chips.stream().filter(Chip::tooLong).forEach(c -> limits.add(labelTooLong(c.label())));
        return new FlowPreview.State(s.id(), s.line(), List.copyOf(sent), List.copyOf(chips), waits, s.end(),
                s.handoff() != null, s.faq(), List.copyOf(links), List.copyOf(limits));
    }

    private static String condition(NextCase n) {
        List<String> parts = new ArrayList<>();
        n.when().forEach((slot, values) -> parts.add(slot + "=" + String.join("/", values)));
        if (n.ifMissing() != null) {
            parts.add(n.ifMissing() + "=?");
        }
        return String.join(" ", parts);
    }

    private Message text(String t) {
        String body = t == null ? "" : t;
        List<String> limits = new ArrayList<>();
        int length = length(body);
        if (length > LineLimits.TEXT_LENGTH) {
            limits.add(message("conversation.preview.text-too-long", length, LineLimits.TEXT_LENGTH));
        }
        return new Message(false, null, body, List.of(), limits);
    }

    /** {@code {center.card}}: the center's card as it will look (its values filled in when it is sent). */
    private Message centerCard(String placeholder) {
        String center = placeholder.substring(1, placeholder.indexOf('.'));
        String body = "{" + center + ".hospital}\n{" + center + ".address}\n{" + center + ".phone}\n{" + center + ".hours}";
        return new Message(true, "{" + center + ".name}", body, List.of(chip(message("conversation.card.call")),
                chip(message("conversation.card.map"))), List.of());
    }

    private Message card(String title, String body, List<Chip> buttons) {
        List<String> limits = new ArrayList<>();
        boolean titled = title != null && !title.isEmpty();
        if (titled && length(title) > LineLimits.BUTTONS_TITLE_LENGTH) {
            limits.add(message("conversation.preview.title-too-long", length(title), LineLimits.BUTTONS_TITLE_LENGTH));
        }
        int max = titled ? LineLimits.BUTTONS_TEXT_WITH_TITLE_LENGTH : LineLimits.BUTTONS_TEXT_LENGTH;
        if (body != null && length(body) > max) {
            limits.add(message("conversation.preview.card-text-too-long", length(body), max));
        }
        if (buttons.size() > LineLimits.BUTTONS_ACTIONS) {
            limits.add(message("conversation.preview.too-many-buttons", buttons.size(), LineLimits.BUTTONS_ACTIONS));
        }
        buttons.stream().filter(Chip::tooLong).forEach(c -> limits.add(labelTooLong(c.label())));
        return new Message(true, title, body == null ? "" : body, List.copyOf(buttons), limits);
    }

    private static Chip chip(String label) {
        String l = label == null ? "" : label;
        return new Chip(l, length(l) > LineLimits.ACTION_LABEL_LENGTH);
    }

    private String labelTooLong(String label) {
        return message("conversation.preview.label-too-long", label, length(label), LineLimits.ACTION_LABEL_LENGTH);
    }

    private static void addLink(List<Link> links, LinkKind kind, String label, Target to) {
        if (to != null) {
            links.add(link(kind, label, to));
        }
    }

    private static Link link(LinkKind kind, String label, Target to) {
        return new Link(kind, label == null ? "" : label, to.flow(), to.state());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
