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
                result.add(new FlowProblem(f.file(), 1, "", FlowMessages.text("duplicate-flow", f.id(), other)));
            }
        }
        return result;
    }

    private void run() {
        if (!flows.containsKey(mainFlow)) {
            problems.add(new FlowProblem(mainFlow + ".yaml", 0, "", FlowMessages.text("main-missing", mainFlow)));
        }
        for (Flow f : flows.values()) {
            collectSlots(f);
        }
        for (Flow f : flows.values()) {
            if (f.start() != null && !f.states().containsKey(f.start())) {
                add(f, 0, "", "start-unknown", f.start());
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
        String where = FlowMessages.state(s.id());
        for (String text : s.say()) {
            checkText(f, s.line(), where, text, "say");
        }
        s.set().values().forEach(v -> checkPlaceholders(f, s.line(), where, v));
        if (s.faq() != null) {
            checkPlaceholders(f, s.line(), where, s.faq());
        }
        checkChoices(f, s, where, s.choices(), LineLimits.QUICK_REPLY_ITEMS, "choices-quick");
        if (!s.choices().isEmpty() && s.say().isEmpty() && s.ask() == null && s.buttons() == null) {
            add(f, s.line(), where, "choices-need-say");
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
                        titled ? "buttons.text-titled" : "buttons.text");
                checkPlaceholders(f, b.line(), where, b.text());
            }
            if (!s.choices().isEmpty()) {
                add(f, b.line(), where, "choices-and-buttons");
            }
        }
        if (s.ask() != null) {
            checkAsk(f, s, where, s.ask());
        }
        if (s.handoff() != null) {
            if (s.say().isEmpty()) {
                add(f, s.line(), where, "handoff-needs-say");
            }
            for (String text : s.handoff().unavailable()) {
                checkText(f, s.handoff().line(), where, text, "handoff.unavailable");
            }
        }
        if (s.erase()) {
            if (s.say().isEmpty()) {
                add(f, s.line(), where, "erase-needs-say");
            }
            if (s.handoff() != null || s.waits()) {
                add(f, s.line(), where, "erase-alone");
            }
        }
        if (s.consent() && !s.waits()) {
            add(f, s.line(), where, "consent-needs-answer");
        }
        for (NextCase c : s.next()) {
            checkTarget(f, where, c.to());
        }
        if (!s.next().isEmpty() && !s.next().get(s.next().size() - 1).unconditional()) {
            add(f, s.line(), where, "next-last-if");
        }
        for (int i = 0; i < s.next().size() - 1; i++) {
            if (s.next().get(i).unconditional()) {
                add(f, s.next().get(i).line(), where, "next-unconditional-early");
            }
        }
        if (s.waits() && !s.next().isEmpty() && s.ask() == null) {
            add(f, s.line(), where, "next-unused");
        }
        if (s.ask() != null && (!s.choices().isEmpty() || s.buttons() != null)) {
            add(f, s.line(), where, "ask-and-choices");
        }
        if (s.end() && (s.waits() || !s.next().isEmpty())) {
            add(f, s.line(), where, "end-misused");
        }
        boolean leadsOn = s.end() || !s.next().isEmpty() || !s.choices().isEmpty() || s.buttons() != null
                || (s.ask() != null && askLeadsOn(s.ask()));
        if (!leadsOn) {
            add(f, s.line(), where, s.ask() != null ? "dead-end-answer" : "dead-end");
        }
        if (s.say().isEmpty() && s.ask() == null && s.buttons() == null && s.handoff() == null && s.faq() == null
                && (s.end() || s.next().isEmpty())) {
            add(f, s.line(), where, "says-nothing");
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
            add(f, a.line(), where, "prompt-missing");
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
                add(f, a.line(), where, "options-missing", a.type().key());
            }
            int max = a.buttons() ? LineLimits.BUTTONS_ACTIONS
                    : LineLimits.QUICK_REPLY_ITEMS - (a.type() == SlotType.MULTI_CHOICE ? 1 : 0);
            if (a.options().size() > max) {
                add(f, a.line(), where, a.buttons() ? "options-too-many-buttons" : a.type() == SlotType.MULTI_CHOICE
                        ? "options-too-many-multi" : "options-too-many", a.options().size(), max);
            }
            Set<String> labels = new HashSet<>();
            for (AskOption o : a.options()) {
                checkLabel(f, o.line(), where, o.label());
                if (!labels.add(TextNormalizer.key(o.label()))) {
                    add(f, o.line(), where, "option-twice", o.label());
                }
                if (o.to() != null) {
                    checkTarget(f, where, o.to());
                    if (a.type() == SlotType.MULTI_CHOICE) {
                        add(f, o.line(), where, "multi-option-to");
                    }
                }
            }
            if (a.type() == SlotType.MULTI_CHOICE && a.done() != null) {
                checkLabel(f, a.line(), where, a.done());
            }
        } else if (!a.options().isEmpty()) {
            add(f, a.line(), where, "options-misused");
        }
        if (a.buttons() && a.type() != SlotType.CHOICE && a.type() != SlotType.YES_NO) {
            add(f, a.line(), where, "ask-buttons-misused");
        }
        if (a.buttons() && a.prompt() != null) {
            checkLength(f, a.line(), where, a.prompt(), LineLimits.BUTTONS_TEXT_LENGTH,
                    "ask.prompt-buttons");
        }
        if (a.maxLength() != null && a.type() != SlotType.TEXT) {
            add(f, a.line(), where, "max-length-misused");
        }
        if (a.maxLength() != null && (a.maxLength() < 1 || a.maxLength() > LineLimits.TEXT_LENGTH)) {
            add(f, a.line(), where, "max-length-range", LineLimits.TEXT_LENGTH);
        }
        if ((a.yes() != null || a.no() != null) && a.type() != SlotType.YES_NO) {
            add(f, a.line(), where, "yes-no-misused");
        }
        if (a.outside() != null && a.type() != SlotType.MUNICIPALITY) {
            add(f, a.line(), where, "outside-misused");
        }
        for (Target t : java.util.Arrays.asList(a.yes(), a.no(), a.outside())) {
            if (t != null) {
                checkTarget(f, where, t);
            }
        }
    }

    private void checkChoices(Flow f, FlowState s, String where, List<Choice> choices, int max, String what) {
        if (choices.size() > max) {
            add(f, choices.get(0).line(), where, "too-many", FlowMessages.what(what), choices.size(), max);
        }
        Set<String> labels = new HashSet<>();
        for (Choice c : choices) {
            checkLabel(f, c.line(), where, c.label());
            if (!labels.add(TextNormalizer.key(c.label()))) {
                add(f, c.line(), where, "choice-twice", c.label());
            }
            if (c.to() != null) {
                checkTarget(f, where, c.to());
            }
            c.set().values().forEach(v -> checkPlaceholders(f, c.line(), where, v));
        }
    }

    private void checkLabel(Flow f, int line, String where, String label) {
        if (label == null || label.isBlank()) {
            add(f, line, where, "label-empty");
            return;
        }
        checkLength(f, line, where, label, LineLimits.ACTION_LABEL_LENGTH, FlowMessages.text("label", label));
        if (FlowVocabulary.PLACEHOLDER.matcher(label).find()) {
            add(f, line, where, "label-placeholder", label);
        }
    }

    private void checkText(Flow f, int line, String where, String text, String what) {
        if (text == null || text.isBlank()) {
            add(f, line, where, "text-empty", FlowMessages.what(what));
            return;
        }
        checkLength(f, line, where, text, LineLimits.TEXT_LENGTH, what);
        checkPlaceholders(f, line, where, text);
    }

    private void checkLength(Flow f, int line, String where, String text, int max, String what) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            add(f, line, where, "too-long", FlowMessages.what(what), length, max);
        }
    }

    private void checkPlaceholders(Flow f, int line, String where, String text) {
        if (text.contains(".card}") && !FlowVocabulary.CARD.matcher(text).matches()) {
            add(f, line, where, "card-alone", text.strip(), "{center.card}");
        }
        Matcher m = FlowVocabulary.PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!FlowVocabulary.BUILT_IN.contains(name) && !slots.contains(name)) {
                add(f, line, where, "placeholder-unknown", "{" + name + "}", "{center.phone}");
            }
        }
    }

    private void checkTarget(Flow f, String where, Target t) {
        Flow target = flows.get(t.flow());
        if (target == null) {
            add(f, t.line(), where, "target-no-flow", t.qualified(), t.flow());
        } else if (!target.states().containsKey(t.state())) {
            add(f, t.line(), where, "target-no-state", t.flow().equals(f.id()) ? t.state() : t.qualified(), t.flow());
        }
    }

    private void checkCommands() {
        Map<String, Command> byName = new HashMap<>();
        Map<String, Command> byWord = new HashMap<>();
        for (Flow f : flows.values()) {
            for (Command c : f.commands().values()) {
                String where = FlowMessages.command(c.name());
                Command other = byName.putIfAbsent(c.name(), c);
                if (other != null) {
                    add(f, c.line(), where, "command-twice", c.name(), other.flowId());
                }
                for (String word : c.match()) {
                    String key = TextNormalizer.key(word);
                    if (key.isEmpty()) {
                        add(f, c.line(), where, "match-empty");
                        continue;
                    }
                    Command prev = byWord.putIfAbsent(key, c);
                    if (prev != null && prev != c) {
                        add(f, c.line(), where, "match-taken", word, prev.name());
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
                    add(main, 0, FlowMessages.command(""), "command-missing", required);
                } else if (c.to() == null) {
                    add(flows.get(c.flowId()), c.line(), FlowMessages.command(required), "command-needs-to", required);
                }
            }
        }
    }

    /** A problem, worded from {@code messages/conversation} ({@code conversation.file.key}). */
    private void add(Flow f, int line, String where, String key, Object... args) {
        problems.add(new FlowProblem(f == null ? "?" : f.file(), line, where, FlowMessages.text(key, args)));
    }
}
