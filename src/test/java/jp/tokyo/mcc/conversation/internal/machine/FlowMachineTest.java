package jp.tokyo.mcc.conversation.internal.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import org.junit.jupiter.api.Test;

class FlowMachineTest {

    static final String FLOW = """
            id: demo
            start: menu
            states:
              menu:
                say: どうしますか？
                choices:
                  - { label: 学校, to: school }
                  - { label: 相談, to: other:start }
              school:
                ask: { slot: grade, type: text, prompt: 学年は？ }
                next:
                  - { if: { kind: [小学校, 中学校] }, to: done }
                  - { if-missing: grade, to: school }
                  - { to: menu }
              done:
                say: おわり
                end: true
            """;

    static Flow flow() {
        FlowParser.Result r = FlowParser.parse("demo.yaml", FLOW);
        assertThat(r.problems()).isEmpty();
        return r.flow();
    }

    @Test
    void choicesLeadToTheirTargetsAlsoInOtherFlows() {
        FlowMachine m = FlowMachine.compile(flow());
        assertThat(m.fire("menu", FlowEvents.choice(0), Map.of())).contains("demo:school");
        assertThat(m.fire("menu", FlowEvents.choice(1), Map.of())).contains("other:start");
        assertThat(m.fire("menu", FlowEvents.choice(7), Map.of())).isEmpty();
        assertThat(m.fire("done", FlowEvents.NEXT, Map.of())).isEmpty();
    }

    @Test
    void conditionalNextUsesTheSlotsInOrder() {
        FlowMachine m = FlowMachine.compile(flow());
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "中学校", "grade", "2"))).contains("demo:done");
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "保育園"))).contains("demo:school");
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "保育園", "grade", "年中"))).contains("demo:menu");
    }

    @Test
    void pooledMachinesAreReusedAcrossFamilies() {
        FlowMachine m = FlowMachine.compile(flow());
        for (int i = 0; i < 50; i++) {
            assertThat(m.fire(i % 2 == 0 ? "menu" : "school", i % 2 == 0 ? FlowEvents.choice(0) : FlowEvents.NEXT,
                    Map.of("kind", "小学校"))).contains(i % 2 == 0 ? "demo:school" : "demo:done");
        }
        assertThat(m.machinesBuilt()).isEqualTo(1);
    }

    @Test
    void anUnguardedTransitionIsAskedOnceAndAGuardedOneEveryTime() {
        FlowMachine m = FlowMachine.compile(flow());
        for (int i = 0; i < 5; i++) {
            assertThat(m.fire("menu", FlowEvents.choice(0), Map.of("kind", "保育園"))).contains("demo:school");
            assertThat(m.fire("menu", FlowEvents.choice(7), Map.of())).isEmpty();
        }
        assertThat(m.machineEvents()).isEqualTo(2);
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "中学校", "grade", "2"))).contains("demo:done");
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "保育園"))).contains("demo:school");
        assertThat(m.fire("school", FlowEvents.NEXT, Map.of("kind", "保育園", "grade", "年中"))).contains("demo:menu");
        assertThat(m.machineEvents()).isEqualTo(5);
    }
}
