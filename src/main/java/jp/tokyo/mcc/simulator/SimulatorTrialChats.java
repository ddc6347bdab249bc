package jp.tokyo.mcc.simulator;

import jp.tokyo.mcc.line.TrialChats;
import org.springframework.stereotype.Component;

/**
 * How the simulator plugs into the line module: its families' chats ({@link SimulatedUsers}) are trial chats, and
 * what the bot sends them goes to {@link MessagingApiStandIn} on this server, with this process's
 * {@link SimulatorStandInKey}.
 */
@Component
class SimulatorTrialChats implements TrialChats {

    private final StandIn standIn;

    SimulatorTrialChats(SimulatorStandInKey key) {
        this.standIn = new StandIn(MessagingApiStandIn.PATH, SimulatorStandInKey.HEADER, key.value());
    }

    @Override
    public boolean isTrial(String chatId) {
        return SimulatedUsers.isSimulated(chatId);
    }

    @Override
    public StandIn standIn() {
        return standIn;
    }
}
