package jp.tokyo.mcc.conversation.internal.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import jp.tokyo.mcc.conversation.FlowProblem;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.line.LineLimits;

/**
 * The rules a set of flows must follow before it goes live: every target exists, every state can be reached and
 * leads on, nothing loops without waiting for the family, texts are present, slot types and placeholders are known,
 * commands are unique, and nothing breaks LINE's limits ({@link LineLimits}).
 */
public final class FlowValidator {

    private final Map<String, Flow> flows;
    private final String mainFlow;
    private final List<FlowProblem> problems = new ArrayList<>();
    private final Set<String> slots = new HashSet<>();

    private FlowValidator(Collection<Flow> flows, String mainFlow) {
        this.flows = new LinkedHashMap<>();
        for (Flow f : flows) {
            this.flows.putIfAbsent(f.id(), f);
        }
        this.mainFlow = mainFlow;
    }

    /** Checks a whole set of flows (ids must be unique: see {@link #duplicateIds}). */
    public static List<FlowProblem> validate(Collection<Flow> flows, String mainFlow) {
        FlowValidator v = new FlowValidator(flows, mainFlow);
        v.run();
        return List.copyOf(v.problems);
    }

    /** Problems for flows that share an id with an earlier file. */
    public static List<FlowProblem> duplicateIds(Collection<Flow> flows) {
        Map<String, String> seen = new HashMap<>();
        List<FlowProblem> result = new ArrayList<>();
        for (Flow f : flows) {
            String other = seen.putIfAbsent(f.id(), f.file());
            if (other != null) {
                result.add(new FlowProblem(f.file(), 1, "", "duplicate flow id \"" + f.id() + "\": " + other
                        + " already uses it"));
            }
        }
        return result;
    }

    private void run() {
        if (!flows.containsKey(mainFlow)) {
            problems.add(new FlowProblem(mainFlow + ".yaml", 0, "", "the main flow \"" + mainFlow + "\" is missing"));
        }
        for (Flow f : flows.values()) {
            collectSlots(f);
        }
        for (Flow f : flows.values()) {
            if (f.start() != null && !f.states().containsKey(f.start())) {
                add(f, 0, "", "start \"" + f.start() + "\" is not a state of this flow");
            }
            for (FlowState s : f.states().values()) {
                checkState(f, s);
            }
        }
        checkCommands();
        new FlowGraphCheck(flows, mainFlow, problems).run();
    }

    private void collectSlots(Flow f) {
        slots.add(FlowVocabulary.CENTER);
        for (FlowState s : f.states().values()) {
            if (s.ask() != null && s.ask().slot() != null) {
                slots.add(s.ask().slot());
            }
            slots.addAll(s.set().keySet());
            s.choices().forEach(c -> slots.addAll(c.set().keySet()));
            if (s.buttons() != null) {
                s.buttons().choices().forEach(c -> slots.addAll(c.set().keySet()));
            }
        }
    }

    private void checkState(Flow f, FlowState s) {
        String where = "state " + s.id();
        for (String text : s.say()) {
            checkText(f, s.line(), where, text, "say");
        }
        s.set().values().forEach(v -> checkPlaceholders(f, s.line(), where, v));
        if (s.faq() != null) {
            checkPlaceholders(f, s.line(), where, s.faq());
        }
        checkChoices(f, s, where, s.choices(), LineLimits.QUICK_REPLY_ITEMS, "choices (quick replies)");
        if (!s.choices().isEmpty() && s.say().isEmpty() && s.ask() == null && s.buttons() == null) {
            add(f, s.line(), where, "choices need a text to show them with: add say");
        }
        if (s.buttons() != null) {
            ButtonsBlock b = s.buttons();
            checkChoices(f, s, where, b.choices(), LineLimits.BUTTONS_ACTIONS, "buttons");
            boolean titled = b.title() != null && !b.title().isEmpty();
            if (titled) {
                checkLength(f, b.line(), where, b.title(), LineLimits.BUTTONS_TITLE_LENGTH, "buttons.title");
            }
            if (b.text() != null) {
                checkLength(f, b.line(), where, b.text(),
                        titled ? LineLimits.BUTTONS_TEXT_WITH_TITLE_LENGTH : LineLimits.BUTTONS_TEXT_LENGTH,
                        "buttons.text" + (titled ? " (with a title)" : ""));
                checkPlaceholders(f, b.line(), where, b.text());
            }
            if (!s.choices().isEmpty()) {
                add(f, b.line(), where, "use either choices or buttons in one state, not both");
            }
        }
        if (s.ask() != null) {
            checkAsk(f, s, where, s.ask());
        }
        if (s.handoff() != null) {
            if (s.say().isEmpty()) {
                add(f, s.line(), where, "handoff needs say: what to tell the family once it was sent (e.g. {inquiry.number})");
            }
            for (String text : s.handoff().unavailable()) {
                checkText(f, s.handoff().line(), where, text, "handoff.unavailable");
            }
        }
        for (NextCase c : s.next()) {
            checkTarget(f, where, c.to());
        }
        if (!s.next().isEmpty() && !s.next().get(s.next().size() - 1).unconditional()) {
            add(f, s.line(), where, "the last case of next must have no if (where to go otherwise)");
        }
        for (int i = 0; i < s.next().size() - 1; i++) {
            if (s.next().get(i).unconditional()) {
                add(f, s.next().get(i).line(), where, "a next case without if must come last (the cases after it are never used)");
            }
        }
        if (s.waits() && !s.next().isEmpty() && s.ask() == null) {
            add(f, s.line(), where, "next is not used in a state with choices or buttons (each choice has its own to)");
        }
        if (s.ask() != null && (!s.choices().isEmpty() || s.buttons() != null)) {
            add(f, s.line(), where, "a state with ask cannot also have choices or buttons");
        }
        if (s.end() && (s.waits() || !s.next().isEmpty())) {
            add(f, s.line(), where, "end: true is only for states that do not ask, offer choices or go on");
        }
        boolean leadsOn = s.end() || !s.next().isEmpty() || !s.choices().isEmpty() || s.buttons() != null
                || (s.ask() != null && askLeadsOn(s.ask()));
        if (!leadsOn) {
            add(f, s.line(), where, s.ask() != null
                    ? "dead end: nothing leads on after the answer (add next, or to on every option / yes and no)"
                    : "dead end: nothing leads on from here (add next, choices, or end: true if the "
                    + "conversation may rest here)");
        }
        if (s.say().isEmpty() && s.ask() == null && s.buttons() == null && s.handoff() == null && s.faq() == null
                && (s.end() || s.next().isEmpty())) {
            add(f, s.line(), where, "missing text: this state says nothing");
        }
    }

    private boolean askLeadsOn(Ask a) {
        if (a.type() == null) {
            return true; // reported as unknown type
        }
        return switch (a.type()) {
            case CHOICE -> a.options().stream().allMatch(o -> o.to() != null);
            case YES_NO -> a.yes() != null && a.no() != null;
            default -> false;
        };
    }

    private void checkAsk(Flow f, FlowState s, String where, Ask a) {
        if (a.prompt() == null || a.prompt().isBlank()) {
            add(f, a.line(), where, "missing text: ask.prompt (the question)");
        } else {
            checkText(f, a.line(), where, a.prompt(), "ask.prompt");
        }
        if (a.retry() != null) {
            checkText(f, a.line(), where, a.retry(), "ask.retry");
        }
        if (a.type() == null) {
            return;
        }
        if (a.type().hasOptions()) {
            if (a.options().isEmpty()) {
                add(f, a.line(), where, a.type().key() + " needs options");
            }
            int max = a.buttons() ? LineLimits.BUTTONS_ACTIONS
                    : LineLimits.QUICK_REPLY_ITEMS - (a.type() == SlotType.MULTI_CHOICE ? 1 : 0);
            if (a.options().size() > max) {
                add(f, a.line(), where, "too many options: " + a.options().size() + " (LINE shows at most " + max
                        + (a.buttons() ? " buttons" : a.type() == SlotType.MULTI_CHOICE
                        ? " besides the done choice" : " quick replies") + ")");
            }
            Set<String> labels = new HashSet<>();
            for (AskOption o : a.options()) {
                checkLabel(f, o.line(), where, o.label());
                if (!labels.add(TextNormalizer.key(o.label()))) {
                    add(f, o.line(), where, "option \"" + o.label() + "\" appears twice");
                }
                if (o.to() != null) {
                    checkTarget(f, where, o.to());
                    if (a.type() == SlotType.MULTI_CHOICE) {
                        add(f, o.line(), where, "options of multi-choice cannot have to (use next)");
                    }
                }
            }
            if (a.type() == SlotType.MULTI_CHOICE && a.done() != null) {
                checkLabel(f, a.line(), where, a.done());
            }
        } else if (!a.options().isEmpty()) {
            add(f, a.line(), where, "options are only for choice and multi-choice");
        }
        if (a.buttons() && a.type() != SlotType.CHOICE && a.type() != SlotType.YES_NO) {
            add(f, a.line(), where, "buttons: true is only for choice and yes-no");
        }
        if (a.buttons() && a.prompt() != null) {
            checkLength(f, a.line(), where, a.prompt(), LineLimits.BUTTONS_TEXT_LENGTH,
                    "ask.prompt (shown with buttons)");
        }
        if (a.maxLength() != null && a.type() != SlotType.TEXT) {
            add(f, a.line(), where, "max-length is only for text");
        }
        if (a.maxLength() != null && (a.maxLength() < 1 || a.maxLength() > LineLimits.TEXT_LENGTH)) {
            add(f, a.line(), where, "max-length must be 1-" + LineLimits.TEXT_LENGTH);
        }
        if ((a.yes() != null || a.no() != null) && a.type() != SlotType.YES_NO) {
            add(f, a.line(), where, "yes and no are only for yes-no");
        }
        if (a.outside() != null && a.type() != SlotType.MUNICIPALITY) {
            add(f, a.line(), where, "outside is only for municipality");
        }
        for (Target t : java.util.Arrays.asList(a.yes(), a.no(), a.outside())) {
            if (t != null) {
                checkTarget(f, where, t);
            }
        }
    }

    private void checkChoices(Flow f, FlowState s, String where, List<Choice> choices, int max, String what) {
        if (choices.size() > max) {
            add(f, choices.get(0).line(), where, "too many " + what + ": " + choices.size() + " (LINE allows " + max + ")");
        }
        Set<String> labels = new HashSet<>();
        for (Choice c : choices) {
            checkLabel(f, c.line(), where, c.label());
            if (!labels.add(TextNormalizer.key(c.label()))) {
                add(f, c.line(), where, "choice \"" + c.label() + "\" appears twice");
            }
            if (c.to() != null) {
                checkTarget(f, where, c.to());
            }
            c.set().values().forEach(v -> checkPlaceholders(f, c.line(), where, v));
        }
    }

    private void checkLabel(Flow f, int line, String where, String label) {
        if (label == null || label.isBlank()) {
            add(f, line, where, "missing text: an empty label");
            return;
        }
        checkLength(f, line, where, label, LineLimits.ACTION_LABEL_LENGTH, "label \"" + label + "\"");
        if (FlowVocabulary.PLACEHOLDER.matcher(label).find()) {
            add(f, line, where, "label \"" + label + "\" cannot use placeholders");
        }
    }

    private void checkText(Flow f, int line, String where, String text, String what) {
        if (text == null || text.isBlank()) {
            add(f, line, where, "missing text: " + what + " has an empty text");
            return;
        }
        checkLength(f, line, where, text, LineLimits.TEXT_LENGTH, what);
        checkPlaceholders(f, line, where, text);
    }

    private void checkLength(Flow f, int line, String where, String text, int max, String what) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            add(f, line, where, what + " is " + length + " characters (LINE allows " + max + ")");
        }
    }

    private void checkPlaceholders(Flow f, int line, String where, String text) {
        Matcher m = FlowVocabulary.PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!FlowVocabulary.BUILT_IN.contains(name) && !slots.contains(name)) {
                add(f, line, where, "unknown placeholder {" + name + "} (not a slot any flow asks or sets, "
                        + "nor a built-in such as {center.phone})");
            }
        }
    }

    private void checkTarget(Flow f, String where, Target t) {
        Flow target = flows.get(t.flow());
        if (target == null) {
            add(f, t.line(), where, "unknown target \"" + t.qualified() + "\": there is no flow \"" + t.flow() + "\"");
        } else if (!target.states().containsKey(t.state())) {
            add(f, t.line(), where, "unknown target \"" + (t.flow().equals(f.id()) ? t.state() : t.qualified())
                    + "\": no such state in flow " + t.flow());
        }
    }

    private void checkCommands() {
        Map<String, Command> byName = new HashMap<>();
        Map<String, Command> byWord = new HashMap<>();
        for (Flow f : flows.values()) {
            for (Command c : f.commands().values()) {
                String where = "commands." + c.name();
                Command other = byName.putIfAbsent(c.name(), c);
                if (other != null) {
                    add(f, c.line(), where, "duplicate command \"" + c.name() + "\" (also in flow " + other.flowId() + ")");
                }
                for (String word : c.match()) {
                    String key = TextNormalizer.key(word);
                    if (key.isEmpty()) {
                        add(f, c.line(), where, "missing text: an empty match word");
                        continue;
                    }
                    Command prev = byWord.putIfAbsent(key, c);
                    if (prev != null && prev != c) {
                        add(f, c.line(), where, "\"" + word + "\" already starts command " + prev.name());
                    }
                }
                checkLabel(f, c.line(), where, c.chipLabel());
                if (c.to() != null) {
                    checkTarget(f, where, c.to());
                }
                for (String text : c.say()) {
                    checkText(f, c.line(), where, text, "say");
                }
            }
        }
        Flow main = flows.get(mainFlow);
        if (main != null) {
            for (String required : FlowVocabulary.REQUIRED_COMMANDS) {
                Command c = byName.get(required);
                if (c == null) {
                    add(main, 0, "commands", "command \"" + required + "\" is missing (the bot offers it as a choice)");
                } else if (c.to() == null) {
                    add(flows.get(c.flowId()), c.line(), "commands." + required, "command \"" + required + "\" needs to");
                }
            }
        }
    }

    private void add(Flow f, int line, String where, String message) {
        problems.add(new FlowProblem(f == null ? "?" : f.file(), line, where, message));
    }
}
