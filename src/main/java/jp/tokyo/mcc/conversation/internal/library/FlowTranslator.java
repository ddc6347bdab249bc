package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.ButtonsBlock;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.HandoffBlock;
import jp.tokyo.mcc.shared.Language;

/**
 * Lays a translation file ({@code languages/<language>/<flow>.yaml}, read by {@link TranslationFile}) over a flow: the
 * same states, targets, slots and version, with the texts the family reads in the other language. What the file does
 * not give stays Japanese and is a {@link TranslationGap}. Values stored in slots (an option's value, {@code set})
 * stay Japanese: they are what counsellors read. A command keeps its Japanese words and gains the translated ones.
 */
final class FlowTranslator {

    /** The translated flow, its gaps, and the Japanese texts it still says (to count when they are said). */
    record Result(Flow flow, List<TranslationGap> gaps, Set<String> untranslated) {
    }

    private final Language language;
    private final Flow flow;
    private final TranslationFile file;
    private final List<TranslationGap> gaps = new ArrayList<>();
    private final Set<String> untranslated = new LinkedHashSet<>();

    private FlowTranslator(Language language, Flow flow, TranslationFile file) {
        this.language = language;
        this.flow = flow;
        this.file = file == null ? TranslationFile.EMPTY : file;
    }

    /** The flow in {@code language} ({@code file}: its translation file, null when there is none). */
    static Result translate(Flow flow, Language language, TranslationFile file) {
        return new FlowTranslator(language, flow, file).run();
    }

    private Result run() {
        Map<String, FlowState> states = new LinkedHashMap<>();
        flow.states().values().forEach(s -> states.put(s.id(), state(s)));
        Map<String, Command> commands = new LinkedHashMap<>();
        flow.commands().values().forEach(c -> commands.put(c.name(), command(c)));
        Flow translated = new Flow(flow.id(), flow.title(), flow.start(), states, commands, flow.file(), flow.source(),
                flow.version());
        return new Result(translated, List.copyOf(gaps), Set.copyOf(untranslated));
    }

    private FlowState state(FlowState s) {
        TranslationFile.Part t = file.state(s.id());
        String where = s.id();
        List<String> say = texts(s.say(), t.texts("say"), where, s.line());
        Ask ask = s.ask() == null ? null : ask(s.ask(), t, where);
        List<Choice> choices = choices(s.choices(), t.labels("choices"), where, s.line());
        ButtonsBlock buttons = null;
        if (s.buttons() != null) {
            ButtonsBlock b = s.buttons();
            TranslationFile.Part bt = t.part("buttons");
            buttons = new ButtonsBlock(text(b.title(), bt.text("title"), where, b.line()),
                    text(b.text(), bt.text("text"), where, b.line()),
                    choices(b.choices(), bt.labels("choices"), where, b.line()), b.line());
        }
        HandoffBlock handoff = s.handoff() == null ? null : new HandoffBlock(
                texts(s.handoff().unavailable(), t.texts("unavailable"), where, s.line()), s.handoff().line());
        return new FlowState(s.id(), say, s.set(), s.clear(), ask, choices, buttons, s.faq(), handoff, s.next(),
                s.end(), s.consent(), s.erase(), s.line());
    }

    private Ask ask(Ask a, TranslationFile.Part t, String where) {
        List<AskOption> options = new ArrayList<>();
        Map<String, String> labels = t.labels("options");
        for (AskOption o : a.options()) {
            String label = labels.get(o.label());
            if (label == null) {
                gap(where + " / " + o.label(), o.line(), o.label());
                label = o.label();
            }
            options.add(new AskOption(label, o.value(), o.to(), o.line()));
        }
        return new Ask(a.slot(), a.type(), a.typeName(), text(a.prompt(), t.text("prompt"), where, a.line()),
                a.retry() == null ? null : text(a.retry(), t.text("retry"), where, a.line()),
                // the label in the family's summary (optional: the counsellors' summary keeps the Japanese one)
                a.label() != null && t.text("label") != null ? t.text("label") : a.label(), options,
                a.maxLength(), a.done() == null ? null : text(a.done(), t.text("done"), where, a.line()), a.yes(),
                a.no(), a.outside(), a.skipIfAnswered(), a.maxRetries(), a.buttons(), a.line());
    }

    private Command command(Command c) {
        TranslationFile.Part t = file.command(c.name());
        String where = "commands / " + c.name();
        List<String> match = new ArrayList<>(t.texts("match") == null ? List.of() : t.texts("match"));
        if (match.isEmpty() && language == Language.EN) {
            gap(where + " / match", c.line(), null);
        }
        match.addAll(c.match());
        String label = c.label() == null && t.text("label") == null ? null
                : text(c.label() == null ? c.chipLabel() : c.label(), t.text("label"), where, c.line());
        List<String> say = texts(c.say(), t.texts("say"), where, c.line());
        return new Command(c.name(), match, label, c.to(), say, c.clear(), c.flowId(), c.line());
    }

    private List<Choice> choices(List<Choice> choices, Map<String, String> labels, String where, int line) {
        List<Choice> result = new ArrayList<>();
        for (Choice c : choices) {
            String label = labels.get(c.label());
            if (label == null) {
                gap(where + " / " + c.label(), c.line() > 0 ? c.line() : line, c.label());
                label = c.label();
            }
            result.add(new Choice(label, c.to(), c.set(), c.clear(), c.line()));
        }
        return result;
    }

    private List<String> texts(List<String> japanese, List<String> translated, String where, int line) {
        if (japanese.isEmpty()) {
            return japanese;
        }
        if (translated != null && !translated.isEmpty()) {
            return translated;
        }
        if (japanese.stream().allMatch(FlowTranslator::placeholderOnly)) {
            return japanese;
        }
        gap(where, line, null);
        japanese.stream().filter(t -> !placeholderOnly(t)).forEach(untranslated::add);
        return japanese;
    }

    private String text(String japanese, String translated, String where, int line) {
        if (japanese == null) {
            return null;
        }
        if (translated != null && !translated.isBlank()) {
            return translated;
        }
        if (placeholderOnly(japanese)) {
            return japanese;
        }
        gap(where, line, japanese);
        return japanese;
    }

    private void gap(String where, int line, String japanese) {
        if (gaps.stream().noneMatch(g -> g.where().equals(where))) {
            gaps.add(new TranslationGap(language, flow.file(), Math.max(1, line), flow.id(), where));
        }
        if (japanese != null) {
            untranslated.add(japanese);
        }
    }

    /** A text that is only a placeholder ({@code {center.card}}): the same in every language. */
    static boolean placeholderOnly(String text) {
        return text != null && FlowVocabulary.PLACEHOLDER.matcher(text.strip()).replaceAll("").isBlank();
    }
}
