package jp.tokyo.mcc.conversation.internal.machine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import org.junit.jupiter.api.Test;

/**
 * What a Statemachine costs per family event (not run by the build; run with
 * {@code ./mvnw test -Dtest=FlowMachineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class FlowMachineBenchmark {

    static final int ROUNDS = 3000;

    @Test
    void measure() throws Exception {
        Flow intake = FlowParser.parse("intake.yaml", Files.readString(Path.of("flows/intake.yaml"))).flow();
        Flow handoff = FlowParser.parse("handoff.yaml", Files.readString(Path.of("flows/handoff.yaml"))).flow();
        FlowMachine machine = FlowMachine.compile(handoff);
        Map<String, Object> slots = Map.of("category", "保育園や学校のこと");
        for (int i = 0; i < ROUNDS; i++) { // warm up
            machine.fire("medical-care", FlowEvents.NEXT, slots);
            FlowMachine.compile(handoff).fire("medical-care", FlowEvents.NEXT, slots);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < ROUNDS / 10; i++) {
            FlowMachine.compile(intake);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < ROUNDS / 10; i++) {
            FlowMachine.compile(handoff).fire("medical-care", FlowEvents.NEXT, slots);
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            machine.fire("medical-care", FlowEvents.NEXT, slots);
        }
        long t3 = System.nanoTime();
        System.out.printf("compile a flow (builder -> factory), intake: %.3f ms%n", (t1 - t0) / 1e6 / (ROUNDS / 10));
        System.out.printf("event with a newly compiled flow (compile + build + reset + start + send + stop), handoff: "
                + "%.3f ms%n", (t2 - t1) / 1e6 / (ROUNDS / 10));
        System.out.printf("event with a pooled machine (reset + start + send + stop): %.3f ms%n", (t3 - t2) / 1e6 / ROUNDS);
        System.out.printf("machines built by the pooled path: %d%n", machine.machinesBuilt());
    }
}
