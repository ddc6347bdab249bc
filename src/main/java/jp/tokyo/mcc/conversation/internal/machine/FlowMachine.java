package jp.tokyo.mcc.conversation.internal.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.NextCase;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.configurers.ChoiceTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * One flow version compiled to a Spring Statemachine: the flow's states plus an exit state per target in another
 * flow, and a choice pseudo-state (with guards on the slots) per conditional {@code next}. The factory is built once
 * per version; machines are pooled and reset to a family's state for each event.
 *
 * <p>Measured with {@code FlowMachineBenchmark} on the shared 2-core build machine (load average about 11, so
 * noisy): compiling a flow version to a factory 0.16-0.23 ms (once per version); one event with a machine built for
 * it 0.27-0.59 ms; one event with a pooled machine (reset, start, send, stop) 0.21-0.38 ms.
 *
 * <p>A transition that no guard decides (every one but a conditional {@code next}) leads to the same place whatever
 * the family's slots: its outcome is asked of the machine once per flow version and remembered, so that most events
 * cost a map lookup (under the benchmark's mix the machine's reset, start, send and stop were a tenth of the real
 * engine's CPU). The conditional {@code next} is asked of the machine every time, with the family's slots.
 */
public final class FlowMachine {

    private static final String EXIT = "\u2192";
    private static final String CHOICE = "?";
    private static final int POOL_SIZE = 8;
    /** At most this many remembered outcomes (states x events of one flow version; state ids come from rows). */
    private static final int MAX_REMEMBERED = 4096;

    private final Flow flow;
    private final StateMachineFactory<String, String> factory;
    private final ConcurrentLinkedDeque<StateMachine<String, String>> pool = new ConcurrentLinkedDeque<>();
    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger asked = new AtomicInteger();
    /** States whose {@code next} goes through a choice pseudo-state with guards on the slots. */
    private final Set<String> guarded;
    /** {@code state + NUL + event} -> where an unguarded transition leads (empty: nowhere). */
    private final Map<String, Optional<String>> remembered = new ConcurrentHashMap<>();

    private FlowMachine(Flow flow, StateMachineFactory<String, String> factory) {
        this.flow = flow;
        this.factory = factory;
        Set<String> conditional = new java.util.HashSet<>();
        flow.states().values().stream().filter(FlowMachine::conditional).forEach(s -> conditional.add(s.id()));
        this.guarded = Set.copyOf(conditional);
    }

    /**
     * The same compiled flow with its texts in another language ({@code translated} has the same states, targets and
     * version as this one's flow; only what the family reads differs). Shares the compiled factory.
     */
    public FlowMachine translated(Flow translated) {
        return new FlowMachine(translated, factory);
    }

    /** Compiles a (validated) flow; throws {@link IllegalStateException} when Statemachine refuses it. */
    public static FlowMachine compile(Flow flow) {
        try {
            StateMachineBuilder.Builder<String, String> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false)
                    .machineId(flow.id() + "@" + flow.version());
            StateConfigurer<String, String> states = builder.configureStates().withStates()
                    .initial(flow.start());
            List<String> exits = new ArrayList<>();
            for (FlowState s : flow.states().values()) {
                states.state(s.id());
                for (Target t : targets(s)) {
                    String node = nodeOf(flow, t);
                    if (node.startsWith(EXIT) && !exits.contains(node)) {
                        exits.add(node);
                        states.state(node);
                    }
                }
                if (conditional(s)) {
                    states.choice(CHOICE + s.id());
                }
            }
            StateMachineTransitionConfigurer<String, String> transitions = builder.configureTransitions();
            for (FlowState s : flow.states().values()) {
                for (int i = 0; i < s.choices().size(); i++) {
                    external(transitions, s.id(), nodeOf(flow, s.choices().get(i).to()), FlowEvents.choice(i));
                }
                if (s.buttons() != null) {
                    List<Choice> buttons = s.buttons().choices();
                    for (int i = 0; i < buttons.size(); i++) {
                        external(transitions, s.id(), nodeOf(flow, buttons.get(i).to()), FlowEvents.choice(i));
                    }
                }
                Ask ask = s.ask();
                if (ask != null) {
                    for (int i = 0; i < ask.options().size(); i++) {
                        AskOption o = ask.options().get(i);
                        if (o.to() != null) {
                            external(transitions, s.id(), nodeOf(flow, o.to()), FlowEvents.option(i));
                        }
                    }
                    if (ask.yes() != null) {
                        external(transitions, s.id(), nodeOf(flow, ask.yes()), FlowEvents.YES);
                    }
                    if (ask.no() != null) {
                        external(transitions, s.id(), nodeOf(flow, ask.no()), FlowEvents.NO);
                    }
                }
                if (s.next().size() == 1) {
                    external(transitions, s.id(), nodeOf(flow, s.next().get(0).to()), FlowEvents.NEXT);
                } else if (conditional(s)) {
                    external(transitions, s.id(), CHOICE + s.id(), FlowEvents.NEXT);
                    ChoiceTransitionConfigurer<String, String> choice = transitions.withChoice().source(CHOICE + s.id());
                    List<NextCase> cases = s.next();
                    for (int i = 0; i < cases.size() - 1; i++) {
                        NextCase c = cases.get(i);
                        Guard<String, String> guard = context -> c.matches(slots(context.getExtendedState().getVariables()));
                        if (i == 0) {
                            choice.first(nodeOf(flow, c.to()), guard);
                        } else {
                            choice.then(nodeOf(flow, c.to()), guard);
                        }
                    }
                    choice.last(nodeOf(flow, cases.get(cases.size() - 1).to()));
                    choice.and();
                }
            }
            return new FlowMachine(flow, builder.createFactory());
        } catch (Exception e) {
            throw new IllegalStateException("flow " + flow.id() + " could not be compiled: " + e.getMessage(), e);
        }
    }

    private static boolean conditional(FlowState s) {
        return s.next().size() > 1;
    }

    private static List<Target> targets(FlowState s) {
        List<Target> targets = new ArrayList<>();
        s.choices().forEach(c -> targets.add(c.to()));
        if (s.buttons() != null) {
            s.buttons().choices().forEach(c -> targets.add(c.to()));
        }
        if (s.ask() != null) {
            s.ask().options().stream().map(AskOption::to).filter(java.util.Objects::nonNull).forEach(targets::add);
            if (s.ask().yes() != null) {
                targets.add(s.ask().yes());
            }
            if (s.ask().no() != null) {
                targets.add(s.ask().no());
            }
        }
        s.next().forEach(c -> targets.add(c.to()));
        return targets;
    }

    private static String nodeOf(Flow flow, Target t) {
        return t.flow().equals(flow.id()) ? t.state() : EXIT + t.qualified();
    }

    private static void external(StateMachineTransitionConfigurer<String, String> transitions, String source,
                                 String target, String event) throws Exception {
        transitions.withExternal().source(source).target(target).event(event).and();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> slots(Map<Object, Object> variables) {
        Map<String, Object> slots = new HashMap<>();
        variables.forEach((k, v) -> slots.put(String.valueOf(k), v));
        return slots;
    }

    public Flow flow() {
        return flow;
    }

    /**
     * Fires {@code event} in {@code state} with the family's slots. Returns where it leads as {@code flow:state}
     * (possibly in another flow), or empty when the state has no such transition.
     */
    public Optional<String> fire(String state, String event, Map<String, ?> slots) {
        if (FlowEvents.NEXT.equals(event) && guarded.contains(state)) {
            return fire(take(), state, event, slots);
        }
        String key = state + '\u0000' + event;
        Optional<String> known = remembered.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> target = fire(take(), state, event, slots);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(key, target);
        }
        return target;
    }

    private Optional<String> fire(StateMachine<String, String> machine, String state, String event,
                                  Map<String, ?> slots) {
        boolean healthy = false;
        asked.incrementAndGet();
        try {
            Map<Object, Object> variables = new HashMap<>(slots);
            DefaultStateMachineContext<String, String> context =
                    new DefaultStateMachineContext<>(state, null, null, new DefaultExtendedState(variables));
            machine.getStateMachineAccessor().doWithAllRegions(a -> a.resetStateMachineReactively(context).block());
            machine.startReactively().block();
            List<StateMachineEventResult<String, String>> results =
                    machine.sendEvent(Mono.just(MessageBuilder.withPayload(event).build())).collectList().block();
            boolean accepted = results != null && results.stream()
                    .anyMatch(r -> r.getResultType() == StateMachineEventResult.ResultType.ACCEPTED);
            String now = machine.getState() == null ? null : machine.getState().getId();
            machine.stopReactively().block();
            healthy = !machine.hasStateMachineError();
            if (!accepted || now == null) {
                return Optional.empty();
            }
            return Optional.of(now.startsWith(EXIT) ? now.substring(EXIT.length()) : flow.id() + ":" + now);
        } finally {
            if (healthy && pool.size() < POOL_SIZE) {
                pool.offerFirst(machine);
            }
        }
    }

    private StateMachine<String, String> take() {
        StateMachine<String, String> machine = pool.pollFirst();
        if (machine != null) {
            return machine;
        }
        built.incrementAndGet();
        return factory.getStateMachine();
    }

    /** Events the state machine itself was asked (unguarded transitions are asked once). */
    public int machineEvents() {
        return asked.get();
    }

    /** Machines built so far (pooled machines are reused). */
    public int machinesBuilt() {
        return built.get();
    }
}
